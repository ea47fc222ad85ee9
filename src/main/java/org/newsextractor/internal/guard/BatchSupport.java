package org.newsextractor.internal.guard;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.newsextractor.Extraction;
import org.newsextractor.ExtractionException;
import org.newsextractor.ExtractionInterruptedException;
import org.newsextractor.ExtractionOutcome;

/** Runs one article of a batch so that whatever it throws becomes its outcome instead of ending the batch. */
public final class BatchSupport {
    private BatchSupport() {
    }

    /**
     * @param index   the article's position in the batch
     * @param extract what extracts it
     * @return its records, or its failure
     */
    public static ExtractionOutcome outcome(int index, Supplier<Extraction> extract) {
        try {
            return ExtractionOutcome.success(index, extract.get());
        } catch (RuntimeException e) {
            return ExtractionOutcome.failed(index, e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // The article's own garbage is released when we return, so the other articles can still run.
            return ExtractionOutcome.failed(index, new ExtractionException("article " + index + " failed: " + e, e));
        }
    }

    /**
     * @param future an outcome being computed
     * @return the outcome
     * @throws ExtractionInterruptedException if the calling thread is interrupted while waiting
     */
    public static ExtractionOutcome await(Future<ExtractionOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionInterruptedException(e);
        } catch (ExecutionException | CancellationException e) {
            // outcome() catches everything an article throws; this is only reached if the pool itself failed.
            throw new ExtractionException("batch worker failed: " + e, e);
        }
    }
}
