package org.newsextractor.internal.guard;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.newsextractor.ExtractionException;
import org.newsextractor.ExtractionInterruptedException;
import org.newsextractor.ExtractionTimeoutException;

/**
 * When one article's extraction must stop. The pipeline calls {@link #check()} between pieces of work; in
 * addition, when the budget runs out a watchdog interrupts the extracting thread, because CoreNLP's taggers and
 * pattern matchers stop on an interrupt, so even one slow piece is cut short. That interrupt is ours: {@link
 * #close()} clears it again, so the caller's thread is left as it was.
 */
public final class Deadline implements AutoCloseable {
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final Duration budget;
    private final long endNanos;
    private final Thread worker;
    private final ScheduledFuture<?> alarm;
    private boolean running = true;
    private boolean expired;
    private boolean interruptedBefore;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.worker = Thread.currentThread();
        if (budget == null) {
            this.endNanos = 0;
            this.alarm = null;
        } else {
            long nanos = budget.toNanos();
            this.endNanos = System.nanoTime() + nanos;
            this.alarm = WATCHDOG.schedule(this::expire, nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** @return a deadline that never expires; interrupts are still honoured */
    public static Deadline none() {
        return new Deadline(null);
    }

    /**
     * @param budget how long from now; the current thread is the one interrupted when it runs out
     * @return a deadline that expires after the budget
     */
    public static Deadline after(Duration budget) {
        try {
            budget.toNanos();
        } catch (ArithmeticException tooLong) {
            return none();
        }
        return new Deadline(budget);
    }

    private synchronized void expire() {
        if (running) {
            expired = true;
            interruptedBefore = worker.isInterrupted();
            worker.interrupt();
        }
    }

    private synchronized boolean isExpired() {
        return expired || budget != null && System.nanoTime() - endNanos > 0;
    }

    /**
     * @throws ExtractionTimeoutException     if the budget has run out
     * @throws ExtractionInterruptedException if the current thread is interrupted (its status stays set)
     */
    public void check() {
        if (isExpired()) {
            throw new ExtractionTimeoutException(budget);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionInterruptedException(null);
        }
    }

    /**
     * @param failure how the extraction stopped
     * @return a timeout if the budget ran out (an interrupt then came from the watchdog), else the failure itself
     */
    public ExtractionException explain(ExtractionException failure) {
        return isExpired() && !(failure instanceof ExtractionTimeoutException)
                ? new ExtractionTimeoutException(budget) : failure;
    }

    /** Stops the watchdog; clears the interrupt it sent, unless the thread was interrupted before that. */
    @Override
    public synchronized void close() {
        running = false;
        if (alarm != null) {
            alarm.cancel(false);
        }
        if (expired && !interruptedBefore && Thread.currentThread() == worker) {
            Thread.interrupted();
        }
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "news-extractor-deadline");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);   // finished articles leave nothing queued behind
        return executor;
    }
}
