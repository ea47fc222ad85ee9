package org.newsextractor.internal.speakers;

import org.newsextractor.Speaker;

/**
 * Who a speech verb attributes words to, and where the phrase naming them stands.
 *
 * @param speaker the speaker the phrase resolves to
 * @param from    index of the phrase's first token in its sentence
 * @param to      one past the index of its last token
 */
public record Source(Speaker speaker, int from, int to) {
}
