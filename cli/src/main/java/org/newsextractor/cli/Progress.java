package org.newsextractor.cli;

import java.io.PrintStream;

/** Reports a batch's progress on standard error: files done, articles per second, time left. */
final class Progress {
    private static final long REPORT_EVERY_NANOS = 2_000_000_000L;
    private final int total;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private int done;
    private int failed;

    Progress(int total, PrintStream err) {
        this.total = total;
        this.err = err;
    }

    synchronized void done(boolean ok) {
        done++;
        failed += ok ? 0 : 1;
        long now = System.nanoTime();
        if (now - lastReport >= REPORT_EVERY_NANOS && done < total) {
            lastReport = now;
            err.println(line(now));
        }
    }

    synchronized void finish() {
        if (total > 1) {
            err.println(line(System.nanoTime()));
        }
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        double left = rate > 0 ? (total - done) / rate : 0;
        return String.format("%d/%d articles (%d failed), %.2f articles/s, %.0f s left", done, total, failed, rate,
                left);
    }
}
