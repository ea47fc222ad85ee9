/**
 * The command line's {@code link-index}: builds the entity link index from CoreNLP's WikiDict. The library only
 * reads the index ({@code org.newsextractor.internal.linking}).
 */
package org.newsextractor.linkindex;
