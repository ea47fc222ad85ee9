package org.newsextractor.internal.numbers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextractor.Quantity.Kind;
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
            new IsoTimestamp(),
            new DottedDate(),
            new DayBeforeMonth(),
            new ClockDuration(),
            new UnitAndAFraction(),
            new HyphenatedAndAFraction(),
            new FractionOfAUnit(),
            new QualifiedSingleUnit(),
            new Tally(),
            new DayBeforeDateRange(),
            new PartOfYear(),
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

    /** "2019-03-05T10:32:00Z": a date and time in ISO 8601 as one token, which NER leaves untagged, is its day. */
    record IsoTimestamp() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            Token t = r.sentence().token(i);
            if (t.isNer("DATE") || t.isNer("TIME") || t.text().indexOf('T') < 0) {
                return i;
            }
            return ArticleDates.fullDate(t).map(day -> {
                r.add(i, i, Kind.DATE, Optional.empty(), Optional.of(day.toString()), Optional.empty(),
                        Optional.empty());
                return i + 1;
            }).orElse(i);
        }
    }

    /**
     * "12.11.2015": a date written with dots, day first as every country that writes dates with dots writes them,
     * is that day; NER reads it as a number.
     */
    record DottedDate() implements TokenRule {
        private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

        @Override
        public int read(SentenceNumberReader r, int i) {
            java.util.regex.Matcher m = DOTTED.matcher(r.sentence().token(i).text());
            if (!m.matches()) {
                return i;
            }
            try {
                java.time.LocalDate day = java.time.LocalDate.of(Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                r.add(i, i, Kind.DATE, Optional.empty(), Optional.of(day.toString()), Optional.empty(),
                        Optional.empty());
                return i + 1;
            } catch (java.time.DateTimeException notADay) {
                return i;
            }
        }
    }

    /** "08 October 2019": a zero-padded day NER leaves out of the date after it. */
    record DayBeforeMonth() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            return r.readDayBeforeMonth(i);
        }
    }

    /**
     * "2:31:47", "1:04.12": a race or flight time written like a clock is a DURATION in seconds, unless a word
     * around it makes it a time of day ("at 10:30:00", "10:30:00 GMT").
     */
    record ClockDuration() implements TokenRule {
        /** Hours, minutes, seconds and perhaps fractions of a second: "2:31:47", "0:59:01.5". */
        private static final Pattern HOURS = Pattern.compile("(\\d{1,3}):([0-5]\\d):([0-5]\\d(?:\\.\\d+)?)");
        /** Minutes, seconds and fractions of a second: "1:04.12", "12:58.31". */
        private static final Pattern MINUTES = Pattern.compile("(\\d{1,3}):([0-5]\\d\\.\\d+)");

        @Override
        public int read(SentenceNumberReader r, int i) {
            Token t = r.sentence().token(i);
            Matcher hours = HOURS.matcher(t.text());
            Matcher minutes = MINUTES.matcher(t.text());
            double h;
            double m;
            String seconds;
            if (hours.matches()) {
                h = Double.parseDouble(hours.group(1));
                m = Double.parseDouble(hours.group(2));
                seconds = hours.group(3);
                if (isTimeOfDay(r, i)) {
                    return i;
                }
            } else if (minutes.matches()) {
                h = 0;
                m = Double.parseDouble(minutes.group(1));
                seconds = minutes.group(2);
            } else {
                return i;
            }
            double s = Double.parseDouble(seconds);
            StringBuilder iso = new StringBuilder("PT");
            if (h > 0) {
                iso.append((long) h).append('H');
            }
            if (m > 0) {
                iso.append((long) m).append('M');
            }
            iso.append(SentenceNumberReader.formatNumber(s)).append('S');
            r.add(i, i, Kind.DURATION, Optional.of(h * 3600 + m * 60 + s), Optional.of(iso.toString()),
                    Optional.of("second"), r.qualifierBefore(i));
            return i + 1;
        }

        private static boolean isTimeOfDay(SentenceNumberReader r, int i) {
            Token before = r.tokenAt(i - 1);
            Token after = r.tokenAt(i + 1);
            return before != null && r.lexicon().isTimeOfDayCue("before", before.lower())
                    || after != null && r.lexicon().isTimeOfDayCue("after", after.lower());
        }
    }

    /**
     * "a minute and a half", "an hour and a half", "two hours and a quarter": a unit of time, its number ("a" for
     * one) before it and a fraction after it, is one DURATION in that unit (1.5 minute, {@code PT1.5M}); "a year and a
     * half old" is an age.
     */
    record UnitAndAFraction() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            Token amount = r.sentence().token(i);
            Token unit = r.tokenAt(i + 1);
            Token and = r.tokenAt(i + 2);
            Token a = r.tokenAt(i + 3);
            Token part = r.tokenAt(i + 4);
            if (unit == null || part == null || !and.lower().equals("and") || !a.lower().equals("a")) {
                return i;
            }
            Optional<Double> whole = amountOf(r, amount);
            Optional<NumberLexicon.DurationUnit> duration = durationUnit(r, unit);
            Optional<Double> fraction = r.lexicon().fraction(part.lower()).filter(f -> isSingular(part));
            if (whole.isEmpty() || duration.isEmpty() || fraction.isEmpty()) {
                return i;
            }
            return addDuration(r, i, i + 4, whole.get() + fraction.get(), duration.get());
        }

        /** "a", "an", "two", "2": one token for a whole number of units. */
        static Optional<Double> amountOf(SentenceNumberReader r, Token amount) {
            if (amount.lower().equals("a") || amount.lower().equals("an")) {
                return Optional.of(1.0);
            }
            return r.isNumberToken(amount) ? r.parser().parse(List.of(amount.text())) : Optional.empty();
        }

        /** "half", "quarter", "third": one part, not "halves". */
        private static boolean isSingular(Token part) {
            return !part.lower().endsWith("s");
        }
    }

    /**
     * "six-and-a-half years", "two-and-a-quarter hours": a number joined by hyphens to "and a" and a fraction, then a
     * unit of time, is one DURATION (CoreNLP splits it into "six - and - a-half").
     */
    record HyphenatedAndAFraction() implements TokenRule {
        private static final Pattern AND_A_PART = Pattern.compile("-and-a-([a-z]+)");
        private static final int LONGEST = 5;

        @Override
        public int read(SentenceNumberReader r, int i) {
            Token hyphen = r.tokenAt(i + 1);
            if (hyphen == null || !hyphen.text().startsWith("-")) {
                return i; // the cheap test first: this runs at every token
            }
            StringBuilder joined = new StringBuilder();
            for (int k = i + 1; k < Math.min(r.sentence().size(), i + 1 + LONGEST); k++) {
                joined.append(r.sentence().token(k).lower());
                Matcher m = AND_A_PART.matcher(joined);
                Token unit = r.tokenAt(k + 1);
                if (!m.matches() || unit == null) {
                    continue;
                }
                Optional<Double> whole = UnitAndAFraction.amountOf(r, r.sentence().token(i));
                Optional<Double> fraction = r.lexicon().fraction(m.group(1));
                Optional<NumberLexicon.DurationUnit> duration = durationUnit(r, unit);
                return whole.isEmpty() || fraction.isEmpty() || duration.isEmpty() ? i
                        : addDuration(r, i, k + 1, whole.get() + fraction.get(), duration.get());
            }
            return i;
        }
    }

    /**
     * "half an hour", "half a day": half of one unit of time is a DURATION of 0.5 of it; "half a mile" a MEASURE.
     */
    record FractionOfAUnit() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            Token part = r.sentence().token(i);
            Token a = r.tokenAt(i + 1);
            Token unit = r.tokenAt(i + 2);
            if (unit == null || !part.lower().equals("half") || !(a.lower().equals("a") || a.lower().equals("an"))) {
                return i;
            }
            Optional<NumberLexicon.DurationUnit> duration = durationUnit(r, unit);
            if (duration.isEmpty() && unit.isNoun()) {
                // "more than half a mile": half of one unit of measure
                Optional<String> measure = r.lexicon().measureUnit(unit.text());
                measure.ifPresent(m -> r.add(i, i + 2, Kind.MEASURE, Optional.of(0.5), Optional.empty(),
                        Optional.of(m), r.qualifierBefore(i)));
                return measure.isPresent() ? i + 3 : i;
            }
            return duration.isEmpty() ? i : addDuration(r, i, i + 2, 0.5, duration.get());
        }
    }

    /**
     * "in less than a month", "about an hour after": one unit of time that a qualifier bounds is a DURATION of 1; a
     * bare "a month" is not read ("twice a month", "$5 a day" are rates).
     */
    record QualifiedSingleUnit() implements TokenRule {
        @Override
        public int read(SentenceNumberReader r, int i) {
            Token a = r.sentence().token(i);
            Token unit = r.tokenAt(i + 1);
            if (unit == null || !(a.lower().equals("a") || a.lower().equals("an"))
                    || r.qualifierBefore(i).isEmpty()) {
                return i;
            }
            Optional<NumberLexicon.DurationUnit> duration = durationUnit(r, unit)
                    .filter(d -> unit.lower().equals(d.singular()));
            return duration.isEmpty() ? i : addDuration(r, i, i + 1, 1.0, duration.get());
        }
    }

    /** @return the unit of time a noun names ("minute", "hours"; "second", which the tagger may call an ordinal) */
    private static Optional<NumberLexicon.DurationUnit> durationUnit(SentenceNumberReader r, Token unit) {
        return unit.isNoun() || unit.lower().equals("second") ? r.lexicon().durationUnit(unit.text())
                : Optional.empty();
    }

    /**
     * Adds a DURATION of tokens [from, last] in the unit, or an AGE when "old" follows ("a year and a half old").
     *
     * @return one past the last token read
     */
    private static int addDuration(SentenceNumberReader r, int from, int last, double value,
                                   NumberLexicon.DurationUnit unit) {
        Token old = r.tokenAt(last + 1);
        if (old != null && old.lower().equals("old")) {
            r.add(from, last + 1, Kind.AGE, Optional.of(value), Optional.empty(),
                    Optional.of(EnglishPlural.of(unit.singular())), r.qualifierBefore(from));
            return last + 2;
        }
        r.add(from, last, Kind.DURATION, Optional.of(value),
                Optional.of(SentenceNumberReader.isoDuration(value, unit)), Optional.of(unit.singular()),
                r.qualifierBefore(from));
        return last + 1;
    }

    /**
     * "passed 312-to-95", "won 4-2", "lost 2-4", "voted 52 to 48": a tally or score is two counts, not a range
     * or a date. Digits joined by "-to-" always are; digits joined by a dash are when a word of the sentence
     * speaks of a vote or a game ({@code models/numbers/tally_cues.tsv}), which also says what is counted
     * ("votes"); digits joined by a spaced "to" or dash are too when the first is no smaller than the second
     * and no unit follows.
     */
    record Tally() implements TokenRule {
        private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
        private static final Pattern DASHED_DIGITS = Pattern.compile("[-–]?(\\d{1,4})");
        private static final Pattern WORD = Pattern.compile("\\p{L}+");

        @Override
        public int read(SentenceNumberReader r, int i) {
            Sentence s = r.sentence();
            Token first = s.token(i);
            if (!DIGITS.matcher(first.text()).matches() || first.isNer("DATE") && first.text().length() == 4) {
                return i;
            }
            int k = i + 1;
            Token joiner = r.tokenAt(k);
            boolean to = false;
            boolean spaced = false;
            if (joiner != null && glued(r, k) && isDash(joiner)) {
                k++;
                if (glued(r, k) && r.tokenAt(k).lower().equals("to")) {
                    to = true; // "312-to-95"
                    k++;
                    if (glued(r, k) && isDash(r.tokenAt(k))) {
                        k++;
                    }
                }
            } else if (joiner != null && !glued(r, k) && (joiner.lower().equals("to") || isDash(joiner))) {
                spaced = true; // "voted 52 to 48"
                k++;
            } else {
                return i;
            }
            Token second = r.tokenAt(k);
            Matcher m = second == null ? null : DASHED_DIGITS.matcher(second.text());
            if (second == null || glued(r, k) == spaced || !m.matches()
                    || glued(r, k + 1) && !r.tokenAt(k + 1).text().matches("\\p{Punct}")) {
                return i;
            }
            Optional<String> cue = cue(r);
            Token next = r.tokenAt(k + 1);
            Optional<String> nounCue = next == null ? Optional.empty()
                    : r.lexicon().tallyCue(next.lower()).filter(c -> !c.equals("-")); // "a 5-4 vote"
            if (!to && cue.isEmpty()) {
                return i;
            }
            if (spaced && (Double.parseDouble(first.text()) < Double.parseDouble(m.group(1))
                    || next != null && next.isNoun() && nounCue.isEmpty())) {
                return i; // "rose from 10 to 40", "voted 52 to 48 percent"
            }
            Optional<String> unit = nounCue.or(() -> cue.filter(c -> !c.equals("-")))
                    .or(() -> cue.isPresent() ? scoreUnit(r) : Optional.empty()); // "won 4-2" in football: goals
            int secondBegin = second.begin() + second.text().indexOf(m.group(1));
            r.addChars(first.begin(), first.end(), Kind.COUNT, Optional.of(Double.parseDouble(first.text())),
                    Optional.empty(), unit);
            r.tallies().add(r.found().get(r.found().size() - 1));
            r.addChars(secondBegin, secondBegin + m.group(1).length(), Kind.COUNT,
                    Optional.of(Double.parseDouble(m.group(1))), Optional.empty(), unit);
            r.tallies().add(r.found().get(r.found().size() - 1));
            return k + 1;
        }

        private static boolean glued(SentenceNumberReader r, int k) {
            Token t = r.tokenAt(k);
            Token before = r.tokenAt(k - 1);
            return t != null && before != null && t.begin() == before.end();
        }

        private static boolean isDash(Token t) {
            return t.text().equals("-") || t.text().equals("–");
        }

        /**
         * @return what a score counts in the sport the sentence speaks of, or else the sport of the article's
         *         first word for one ("football", "basketball")
         */
        private static Optional<String> scoreUnit(SentenceNumberReader r) {
            for (Token t : r.sentence().tokens()) {
                Optional<String> counted = r.lexicon().scoreUnit(t.lower());
                if (counted.isPresent()) {
                    return counted;
                }
            }
            Matcher word = WORD.matcher(r.text());
            while (word.find()) {
                Optional<String> counted = r.lexicon().scoreUnit(word.group());
                if (counted.isPresent()) {
                    return counted;
                }
            }
            return Optional.empty();
        }

        /** @return the first tally word of the sentence, with what it counts ("-" when it does not say) */
        private static Optional<String> cue(SentenceNumberReader r) {
            for (Token t : r.sentence().tokens()) {
                Optional<String> counted = r.lexicon().tallyCue(t.lower());
                if (counted.isPresent()) {
                    return counted;
                }
            }
            return Optional.empty();
        }
    }

    /**
     * "from 3 to 5 April": a bare day before a range word and a date written day first starts that date's range;
     * it is a DATE of the same month.
     */
    record DayBeforeDateRange() implements TokenRule {
        private static final Pattern DAY = Pattern.compile("\\d{1,2}");
        private static final Pattern DAY_DATE = Pattern.compile("((?:\\d{4}|XXXX)-\\d{2})-(\\d{2})");

        @Override
        public int read(SentenceNumberReader r, int i) {
            Token day = r.sentence().token(i);
            Token connector = r.tokenAt(i + 1);
            Token date = r.tokenAt(i + 2);
            if (!DAY.matcher(day.text()).matches() || day.isNer("DATE") || connector == null || date == null
                    || !r.lexicon().isJoiner(NumberLexicon.Joiner.DATE_RANGE, connector.lower())
                    || !date.isNer("DATE") || !DAY.matcher(date.text()).matches()) {
                return i;
            }
            Token month = r.tokenAt(i + 3);
            if (month == null || !month.isNer("DATE") || !month.normalized().equals(date.normalized())
                    || !r.lexicon().isMonthName(month.text())) {
                return i; // "3 to 5 April": the date is written day first
            }
            Optional<String> normalized = r.absoluteDate(date.normalized(), i + 2, i + 4);
            Matcher m = normalized.map(DAY_DATE::matcher).filter(Matcher::matches).orElse(null);
            int d = Integer.parseInt(day.text());
            if (m == null || d < 1 || d >= Integer.parseInt(m.group(2))) {
                return i;
            }
            r.add(i, i, Kind.DATE, Optional.empty(), Optional.of(String.format("%s-%02d", m.group(1), d)),
                    Optional.empty(), Optional.empty());
            return i + 1;
        }
    }

    /** "mid-2015", "late-1990s": a part of a year or decade written as one token that NER leaves untagged. */
    record PartOfYear() implements TokenRule {
        private static final Pattern PART = Pattern.compile("(\\p{L}+)-(1\\d{3}|20\\d{2})(s?)");

        @Override
        public int read(SentenceNumberReader r, int i) {
            Token t = r.sentence().token(i);
            Matcher m = PART.matcher(t.text());
            if (t.isNer("DATE") || !m.matches() || !r.lexicon().isYearPart(m.group(1))
                    || !m.group(3).isEmpty() && !m.group(2).endsWith("0")) {
                return i;
            }
            String year = m.group(3).isEmpty() ? m.group(2) : m.group(2).substring(0, 3); // a decade's prefix
            r.add(i, i, Kind.DATE, Optional.empty(), Optional.of(year), Optional.empty(), Optional.empty());
            return i + 1;
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
