package org.newsextractor.internal.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsextractor.Quantity;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Finds the numbers an article states (counts, money, percentages, measures, durations, ages and absolute
 * dates, plus ordinals and times of day) and returns them as {@link Quantity} records in text order.
 *
 * <p>Thread-safe: it keeps no state between calls, and its word lists are loaded once per JVM from
 * {@code models/numbers/}.
 */
public final class NumberExtractor {

    private final NumberLexicon lexicon;

    /** Creates an extractor over the shared word lists. */
    public NumberExtractor() {
        this.lexicon = NumberLexicon.shared();
    }

    /**
     * @param text the annotated article
     * @return its numbers, ordered by position; each record's text is the original text at its span
     */
    public List<Quantity> extract(AnnotatedText text) {
        Optional<Integer> referenceYear = referenceYear(text);
        List<Quantity> all = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            all.addAll(new SentenceNumberReader(lexicon, text.text(), sentence, referenceYear).read());
        }
        all.sort(Comparator.comparingInt(Quantity::begin).thenComparingInt(Quantity::end));
        return RangeLinker.link(text.text(), all);
    }

    /** The year of the first full date the article states, usually its dateline. */
    private static Optional<Integer> referenceYear(AnnotatedText text) {
        for (Sentence sentence : text.sentences()) {
            for (Token token : sentence.tokens()) {
                if (token.isNer("DATE")) {
                    Optional<Integer> year = DateNormalizer.yearOfFullDate(token.normalized());
                    if (year.isPresent()) {
                        return year;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
