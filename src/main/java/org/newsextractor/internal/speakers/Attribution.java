package org.newsextractor.internal.speakers;

import java.util.Optional;
import org.newsextractor.Speaker;

/**
 * Who said a passage and with which verb.
 *
 * @param speaker the speaker, if one was found
 * @param cue     the attributing verb as written
 */
public record Attribution(Optional<Speaker> speaker, Optional<String> cue) {
    static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty());
}
