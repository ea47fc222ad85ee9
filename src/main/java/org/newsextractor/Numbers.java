package org.newsextractor;

/** Formatting shared by the records' {@code toString} methods. */
final class Numbers {
    private Numbers() {
    }

    /** 94000.0 prints as "94000", 3.5 as "3.5". */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
