package org.newsextractor.internal.guard;

import java.time.Duration;
import org.newsextractor.ExtractionInterruptedException;
import org.newsextractor.ExtractionTimeoutException;

/**
 * When one article's extraction must stop. The pipeline calls {@link #check()} between pieces of work, so an
 * expired budget or an interrupted thread stops it within one piece (one chunk of annotation).
 */
public final class Deadline {
    private final Duration budget;
    private final long endNanos;

    private Deadline(Duration budget, long endNanos) {
        this.budget = budget;
        this.endNanos = endNanos;
    }

    /** @return a deadline that never expires; interrupts are still honoured */
    public static Deadline none() {
        return new Deadline(null, 0);
    }

    /**
     * @param budget how long from now
     * @return a deadline that expires after the budget
     */
    public static Deadline after(Duration budget) {
        long nanos;
        try {
            nanos = budget.toNanos();
        } catch (ArithmeticException tooLong) {
            return none();
        }
        return new Deadline(budget, System.nanoTime() + nanos);
    }

    /**
     * @throws ExtractionInterruptedException if the current thread is interrupted (its status stays set)
     * @throws ExtractionTimeoutException     if the budget has run out
     */
    public void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionInterruptedException(null);
        }
        if (budget != null && System.nanoTime() - endNanos > 0) {
            throw new ExtractionTimeoutException(budget);
        }
    }
}
