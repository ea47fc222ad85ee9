package org.newsextractor;

import java.time.Duration;

/**
 * An extraction ran past the time budget set with {@link NewsExtractor.Builder#timeBudget(Duration)} and was
 * stopped; nothing of the article is returned. Retrying with the same budget will fail again.
 */
public class ExtractionTimeoutException extends ExtractionException {
    private static final long serialVersionUID = 1L;

    /** The budget that ran out. */
    private final Duration budget;

    /** @param budget the budget that ran out */
    public ExtractionTimeoutException(Duration budget) {
        super("extraction stopped: it ran past its time budget of " + budget.toMillis() + " ms");
        this.budget = budget;
    }

    /** @return the budget that ran out */
    public Duration budget() {
        return budget;
    }
}
