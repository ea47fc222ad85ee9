package org.newsextractor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement the article attributes to a source in reported speech: "Ukraine says 94,000 Russian troops have
 * been assembled".
 *
 * @param source  who makes the claim
 * @param cue     the lemma of the attributing verb or phrase ("say", "deny", "according to")
 * @param content the reported clause as written
 * @param begin   offset of the content's first character in the caller's original text
 * @param end     offset one past the content's last character
 * @param entities    ids of the people, places and organizations named inside the content
 * @param numbers     the numbers stated inside the content
 * @param embedsQuote whether the content holds a quoted fragment ("are “red lines” that ...")
 * @param cueText     the attributing word as written ("said", "According"), when known
 */
public record Claim(Speaker source, String cue, String content, int begin, int end, List<String> entities,
                    List<Quantity> numbers, boolean embedsQuote, Optional<String> cueText) {
    /**
     * Checks the fields; null lists become empty.
     *
     * @param source      who makes the claim
     * @param cue         the lemma of the attributing verb or phrase ("say", "deny", "according to")
     * @param content     the reported clause as written
     * @param begin       offset of the content's first character in the caller's original text
     * @param end         offset one past the content's last character
     * @param entities    ids of the people, places and organizations named inside the content
     * @param numbers     the numbers stated inside the content
     * @param embedsQuote whether the content holds a quoted fragment ("are “red lines” that ...")
     * @param cueText     the attributing word as written ("said", "According"), when known
     */
    public Claim {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        entities = entities == null ? List.of() : List.copyOf(entities);
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        cueText = cueText == null ? Optional.empty() : cueText;
    }

    /**
     * A claim whose cue is known only as a lemma.
     *
     * @param source      who makes the claim
     * @param cue         the lemma of the attributing verb or phrase ("say", "deny", "according to")
     * @param content     the reported clause as written
     * @param begin       offset of the content's first character in the caller's original text
     * @param end         offset one past the content's last character
     * @param entities    ids of the people, places and organizations named inside the content
     * @param numbers     the numbers stated inside the content
     * @param embedsQuote whether the content holds a quoted fragment
     */
    public Claim(Speaker source, String cue, String content, int begin, int end, List<String> entities,
                 List<Quantity> numbers, boolean embedsQuote) {
        this(source, cue, content, begin, end, entities, numbers, embedsQuote, Optional.empty());
    }

    /**
     * A claim with nothing known about what its content names.
     *
     * @param source  who makes it
     * @param cue     the attributing verb's lemma
     * @param content the reported clause
     * @param begin   offset of the content
     * @param end     offset one past the content
     */
    public Claim(Speaker source, String cue, String content, int begin, int end) {
        this(source, cue, content, begin, end, List.of(), List.of(), false);
    }

    /**
     * A claim for tests and fixtures built by hand.
     *
     * @param source  who makes it
     * @param cue     the attributing verb's lemma
     * @param content the reported clause
     * @return the claim at offset 0, with no entities or numbers inside
     */
    public static Claim of(Speaker source, String cue, String content) {
        return new Claim(source, cue, content, 0, content.length(), List.of(), List.of(), false);
    }

    @Override
    public String toString() {
        return source.name() + " " + cue + ": " + content;
    }
}
