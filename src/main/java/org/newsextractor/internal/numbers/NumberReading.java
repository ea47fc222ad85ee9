package org.newsextractor.internal.numbers;

import java.util.Optional;
import org.newsextractor.Quantity.Kind;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * A written number of a sentence, with what the rules look at around it.
 *
 * @param reader        the sentence's reader, which holds the records found so far
 * @param span          the number's tokens
 * @param value         its value
 * @param last          the last token a record of the number itself covers (past "or more" when that follows)
 * @param unitAt        where its unit would start: after the number, a trailing qualifier ("500 or more"), and
 *                      the second bound of a range ("between 36 and 40 people")
 * @param qualifier     the bound or approximation written with it ("about", "more than", "or more")
 * @param onlyDurations inside a relative date ("six minutes later"): keep it only as a duration
 */
record NumberReading(SentenceNumberReader reader, NumberSpan span, double value, int last, int unitAt,
                     Optional<String> qualifier, boolean onlyDurations) {

    int start() {
        return span.start();
    }

    int end() {
        return span.end();
    }

    Sentence sentence() {
        return reader.sentence();
    }

    NumberLexicon lexicon() {
        return reader.lexicon();
    }

    /** @return the token at i, or null outside the sentence */
    Token token(int i) {
        return reader.tokenAt(i);
    }

    /** @return the first token of the unit, or null at the end of the sentence */
    Token next() {
        return reader.tokenAt(unitAt);
    }

    /** @return whether the unit follows the number right away, with no range or qualifier between */
    boolean unitRightAfter() {
        return unitAt == span.end();
    }

    /**
     * @param unitLast the last token of the unit
     * @return the last token of the record: the unit's when it follows the number, else the number's ("5 to 10
     *         km" gives "5" and "10 km")
     */
    int to(int unitLast) {
        return unitRightAfter() ? unitLast : last;
    }

    /** Adds a record from the number's first token to {@code to}. */
    void add(int to, Kind kind, Optional<String> unit) {
        reader.add(start(), to, kind, Optional.of(value), Optional.empty(), unit, qualifier);
    }
}
