/**
 * Entity linking: a memory-mapped table from names to English Wikipedia pages ({@link
 * org.newsextractor.internal.linking.LinkIndex}, written by {@link
 * org.newsextractor.internal.linking.LinkIndexWriter}), the policy that picks an entity's page from its names
 * ({@link org.newsextractor.internal.linking.EntityLinker}), and where the index is found ({@link
 * org.newsextractor.internal.linking.LinkIndexes}).
 */
package org.newsextractor.internal.linking;
