package org.newsextractor.bench;

import java.util.Locale;

/** How the bench writes its figures: fixed decimals, the same on every locale. */
final class Format {
    private Format() {
    }

    /** @return the value with two decimals, or without decimals when it is whole */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? String.format(Locale.ROOT, "%d", (long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    /** @return the value with the given number of decimals */
    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** @return the value rounded, with thousands separated by commas */
    static String whole(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    /** @return bytes as gigabytes with two decimals */
    static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
}
