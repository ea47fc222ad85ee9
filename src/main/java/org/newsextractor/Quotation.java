package org.newsextractor;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A passage in quotation marks that gives someone's words.
 *
 * @param text    the words between the marks, as written (without the marks)
 * @param begin   offset of the first quoted character in the caller's original text
 * @param end     offset one past the last quoted character
 * @param speaker who said it, when the text says
 * @param cue     the lemma of the word that attributes it ("say", "add", "according to"), as a claim's cue
 * @param cueText that word as written ("said", "added", "According")
 */
public record Quotation(String text, int begin, int end, Optional<Speaker> speaker, Optional<String> cue,
                        Optional<String> cueText) {
    /**
     * Checks the span; null optionals become empty.
     *
     * @param text    the words between the marks, as written (without the marks)
     * @param begin   offset of the first quoted character in the caller's original text
     * @param end     offset one past the last quoted character
     * @param speaker who said it, when the text says
     * @param cue     the lemma of the word that attributes it ("say", "add", "according to")
     * @param cueText that word as written ("said", "added", "According")
     */
    public Quotation {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        speaker = speaker == null ? Optional.empty() : speaker;
        cue = cue == null ? Optional.empty() : cue;
        cueText = cueText == null ? Optional.empty() : cueText;
    }

    /**
     * A quotation whose cue is known only as a lemma.
     *
     * @param text    the words between the marks, as written (without the marks)
     * @param begin   offset of the first quoted character in the caller's original text
     * @param end     offset one past the last quoted character
     * @param speaker who said it, when the text says
     * @param cue     the lemma of the word that attributes it ("say")
     */
    public Quotation(String text, int begin, int end, Optional<Speaker> speaker, Optional<String> cue) {
        this(text, begin, end, speaker, cue, Optional.empty());
    }

    /**
     * A quotation for tests and fixtures built by hand.
     *
     * @param text    the quoted words
     * @param speaker who said them, or null
     * @return the quotation at offset 0 with no cue
     */
    public static Quotation of(String text, @Nullable Speaker speaker) {
        return new Quotation(text, 0, text.length(), Optional.ofNullable(speaker), Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        String shortText = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shortText + "\" -- " + speaker.map(Speaker::toString).orElse("?")
                + cue.map(c -> " [" + c + "]").orElse("");
    }
}
