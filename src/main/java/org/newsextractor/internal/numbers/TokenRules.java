package org.newsextractor.internal.numbers;

import java.util.List;
import java.util.Optional;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * The rules that read the tokens of a sentence from a token on, one small record each, in the order they are
 * tried. {@link NumberWords} reads whatever written number no rule before it took, by {@link NumberRules}.
 */
final class TokenRules {

    /** The rules in the order they are tried. */
    static final List<TokenRule> ORDERED = List.of(
            new YearRange(),
            new DayBeforeMonth(),
            new Temporal(),
            new Ordinal(),
            new SpacedThousands(),
            new DigitGroups(),
            new GluedMoney(),
            new GluedMeasure(),
            new Phrase(),
            new NumberWords());

    private TokenRules() {
    }

    /** "2020-21", "2019–2020", "2021/22": a span of years. */
    record YearRange() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            return r.readYearRange(i);
        }
    }

    /** "08 October 2019": a zero-padded day NER leaves out of the date after it. */
    record DayBeforeMonth() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            return r.readDayBeforeMonth(i);
        }
    }

    /** A group of tokens with the same DATE, TIME or SET tag and value. */
    record Temporal() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            Token t = r.sentence().token(i);
            return t.isNer("DATE") || t.isNer("TIME") || t.isNer("SET") ? r.readTemporal(i) : i;
        }
    }

    /** "third", "21st": an ordinal, kept but not scored as a quantity. */
    record Ordinal() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            return r.sentence().token(i).isNer("ORDINAL") ? r.readOrdinal(i) : i;
        }
    }

    /** "1 414 021": a number written with spaces between groups of three digits. */
    record SpacedThousands() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            int end = NumberFilters.spacedThousandsEnd(r.sentence(), i);
            if (end <= i + 1) {
                return i;
            }
            String digits = new NumberSpan(i, end).words(r.sentence()).stream().reduce("", String::concat);
            r.readNumber(new NumberSpan(i, end), Optional.of(Double.parseDouble(digits)), false);
            return end;
        }
    }

    /** "020 7946 0958": a run of bare digit groups is a phone number, not numbers. */
    record DigitGroups() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            int end = r.digitGroupsEnd(i);
            return end > i + 1 ? end : i;
        }
    }

    /** "USD115", "115USD", "100元", "N5 million": an amount with its currency glued on. */
    record GluedMoney() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            return r.readGluedMoney(i) ? Math.max(i + 1, r.consumedTo()) : i;
        }
    }

    /** "7.62mm", "200lbs": digits with a unit of measure glued on. */
    record GluedMeasure() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            return r.readGluedMeasure(i) ? i + 1 : i;
        }
    }

    /** "one hundred and sixty-one", "two-thirds", "1.5 million": a written number by the phrase grammar. */
    record Phrase() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            return r.readPhrase(i, false) ? Math.max(r.lastPhraseEnd(), r.consumedTo()) : i;
        }
    }

    /** Any other run of number tokens, read as one number. */
    record NumberWords() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            Sentence s = r.sentence();
            if (!r.isNumberToken(s.token(i))) {
                return i;
            }
            int end = i;
            while (end < s.size() && r.isNumberToken(s.token(end))) {
                end++;
            }
            NumberSpan span = new NumberSpan(i, end);
            r.readNumber(span, r.parser().parse(span.words(s)), false);
            return Math.max(end, r.consumedTo());
        }
    }
}
