package org.newsextractor.internal.guard;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The bounds one extractor works within, as set on {@code NewsExtractor.builder()}.
 *
 * @param maxInputChars    longer texts are refused with an IllegalArgumentException
 * @param maxSentenceChars a run of text with no sentence end longer than this is cut before annotation
 * @param timeBudget       how long one article may take, or empty for no limit
 */
public record Limits(int maxInputChars, int maxSentenceChars, Optional<Duration> timeBudget) {
    /** One million characters: about 150 long news articles. */
    public static final int DEFAULT_MAX_INPUT_CHARS = 1_000_000;
    /**
     * 1,000 characters: longer than any real news sentence, and about CoreNLP's 200-token limit for tagging,
     * so a cut piece is still tagged instead of being skipped by the tagger.
     */
    public static final int DEFAULT_MAX_SENTENCE_CHARS = 1_000;
    /** Pieces shorter than this would cut ordinary words apart. */
    public static final int MIN_SENTENCE_CHARS = 100;

    /** The defaults: a million characters, 1,000-character sentences, no time budget. */
    public static final Limits DEFAULT =
            new Limits(DEFAULT_MAX_INPUT_CHARS, DEFAULT_MAX_SENTENCE_CHARS, Optional.empty());

    /** Checks the bounds. */
    public Limits {
        if (maxInputChars < 1) {
            throw new IllegalArgumentException("maxInputChars must be positive");
        }
        if (maxSentenceChars < MIN_SENTENCE_CHARS) {
            throw new IllegalArgumentException("maxSentenceChars must be at least " + MIN_SENTENCE_CHARS);
        }
        Objects.requireNonNull(timeBudget, "timeBudget");
        timeBudget.ifPresent(b -> {
            if (b.isNegative() || b.isZero()) {
                throw new IllegalArgumentException("timeBudget must be positive");
            }
        });
    }

    /** @return the deadline for an article whose extraction starts now */
    public Deadline startDeadline() {
        return timeBudget.map(Deadline::after).orElseGet(Deadline::none);
    }
}
