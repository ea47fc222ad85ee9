package org.newsextractor.internal.numbers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
     * @param text        the annotated article
     * @param articleDate the article's date as the caller knows it; when empty, the date the text gives itself
     *                    (a dateline near the top, or a publication line), and without one relative dates ("on
     *                    Thursday") stay unresolved and a month and day takes its year only from the text
     * @return its numbers, ordered by position; each record's text is the original text at its span
     */
    public List<Quantity> extract(AnnotatedText text, Optional<LocalDate> articleDate) {
        Optional<LocalDate> reference = articleDate.or(() -> ArticleDates.of(text, lexicon));
        Optional<Integer> referenceYear = reference.map(LocalDate::getYear);
        YearAnchors anchors = reference.isPresent() ? YearAnchors.NONE : YearAnchors.of(text);
        WeekdayYears weekdays = reference.isPresent() ? WeekdayYears.NONE : WeekdayYears.of(text, lexicon);
        RelativeDateResolver relative = new RelativeDateResolver(reference);
        List<Quantity> all = new ArrayList<>();
        List<Quantity> tallies = new ArrayList<>();
        Set<String> personNames = personNames(text);
        for (Sentence sentence : text.sentences()) {
            SentenceNumberReader reader = new SentenceNumberReader(lexicon, text.text(), sentence, referenceYear,
                    anchors, weekdays, relative, personNames);
            all.addAll(reader.read());
            tallies.addAll(reader.tallies());
        }
        all.sort(Comparator.comparingInt(Quantity::begin).thenComparingInt(Quantity::end));
        List<Quantity> merged = CompoundDurations.merge(text.text(), all, lexicon);
        List<Quantity> linked = CountedNounModifiers.attach(text, RangeLinker.link(text.text(), merged, tallies));
        return LocalCurrency.localize(text.text(), linked);
    }

    /** @return every word the article tags as part of a person's name */
    private static Set<String> personNames(AnnotatedText text) {
        Set<String> names = new HashSet<>();
        for (Sentence sentence : text.sentences()) {
            for (Token token : sentence.tokens()) {
                if (token.isNer("PERSON") && token.isProperNoun()) {
                    names.add(token.text());
                }
            }
        }
        return names;
    }
}
