package org.newsextractor.internal.numbers;

/**
 * One way of reading the tokens that start at a token of a sentence: a span of years, a date, a clock-style
 * duration, a tally, a written number. The rules are tried in the order of {@link TokenRules#ORDERED}; the
 * first that reads the token wins.
 */
interface TokenRule {

    /**
     * @param reader the sentence's reader
     * @param i      the index of the token
     * @return one past the last token read, or {@code i} when this rule does not read the token
     */
    int read(SentenceNumberReader reader, int i);

    /** @return the rule's name, for tests and traces */
    default String name() {
        return getClass().getSimpleName();
    }
}
