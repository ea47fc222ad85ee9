package org.newsextractor.eval;

/**
 * How many matched gold numbers with a unit got that unit right.
 *
 * @param ok    matched gold numbers whose predicted unit equals the gold unit after {@link UnitNames#normalize}
 * @param total matched gold numbers that have a unit
 */
public record UnitAccuracy(int ok, int total) {
    /** Nothing counted. */
    public static final UnitAccuracy ZERO = new UnitAccuracy(0, 0);

    /**

     * Checks that 0 &lt;= ok &lt;= total.

     *

     * @param ok    matched gold numbers whose predicted unit equals the gold unit after {@link UnitNames#normalize}

     * @param total matched gold numbers that have a unit

     */
    public UnitAccuracy {
        if (ok < 0 || ok > total) {
            throw new IllegalArgumentException("bad unit counts " + ok + "/" + total);
        }
    }

    /**
     * @param other counts of another article
     * @return the sum of both
     */
    public UnitAccuracy plus(UnitAccuracy other) {
        return new UnitAccuracy(ok + other.ok, total + other.total);
    }

    /** @return ok / total, or 1.0 when there is nothing to judge */
    public double accuracy() {
        return total == 0 ? 1.0 : (double) ok / total;
    }
}
