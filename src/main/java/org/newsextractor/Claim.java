package org.newsextractor;

import java.util.Objects;

/**
 * A statement the article attributes to a source in reported speech: "Ukraine says 94,000 Russian troops have
 * been assembled".
 *
 * @param source  who makes the claim
 * @param cue     the lemma of the attributing verb or phrase ("say", "deny", "according to")
 * @param content the reported clause as written
 * @param begin   offset of the content's first character in the caller's original text
 * @param end     offset one past the content's last character
 */
public record Claim(Speaker source, String cue, String content, int begin, int end) {
    /** Checks the fields. */
    public Claim {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    @Override
    public String toString() {
        return source.name() + " " + cue + ": " + content;
    }
}
