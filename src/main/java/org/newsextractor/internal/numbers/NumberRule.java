package org.newsextractor.internal.numbers;

/**
 * One way of reading a written number by what surrounds it ("45 percent", "$3 million", "9,000 people"). The
 * rules are tried in the order of {@link NumberRules#ORDERED}; the first that decides what the number is wins.
 */
interface NumberRule {

    /**
     * @param number the written number and what surrounds it
     * @return whether this rule decided what the number is: it added a record, or dropped the number
     */
    boolean read(NumberReading number);

    /** @return the rule's name, for tests and traces */
    default String name() {
        return getClass().getSimpleName();
    }
}
