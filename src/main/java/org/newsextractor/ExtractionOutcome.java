package org.newsextractor;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one article in a batch ({@link NewsExtractor#extractEach(java.util.List)}): its records, or why
 * it failed. Exactly one of {@link #extraction()} and {@link #failure()} is present.
 *
 * @param index      the article's position in the batch, from 0
 * @param extraction the records, when the article succeeded
 * @param failure    why it failed: an {@link ExtractionException} (time budget, interrupt, internal failure), an
 *                   IllegalArgumentException (text over the length limit) or a NullPointerException (null article)
 */
public record ExtractionOutcome(int index, Optional<Extraction> extraction, Optional<RuntimeException> failure) {
    /**
     * Checks that exactly one of the two is present.
     *
     * @param index      the article's position in the batch, from 0
     * @param extraction the records, when the article succeeded
     * @param failure    why it failed
     */
    public ExtractionOutcome {
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(failure, "failure");
        if (extraction.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("an outcome holds either an extraction or a failure");
        }
    }

    /**
     * @param index      position in the batch
     * @param extraction the records
     * @return a successful outcome
     */
    public static ExtractionOutcome success(int index, Extraction extraction) {
        return new ExtractionOutcome(index, Optional.of(extraction), Optional.empty());
    }

    /**
     * @param index   position in the batch
     * @param failure why it failed
     * @return a failed outcome
     */
    public static ExtractionOutcome failed(int index, RuntimeException failure) {
        return new ExtractionOutcome(index, Optional.empty(), Optional.of(failure));
    }

    /** @return whether the article was extracted */
    public boolean succeeded() {
        return extraction.isPresent();
    }

    @Override
    public String toString() {
        return "article " + index + ": " + extraction.map(Extraction::toString)
                .orElseGet(() -> "failed: " + failure.map(Throwable::getMessage).orElse(""));
    }
}
