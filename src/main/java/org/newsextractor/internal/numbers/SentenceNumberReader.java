package org.newsextractor.internal.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Reads the numbers of one sentence: absolute dates from CoreNLP's DATE tags, and every written number with
 * what follows it (a currency, "%", a unit of time or measure, a hyphenated noun, a counted noun).
 */
final class SentenceNumberReader {

    private static final Pattern GLUED_UNIT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)([a-zA-Zµμ²/]+[23²]?)");
    private static final Pattern GLUED_MONEY = Pattern.compile(
            "([A-Za-z]{3})(\\d[\\d,]*(?:\\.\\d+)?)|(\\d[\\d,]*(?:\\.\\d+)?)([A-Za-z]{3}|[^\\p{IsLatin}\\d\\s.,]+)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A decade: "1990s". */
    private static final Pattern DECADE = Pattern.compile("\\d{3}0s");
    /** Letters for a currency glued to the amount: "N64,050", "R59", "Sh500". */
    private static final Pattern GLUED_LETTERS = Pattern.compile("([A-Z][A-Za-z]{0,2})(\\d[\\d,]*(?:\\.\\d+)?)");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR_INTERVAL = Pattern.compile("\\d{4}/\\d{4}");
    private static final Pattern YEAR_END = Pattern.compile("\\d{2}|\\d{4}");
    private static final Pattern GLUED_YEAR_RANGE = Pattern.compile("(\\d{4})[-–/](\\d{2}|\\d{4})");
    /** A date with its day: the year and month, and the day. */
    private static final Pattern DAY_DATE = Pattern.compile("((?:\\d{4}|XXXX)-\\d{2})-(\\d{2})");
    /**
     * The earliest year news writes bare between a verb and a plural noun ("reported 2019 profits"); four digits
     * below it there are a count ("played 1320 games").
     */
    private static final int EARLIEST_YEAR_AFTER_VERB = 1900;
    /** How many words before a month and day a year of the same phrase may stand. */
    private static final int PHRASE_YEAR_REACH = 5;
    /** The widest span of years read as one range: "1914-18" is a war, "1000-2000" a count of something. */
    private static final int MAX_YEAR_SPAN = 100;

    private final NumberLexicon lexicon;
    private final NumberValueParser parser;
    private final CountedNounFinder nouns;
    private final String text;
    private final Sentence sentence;
    private final Optional<Integer> referenceYear;
    private final YearAnchors anchors;
    private final WeekdayYears weekdays;
    private final RelativeDateResolver relativeDates;
    private final NumberPhraseReader phrases;
    private final MeasureUnitReader measures;
    private final Set<String> personNames;
    private final List<Quantity> found = new ArrayList<>();
    private int lastPhraseEnd;
    private final List<Quantity> tallies = new ArrayList<>();
    /** One past the last token a two-number record covers: "10 $ 30 cent", "5 ft 2 in" are read once. */
    private int consumedTo;

    SentenceNumberReader(NumberLexicon lexicon, String text, Sentence sentence, Optional<Integer> referenceYear,
                         RelativeDateResolver relativeDates) {
        this(lexicon, text, sentence, referenceYear, YearAnchors.NONE, WeekdayYears.NONE, relativeDates, Set.of());
    }

    /**
     * @param referenceYear the year of the article's own date, if known
     * @param anchors       the months the article states with their year, for a month and day without one
     * @param weekdays      the years the article's weekdays pin, for a month and day without one that nothing
     *                      nearer gives a year
     * @param personNames   the words the article tags as a person's name anywhere, so that "Park, 52, said" is an
     *                      age where CoreNLP leaves this mention of Park untagged
     */
    SentenceNumberReader(NumberLexicon lexicon, String text, Sentence sentence, Optional<Integer> referenceYear,
                         YearAnchors anchors, WeekdayYears weekdays, RelativeDateResolver relativeDates,
                         Set<String> personNames) {
        this.anchors = anchors;
        this.weekdays = weekdays;
        this.personNames = personNames;
        this.relativeDates = relativeDates;
        this.phrases = new NumberPhraseReader(lexicon);
        this.measures = new MeasureUnitReader(lexicon);
        this.lexicon = lexicon;
        this.parser = new NumberValueParser(lexicon);
        this.nouns = new CountedNounFinder(lexicon);
        this.text = text;
        this.sentence = sentence;
        this.referenceYear = referenceYear;
    }

    NumberLexicon lexicon() {
        return lexicon;
    }

    Sentence sentence() {
        return sentence;
    }

    MeasureUnitReader measures() {
        return measures;
    }

    CountedNounFinder nouns() {
        return nouns;
    }

    /** @return the records read so far */
    List<Quantity> found() {
        return found;
    }

    /** @return one past the last token the last written number read by {@link #readPhrase} covers */
    int lastPhraseEnd() {
        return lastPhraseEnd;
    }

    /** @return one past the last token a record covers that reads on past its number ("5 ft 2 in") */
    int consumedTo() {
        return consumedTo;
    }

    NumberValueParser parser() {
        return parser;
    }

    String text() {
        return text;
    }

    /** @return the two counts of each tally or score ("won 4-2"), which are no range */
    List<Quantity> tallies() {
        return tallies;
    }

    /** Adds a record for characters [begin, end) of the text. */
    void addChars(int begin, int end, Kind kind, Optional<Double> value, Optional<String> normalized,
                  Optional<String> unit) {
        found.add(new Quantity(text.substring(begin, end), begin, end, kind, value, normalized, unit,
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** Marks the tokens before {@code end} as read: "one second" is not also the ordinal "second". */
    void consumeTo(int end) {
        consumedTo = Math.max(consumedTo, end);
    }

    /** @return the sentence's numbers, in text order; each token goes to the first of {@link TokenRules#ORDERED} that reads it */
    List<Quantity> read() {
        int n = sentence.size();
        int i = 0;
        while (i < n) {
            int next = i;
            for (TokenRule rule : TokenRules.ORDERED) {
                next = rule.read(this, i);
                if (next > i) {
                    break;
                }
            }
            i = Math.max(next, i + 1);
        }
        return found;
    }

    /**
     * "2020-21", "2019–2020", "2021/22": a span of years is one DATE with low and high; its normalized form is the
     * first year, the ISO 8601 prefix every date of the span shares with its start ("2020"). CoreNLP splits it
     * into two DATE tags and reads the second as a day or a bare number.
     *
     * @return one past the range's last token, or i when no range of years starts at token i
     */
    int readYearRange(int i) {
        Token first = sentence.token(i);
        if (!first.isNer("DATE")) {
            return i;
        }
        String from;
        String to;
        int last;
        Matcher glued = GLUED_YEAR_RANGE.matcher(first.text());
        Token dash = tokenAt(i + 1);
        Token second = tokenAt(i + 2);
        if (glued.matches()) {
            from = glued.group(1);
            to = glued.group(2);
            last = i;
        } else if (YEAR.matcher(first.text()).matches() && dash != null && second != null
                && lexicon.isJoiner(NumberLexicon.Joiner.YEAR_RANGE, dash.text()) && dash.begin() == first.end()
                && second.begin() == dash.end() && YEAR_END.matcher(second.text()).matches()) {
            from = first.text();
            to = second.text();
            last = i + 2;
        } else {
            return i;
        }
        int low = Integer.parseInt(from);
        int high = to.length() == 4 ? Integer.parseInt(to) : low / 100 * 100 + Integer.parseInt(to);
        if (to.length() == 2 && high <= low) {
            high += 100; // "1999-00"
        }
        if (to.length() == 2 && Integer.parseInt(to) <= 12 && high != low + 1) {
            return i; // "1995-01" is January 1995; "2011-12" a season, as news writes it
        }
        if (low < 1000 || high <= low) {
            return i;
        }
        if (high - low > MAX_YEAR_SPAN) {
            if (last == i + 2) { // "2000-3000 troops": two counts CoreNLP took for years
                readNumber(new NumberSpan(i, i + 1), Optional.of((double) low), false);
                readNumber(new NumberSpan(i + 2, i + 3), Optional.of((double) high), false);
                return i + 3;
            }
            return i;
        }
        int begin = first.begin();
        int end = sentence.token(last).end();
        found.add(new Quantity(text.substring(begin, end), begin, end, Kind.DATE, Optional.empty(),
                Optional.of(Integer.toString(low)), Optional.empty(), qualifierBefore(i), Optional.of((double) low),
                Optional.of((double) high)));
        return last + 1;
    }

    /**
     * "08 October 2019": NER leaves a zero-padded day out of the date that follows it, which it reads as a month
     * of a year.
     *
     * @return one past the date's last token, or i when no such date starts at token i
     */
    int readDayBeforeMonth(int i) {
        Token day = sentence.token(i);
        Token month = tokenAt(i + 1);
        if (month == null || day.isNer("DATE") || !day.text().matches("\\d{1,2}") || !month.isNer("DATE")
                || !month.isCapitalized() || !lexicon.isMonthName(month.text())) {
            return i;
        }
        int d = Integer.parseInt(day.text());
        Matcher yearMonth = YEAR_MONTH.matcher(month.normalized());
        if (d < 1 || d > 31 || !yearMonth.matches()) {
            return i;
        }
        int end = i + 1;
        while (end < sentence.size() && sentence.token(end).isNer("DATE")
                && sentence.token(end).normalized().equals(month.normalized())) {
            end++;
        }
        add(i, end - 1, Kind.DATE, Optional.empty(), Optional.of(String.format("%s-%02d", month.normalized(), d)),
                Optional.empty(), Optional.empty());
        return end;
    }

    /** @return the end of a run of bare digit groups from token i ("020 7946 0958"), or i + 1 */
    int digitGroupsEnd(int i) {
        int k = i;
        while (k < sentence.size() && sentence.token(k).text().matches("\\d+")) {
            k++;
        }
        return Math.max(k, i + 1);
    }

    /** "USD115", "115USD", "100元": an amount with its currency glued on, in one token. */
    boolean readGluedMoney(int i) {
        Matcher letters = GLUED_LETTERS.matcher(sentence.token(i).text());
        if (letters.matches() && lexicon.currencyLetters(letters.group(1)).isPresent()
                && multiplierAt(i + 1).isPresent()) {
            double amount = Double.parseDouble(letters.group(2).replace(",", "")) * multiplierAt(i + 1).get();
            add(i, i + 1, Kind.MONEY, Optional.of(amount), Optional.empty(), lexicon.currencyLetters(letters.group(1)),
                    qualifierBefore(i));
            consumedTo = Math.max(consumedTo, i + 2);
            return true; // "N5 million", "R59 billion"
        }
        Matcher m = GLUED_MONEY.matcher(sentence.token(i).text());
        if (!m.matches()) {
            return false;
        }
        String code = m.group(1) != null ? m.group(1) : m.group(4);
        String amount = m.group(1) != null ? m.group(2) : m.group(3);
        Optional<String> currency = lexicon.currency(code);
        if (currency.isEmpty() || lexicon.currencyFactor(code) != 1.0) {
            return false;
        }
        add(i, i, Kind.MONEY, Optional.of(Double.parseDouble(amount.replace(",", ""))), Optional.empty(), currency,
                qualifierBefore(i));
        return true;
    }

    /** "7.62mm", "200lbs", "1.8m": digits with a unit of measure glued on; "£3m", "3m people" are millions. */
    boolean readGluedMeasure(int i) {
        Matcher m = GLUED_UNIT.matcher(sentence.token(i).text());
        if (!m.matches() || currencySymbolBefore(i).isPresent()) {
            return false;
        }
        Optional<String> unit = lexicon.measureUnit(m.group(2));
        Token label = tokenAt(i - 1);
        if (m.group(2).length() == 1 && Character.isUpperCase(m.group(2).charAt(0)) && label != null
                && (label.isNoun() || label.isCapitalized())) {
            return false; // "seat 12F", "Flat 4C": a label, not a temperature
        }
        Token next = tokenAt(i + 1);
        boolean million = lexicon.multiplier(m.group(2)).isPresent() && next != null && next.isNoun();
        if (unit.isEmpty() || million || lexicon.isCasedMultiplier(m.group(2))) {
            return false;
        }
        add(i, i, Kind.MEASURE, Optional.of(Double.parseDouble(m.group(1).replace(",", ""))), Optional.empty(), unit,
                qualifierBefore(i));
        return true;
    }

    /**
     * Reads a written number that starts at token i with the phrase grammar; sets {@link #lastPhraseEnd}.
     *
     * @return whether a number was read
     */
    boolean readPhrase(int i, boolean onlyDurations) {
        Optional<NumberPhraseReader.Phrase> phrase = phrases.read(sentence, i);
        if (phrase.isEmpty()) {
            return false;
        }
        int before = found.size();
        lastPhraseEnd = phrase.get().end();
        readNumber(new NumberSpan(i, lastPhraseEnd), Optional.of(phrase.get().value()), onlyDurations);
        return onlyDurations || found.size() > before || lastPhraseEnd > i + 1;
    }

    boolean isNumberToken(Token t) {
        if (parser.isFraction(t.text())) {
            return true;
        }
        if (!(t.pos().equals("CD") || NumberValueParser.isDigits(t.text()) || lexicon.numberWord(t.text()).isPresent()
                && !t.lower().equals("a") && !t.lower().equals("an"))) {
            return false;
        }
        return parser.isNumberWord(t.text()) || lexicon.multiplier(t.text()).isPresent();
    }

    /** A group of tokens with the same temporal tag and value: an absolute date, or a number of time units. */
    int readTemporal(int start) {
        Token first = sentence.token(start);
        int end = start;
        while (end < sentence.size() && sentence.token(end).ner().equals(first.ner())
                && sentence.token(end).normalized().equals(first.normalized()) && !countAfterComma(end)) {
            end++;
        }
        if (end == start + 1 && (countWrittenLikeYear(start) || start > 0 && countAfterComma(start - 1)
                && tokenAt(start - 2) != null && tokenAt(start - 2).isNer("DATE"))) {
            return start; // "more than 2000 schools": read as a count by the rules after
        }
        Optional<String> date = first.isNer("DATE") ? absoluteDate(first.normalized(), start, end) : Optional.empty();
        if (date.isPresent() && gluedToCode(end)) {
            return end; // "2019-nCoV": a year inside a name is no date
        }
        if (date.isPresent() && hasDigit(start, end)) {
            int from = start;
            while (from < end && !isDateAnchor(sentence.token(from))) {
                from++;
            }
            int to = end - 1;
            while (to > from && !isDateAnchor(sentence.token(to))) {
                to--;
            }
            if (from < end && from == to && DECADE.matcher(sentence.token(from).text()).matches()
                    && date.get().equals(sentence.token(from).text().substring(0, 4))) {
                date = Optional.of(date.get().substring(0, 3)); // "the 1990s": the ISO 8601 prefix of a decade
            }
            if (from < end) {
                add(from, to, Kind.DATE, Optional.empty(), date, Optional.empty(), Optional.empty());
            }
            return readDateRangeEnd(end, date.get());
        }
        if (first.isNer("DATE") && YEAR_INTERVAL.matcher(first.normalized()).matches()) {
            for (int k = start; k < end; k++) { // "between 2019 and 2021": each year, bounds set by RangeLinker
                if (YEAR.matcher(sentence.token(k).text()).matches()) {
                    add(k, k, Kind.DATE, Optional.empty(), Optional.of(sentence.token(k).text()), Optional.empty(),
                            Optional.empty());
                }
            }
            return end;
        }
        Optional<String> relative = first.isNer("DATE") && namesRelativeDate(start, end) && !hasDigit(start, end)
                && !isMonthWithoutCue(start, end)
                ? relativeDates.resolve(first.normalized(), speaksOfFuture()) : Optional.empty();
        if (relative.isPresent()) {
            add(start, end - 1, Kind.DATE, Optional.empty(), relative, Optional.empty(), Optional.empty());
            return end;
        }
        boolean timeOfDay = first.isNer("TIME") && hasDigit(start, end);
        if (timeOfDay) {
            add(start, end - 1, Kind.TIME, Optional.empty(), Optional.of(first.normalized()), Optional.empty(),
                    Optional.empty());
            return end;
        }
        int i = start;
        while (i < end) {
            if (readPhrase(i, true) && lastPhraseEnd <= end) {
                i = lastPhraseEnd;
            } else if (isNumberToken(sentence.token(i))) {
                int runEnd = i;
                while (runEnd < end && isNumberToken(sentence.token(runEnd))) {
                    runEnd++;
                }
                NumberSpan run = new NumberSpan(i, runEnd);
                readNumber(run, parser.parse(run.words(sentence)), true);
                i = runEnd;
            } else {
                i++;
            }
        }
        return end;
    }

    /** "116 Fahrenheit in Phoenix": a unit named after a person, not the name of an address. */
    private boolean namedUnitAfter(int i) {
        Token unit = tokenAt(i);
        Optional<String> name = unit == null ? Optional.empty() : lexicon.measureUnit(unit.text());
        return name.isPresent() && !name.get().equals(name.get().toLowerCase(java.util.Locale.ROOT));
    }

    /** "In September of 1999, 2300 people were killed": NER runs the date on over a comma into a count. */
    private boolean countAfterComma(int i) {
        Token number = tokenAt(i + 1);
        Token noun = tokenAt(i + 2);
        return sentence.token(i).text().equals(",") && number != null && YEAR.matcher(number.text()).matches()
                && noun != null && noun.pos().equals("NNS") && !lexicon.isRelativeDateWord(noun.lower());
    }

    /**
     * "closed more than 2000 schools", "nearly 1500 people", "played 1320 games": four digits CoreNLP tags as a year
     * are a count when a plural noun follows and a bound comes right before that is not a lone preposition, or a
     * verb (and its particle: "picked up 1213 points") with a number below {@link #EARLIEST_YEAR_AFTER_VERB}; "the 2011 floods", "in 2019 people", "over 2019
     * levels", "reported 2019 profits" stay years.
     */
    private boolean countWrittenLikeYear(int i) {
        Token number = sentence.token(i);
        Token before = tokenAt(i - 1);
        Token noun = tokenAt(i + 1);
        return number.isNer("DATE") && YEAR.matcher(number.text()).matches() && noun != null
                && noun.pos().equals("NNS") && !lexicon.isRelativeDateWord(noun.lower())
                && lexicon.durationUnit(noun.lower()).isEmpty() && before != null
                && (qualifierBefore(i).isPresent() && !(before.pos().equals("IN")
                        && lexicon.qualifier(before.lower()).isPresent())
                    || (before.isVerb() || before.pos().equals("RP") && tokenAt(i - 2) != null
                        && tokenAt(i - 2).isVerb()) && Integer.parseInt(number.text()) < EARLIEST_YEAR_AFTER_VERB);
    }

    /**
     * The absolute date of a DATE group: a month and day takes the year written in its phrase ("the 2016
     * referendum on June 23") or opening its sentence ("In 2016, voters went to the polls on June 23"), else the
     * article's, else that of a month the article states with its year in the same or a nearby month ("in February
     * 2019 ... on March 12"), else the year a weekday stated with a month and day pins ("on Tuesday, February 11",
     * see {@link WeekdayYears}); a month and day with digits and no year in sight keeps its year unknown
     * ("XXXX-06-23").
     */
    Optional<String> absoluteDate(String normalized, int start, int end) {
        if (!DateNormalizer.isMonthDay(normalized)) {
            return DateNormalizer.absolute(normalized, referenceYear);
        }
        Optional<Integer> phraseYear = phraseYearBefore(start).or(this::sentenceYear);
        if (phraseYear.isPresent()) {
            return DateNormalizer.inYear(normalized, phraseYear.get());
        }
        Optional<String> date = relativeDates.monthDay(normalized, tenseOfDate(start, end))
                .or(() -> DateNormalizer.absolute(normalized, referenceYear))
                .or(() -> DateNormalizer.plainMonth(normalized)
                        .flatMap(month -> anchors.yearOf(month, sentence.token(start).begin()))
                        .flatMap(year -> DateNormalizer.inYear(normalized, year)))
                .or(() -> weekdays.yearAt(sentence.token(start).begin())
                        .flatMap(year -> DateNormalizer.absolute(normalized, Optional.of(year))));
        return date.isPresent() || !hasDigit(start, end) ? date : DateNormalizer.unknownYear(normalized);
    }

    /** "In 2016, ...", "During 2019 ...": the year a sentence opens with, which all its dates share. */
    private Optional<Integer> sentenceYear() {
        Token cue = tokenAt(0);
        Token year = tokenAt(1);
        if (cue == null || year == null || !lexicon.isJoiner(NumberLexicon.Joiner.YEAR_SCOPE, cue.text())
                || !year.isNer("DATE") || !YEAR.matcher(year.text()).matches() || !year.normalized().equals(year.text())) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(year.text()));
    }

    /**
     * The tense of the verb group a date belongs to: the nearest before it ("began on December 22", "will take
     * effect on January 3", "has been closed since May 4"), or the first after it ("On May 4, police arrested").
     */
    private RelativeDateResolver.Tense tenseOfDate(int start, int end) {
        int v = start - 1;
        while (v >= 0 && !isVerbGroupWord(sentence.token(v))) {
            v--;
        }
        if (v < 0) {
            v = end;
            while (v < sentence.size() && !isVerbGroupWord(sentence.token(v))) {
                v++;
            }
            while (v + 1 < sentence.size() && isVerbGroupWord(sentence.token(v + 1))) {
                v++;
            }
        }
        boolean past = false;
        boolean perfect = false;
        for (int k = v; k >= 0 && k < sentence.size() && isVerbGroupWord(sentence.token(k)); k--) {
            Token t = sentence.token(k);
            if (t.pos().equals("MD") && lexicon.isFutureModal(t.lower())) {
                return RelativeDateResolver.Tense.FUTURE;
            }
            past |= t.pos().equals("VBD");
            perfect |= t.lemma().equals("have") && k < v;
        }
        return past || perfect ? RelativeDateResolver.Tense.PAST : RelativeDateResolver.Tense.PRESENT;
    }

    /** A verb, modal, adverb or infinitive "to" inside a verb group ("will not be held", "is expected to open"). */
    private static boolean isVerbGroupWord(Token t) {
        return t.isVerb() || t.pos().equals("MD") || t.pos().startsWith("RB") || t.pos().equals("TO");
    }

    /**
     * "the 2016 referendum on June 23": a year written a few words before a month and day, in the same phrase
     * (no verb or clause mark between), is that date's year.
     */
    private Optional<Integer> phraseYearBefore(int start) {
        for (int k = start - 1; k >= 0 && k >= start - PHRASE_YEAR_REACH; k--) {
            Token t = sentence.token(k);
            if (t.isVerb() || lexicon.isJoiner(NumberLexicon.Joiner.CLAUSE_MARK, t.text())) {
                return Optional.empty();
            }
            if (t.isNer("DATE") && YEAR.matcher(t.text()).matches() && t.normalized().equals(t.text())) {
                return Optional.of(Integer.parseInt(t.text()));
            }
        }
        return Optional.empty();
    }

    /**
     * "July 9 to 12", "April 3 - 5": the bare day after a date and a range word ends the range; it is a DATE of
     * the same month.
     *
     * @return one past the day, or {@code after} when no such day follows
     */
    private int readDateRangeEnd(int after, String date) {
        Matcher first = DAY_DATE.matcher(date);
        Token connector = tokenAt(after);
        Token day = tokenAt(after + 1);
        if (!first.matches() || connector == null || day == null
                || !lexicon.isJoiner(NumberLexicon.Joiner.DATE_RANGE, connector.lower())
                || !day.text().matches("\\d{1,2}") || day.isNer("DATE") && DateNormalizer.isMonthDay(day.normalized())) {
            return after;
        }
        int d = Integer.parseInt(day.text());
        Token next = tokenAt(after + 2);
        if (d <= Integer.parseInt(first.group(2)) || d > 31 || next != null && (next.isNoun()
                || lexicon.isPercentWord(next.lower()) || next.text().equals(":"))) {
            return after;
        }
        add(after + 1, after + 1, Kind.DATE, Optional.empty(), Optional.of(String.format("%s-%02d", first.group(1), d)),
                Optional.empty(), Optional.empty());
        return after + 2;
    }

    /** A capitalized month or weekday, or a word such as "yesterday" or "week": not "march" or "the day". */
    private boolean namesRelativeDate(int start, int end) {
        for (int i = start; i < end; i++) {
            Token t = sentence.token(i);
            if (t.isCapitalized() && (lexicon.isMonthName(t.text()) || lexicon.isWeekday(t.lower()))
                    || lexicon.isRelativeDateWord(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mrs May said": a month name alone, with no word before it that makes it a time ("in May", "last May",
     * "April and May"), is more often a name.
     */
    private boolean isMonthWithoutCue(int start, int end) {
        if (end - start != 1 || !lexicon.isMonthName(sentence.token(start).text())) {
            return false;
        }
        Token before = tokenAt(start - 1);
        return before == null || !lexicon.isMonthCue(before.lower());
    }

    /** "will meet on Monday": a weekday or month then lies ahead of the article's date. */
    private boolean speaksOfFuture() {
        return sentence.tokens().stream().anyMatch(t -> t.pos().equals("MD")
                && lexicon.isFutureModal(t.lower()));
    }

    private boolean isDateAnchor(Token t) {
        return t.text().chars().anyMatch(Character::isDigit) || t.isCapitalized() && lexicon.isMonthName(t.text());
    }

    int readOrdinal(int start) {
        Token t = sentence.token(start);
        int end = start;
        while (end < sentence.size() && sentence.token(end).isNer("ORDINAL")
                && sentence.token(end).normalized().equals(t.normalized())) {
            end++;
        }
        add(start, end - 1, Kind.ORDINAL, parseNormalized(t.normalized()), Optional.empty(), Optional.empty(),
                Optional.empty());
        return end;
    }

    /**
     * Interprets one written number by what surrounds it: the first of {@link NumberRules#ORDERED} that decides
     * what the number is wins.
     *
     * @param span          the number's tokens
     * @param parsed        its value, when the words are a number
     * @param onlyDurations inside a relative date ("six minutes later"): keep it only as a duration
     */
    void readNumber(NumberSpan span, Optional<Double> parsed, boolean onlyDurations) {
        Optional<NumberReading> reading = reading(span, parsed, onlyDurations);
        if (reading.isEmpty()) {
            return;
        }
        for (NumberRule rule : NumberRules.ORDERED) {
            if (rule.read(reading.get())) {
                return;
            }
        }
    }

    /**
     * @return what surrounds a written number (its qualifiers, where its unit would start), or empty when it is
     *         part of a name or a phone number
     */
    Optional<NumberReading> reading(NumberSpan span, Optional<Double> parsed, boolean onlyDurations) {
        Token sign = tokenAt(span.start() - 1);
        boolean currencySign = sign != null && (letterSign(sign, span.start()).isPresent()
                || sign.end() == sentence.token(span.start()).begin() && currencySymbol(sign).isPresent()); // "RM1.2"
        if (parsed.isEmpty() || isVagueScale(span) || NumberFilters.isPartOfName(sentence, span)
                && !unitGluedAfter(span.end()) && !currencySign
                || NumberFilters.isPhoneLike(sentence, span)
                || NumberFilters.isAddress(sentence, span) && !namedUnitAfter(span.end())
                || NumberFilters.isImproperSlash(sentence, span)) {
            return Optional.empty();
        }
        int last = span.end() - 1;
        Optional<String> qualifier = qualifierBefore(span.start());
        int after = span.end();
        Optional<String> trailing = trailingQualifierAt(after);
        if (trailing.isPresent()) {
            if (qualifier.isEmpty() || qualifier.get().equals("about")) { // "about 500 or more" is a bound
                qualifier = trailing;
            }
            last = after + 1;
            after += 2;
        }
        return Optional.of(new NumberReading(this, span, parsed.get(), last, skipRangeBound(after), qualifier,
                onlyDurations));
    }

    /** "several hundred people", "a few thousand": a scale word after a vague amount states no number. */
    private boolean isVagueScale(NumberSpan span) {
        Token first = sentence.token(span.start());
        Token before = tokenAt(span.start() - 1);
        return before != null && lexicon.isVagueAmount(before.text()) && first.text().chars().allMatch(Character::isLetter)
                && lexicon.multiplier(first.text()).isPresent();
    }

    /**
     * "two-thirds of voters", "a third of the staff", "a two-thirds majority", "one in five adults": a fraction
     * of a whole is a PERCENT (66.67), not a count of two-thirds of a voter. "A third of a mile" and "a quarter of an hour"
     * are parts of a unit and stay what they were.
     */
    boolean isShareOfWhole(NumberSpan span, double value, int unitAt) {
        List<String> words = span.words(sentence);
        boolean fraction = words.stream().anyMatch(w -> parser.isFraction(w) || lexicon.fraction(w).isPresent());
        Token next = tokenAt(unitAt);
        if (value <= 0 || value >= 1 || !fraction && !isRatio(words)) {
            return false;
        }
        if (isRatio(words)) {
            return true; // "one in five adults", "two out of three voters"
        }
        if (next == null) {
            return false;
        }
        if (lexicon.isShareNoun(next.text())) {
            return true;
        }
        int k = unitAt + 1;
        Token whole = tokenAt(k);
        if (!next.lower().equals("of") || whole == null) {
            return false;
        }
        if (whole.pos().equals("DT") || whole.pos().equals("PRP$")) {
            whole = tokenAt(k + 1);
        }
        return whole != null && (whole.isNoun() || whole.pos().startsWith("JJ") || whole.pos().equals("CD"))
                && lexicon.durationUnit(whole.text()).isEmpty() && lexicon.measureUnit(whole.text()).isEmpty()
                && lexicon.currency(whole.text()).isEmpty() && lexicon.multiplier(whole.text()).isEmpty();
    }

    /** "One tourist killed", "one soldier was wounded": "one" and a noun in a sentence about casualties. */
    boolean isCasualtyCount(int after) {
        Token noun = tokenAt(after);
        return noun != null && noun.pos().equals("NN") && sentence.tokens().stream()
                .anyMatch(t -> t.isVerb() && lexicon.isCasualtyVerb(t.lower()));
    }

    /** "one in five", "two out of three": a number of a number. */
    private static boolean isRatio(List<String> words) {
        return words.size() >= 3 && (words.contains("in") || words.contains("out") && words.contains("of"));
    }

    /** "75ml", "200lbs", "100元": a unit or currency written right after the digits is no part of a name. */
    private boolean unitGluedAfter(int i) {
        Token t = tokenAt(i);
        Token number = tokenAt(i - 1);
        if (t == null || t.begin() != number.end() || !number.text().chars().allMatch(c -> Character.isDigit(c)
                || c == '.' || c == ',')) {
            return false;
        }
        return lexicon.measureUnit(t.text()).isPresent() || lexicon.currency(t.text()).isPresent();
    }

    /** @return where "percent of" starts before a number that no other number precedes ("10 percent of 20") */
    Optional<Integer> percentOfBefore(int s) {
        Token of = tokenAt(s - 1);
        Token word = tokenAt(s - 2);
        if (of == null || word == null || !of.lower().equals("of")) {
            return Optional.empty();
        }
        int start = word.lower().equals("cent") && tokenAt(s - 3) != null && tokenAt(s - 3).lower().equals("per")
                ? s - 3 : s - 2;
        boolean percent = start == s - 3 || lexicon.isPercentWord(word.lower()) && !word.text().equals("%")
                && !word.lower().equals("percentage");
        Token before = tokenAt(start - 1);
        return percent && (before == null || !isNumberToken(before)) ? Optional.of(start) : Optional.empty();
    }

    /** "pounds" after a number in a sentence about weight, with no currency sign before the number. */
    boolean isWeightPound(Token next, int s, int e) {
        if (!next.lower().startsWith("pound") || currencySymbolBefore(s).isPresent()
                || multiplierAt(e - 1).isPresent()) {
            return false;
        }
        return sentence.tokens().stream().anyMatch(t -> lexicon.isWeightCue(t.text()));
    }

    /** "5 ft 2 in", "5 feet and 2 inches": one height in feet. */
    boolean readFeetAndInches(int s, int feetUnit, double feet, Optional<String> qualifier) {
        int k = feetUnit + 1;
        if (tokenAt(k) != null && tokenAt(k).lower().equals("and")) {
            k++;
        }
        Token inches = tokenAt(k);
        Token unit = tokenAt(k + 1);
        if (inches == null || unit == null || !NumberValueParser.isDigits(inches.text())
                && lexicon.numberWord(inches.text()).isEmpty()) {
            return false;
        }
        boolean inchUnit = unit.lower().equals("in") || lexicon.measureUnit(unit.text()).filter("inch"::equals)
                .isPresent();
        Optional<Double> n = parser.parse(List.of(inches.text()));
        if (!inchUnit || n.isEmpty() || n.get() >= 12) {
            return false;
        }
        add(s, k + 1, Kind.MEASURE, Optional.of(feet + n.get() / 12), Optional.empty(), Optional.of("foot"),
                qualifier);
        consumedTo = Math.max(consumedTo, k + 2);
        return true;
    }

    /**
     * Adds an amount of money whose currency is written after it, with the cents that may follow: "3 dollars 50
     * cents", "thirteen dollars and forty-five cents", "15 dollars 50", "17 USD 25".
     */
    void addMoney(int from, int to, double value, String code, Optional<String> qualifier) {
        int last = to;
        double amount = value;
        boolean mainUnit = value == Math.rint(value) && lexicon.currencyFactor(sentence.token(to).text()) == 1.0;
        int k = to + 1;
        if (tokenAt(k) != null && tokenAt(k).lower().equals("and")) {
            k++;
        }
        Optional<NumberPhraseReader.Phrase> cents = mainUnit && tokenAt(k) != null && !tokenAt(k).lower().equals("a")
                ? phrases.read(sentence, k) : Optional.empty();
        if (cents.isPresent() && cents.get().value() >= 1 && cents.get().value() < 100
                && cents.get().value() == Math.rint(cents.get().value())) {
            Token after = tokenAt(cents.get().end());
            boolean subunit = after != null && lexicon.currencyFactor(after.text()) == 0.01;
            if (subunit || after == null || !after.isNoun() && currencySymbol(after).isEmpty()
                    && !isNumberToken(after)) {
                amount = value + cents.get().value() / 100;
                last = subunit ? cents.get().end() : cents.get().end() - 1;
            }
        }
        add(from, last, Kind.MONEY, Optional.of(amount), Optional.empty(), Optional.of(code), qualifier);
        consumedTo = Math.max(consumedTo, last + 1);
    }

    Optional<Double> multiplierAt(int i) {
        Token t = tokenAt(i);
        return t == null || t.text().length() < 3 ? Optional.empty() : lexicon.multiplier(t.text());
    }

    /** "c $", "hk $", "mxn$": letters before a dollar sign that name whose dollar it is; not "a $1 billion". */
    boolean currencyPrefixed(int symbol) {
        Token prefix = tokenAt(symbol - 1);
        return prefix != null && prefix.text().chars().allMatch(Character::isLetter)
                && !prefix.pos().equals("DT")
                && lexicon.currency(prefix.text() + sentence.token(symbol).text()).isPresent();
    }

    /** "22 people ..., with 25 others injured": "others" are more of what the sentence counted before, in no tally. */
    Optional<String> previousCountUnit() {
        for (int i = found.size() - 1; i >= 0; i--) {
            Quantity q = found.get(i);
            if (q.kind() == Kind.COUNT && q.unit().isPresent() && !tallies.contains(q)) { // "passed 6-2": votes only
                return q.unit();
            }
        }
        return Optional.empty();
    }

    /** "ten-storey", "90-minute", "eleven-month-old", "5-mile". */
    void readHyphenCompound(int s, int noun, double value, Optional<String> qualifier,
                                    boolean onlyDurations) {
        Token word = sentence.token(noun);
        Optional<NumberLexicon.DurationUnit> duration = lexicon.durationUnit(word.text());
        if (duration.isPresent()) {
            Token dash = tokenAt(noun + 1);
            Token old = tokenAt(noun + 2);
            if (dash != null && dash.pos().equals("HYPH") && old != null && old.lower().equals("old")) {
                add(s, noun + 2, Kind.AGE, Optional.of(value), Optional.empty(),
                        Optional.of(EnglishPlural.of(duration.get().singular())), qualifier);
            } else {
                add(s, noun, Kind.DURATION, Optional.of(value), Optional.of(isoDuration(value, duration.get())),
                        Optional.of(duration.get().singular()), qualifier);
            }
            return;
        }
        if (onlyDurations) {
            return;
        }
        if (lexicon.currency(word.text()).isPresent() && word.isNoun()) {
            add(s, noun, Kind.MONEY, Optional.of(value * lexicon.currencyFactor(word.text())), Optional.empty(),
                    lexicon.currency(word.text()), qualifier); // "a one-yen bid", "a 12-cent dividend"
        } else if (lexicon.measureUnit(word.text()).isPresent()) {
            add(s, noun, Kind.MEASURE, Optional.of(value), Optional.empty(), lexicon.measureUnit(word.text()),
                    qualifier);
        } else if (word.isNoun()) {
            add(s, noun, Kind.COUNT, Optional.of(value), Optional.empty(),
                    Optional.of(EnglishPlural.of(word.lower())), qualifier);
        } else if (word.pos().startsWith("JJ")) { // "a 5,000-strong force": the noun after the compound is counted
            Token head = tokenAt(noun + 1);
            Optional<String> unit = head != null && (head.pos().equals("NN") || head.pos().equals("NNS"))
                    ? Optional.of(head.lower()) : Optional.empty();
            add(s, noun, Kind.COUNT, Optional.of(value), Optional.empty(), unit, qualifier);
        }
    }

    boolean isGluedWord(int i) {
        Token t = tokenAt(i);
        Token dash = tokenAt(i - 1);
        return t != null && dash != null && t.begin() == dash.end() && t.text().chars().allMatch(Character::isLetter);
    }

    /** "between 36 and 40 people": from the first bound, the unit comes after the second. */
    private int skipRangeBound(int after) {
        Token connector = tokenAt(after);
        if (connector == null || !lexicon.isJoiner(NumberLexicon.Joiner.RANGE_BOUND, connector.lower())) {
            return after;
        }
        int k = after + 1;
        if (tokenAt(k) != null && currencySymbol(tokenAt(k)).isPresent()) {
            k++;
        }
        if (tokenAt(k) == null || !isNumberToken(tokenAt(k))) {
            return after;
        }
        while (tokenAt(k) != null && isNumberToken(tokenAt(k))) {
            k++;
        }
        return k;
    }

    boolean isPercentAt(int i) {
        Token t = tokenAt(i);
        if (t == null) {
            return false;
        }
        if (lexicon.isPercentWord(t.lower())) {
            return true;
        }
        Token cent = tokenAt(i + 1);
        return t.lower().equals("per") && cent != null && cent.lower().equals("cent");
    }

    /** "aged 64", "Adamowicz, 53,", "his sister, 31,". */
    boolean isAge(int s, int e, double value) {
        Token before = tokenAt(s - 1);
        if (before != null && lexicon.isAgeCue(before.text())) {
            return true;
        }
        if (qualifierBefore(s).isPresent()) {
            for (int k = s - 1; k >= s - 2 && k > 0 && sentence.token(k).pos().matches("IN|RB.*|JJ[RS]"); k--) {
                if (lexicon.isAgeCue(sentence.token(k - 1).text()) && sentence.token(k - 1).isVerb()) {
                    return true; // "aged under 21", "aged at least 18"
                }
            }
        }
        Token age = tokenAt(s - 2);
        if (before != null && before.lower().equals("of") && age != null && age.isNoun()
                && lexicon.isAgeCue(age.text())) {
            return true; // "at the age of 87"
        }
        Token after = tokenAt(e);
        boolean wholeYears = value == Math.rint(value) && value > 0 && value < 125;
        boolean noNoun = after == null || after.isNer("DATE") || !after.isNoun() && !after.pos().startsWith("JJ")
                && !after.pos().equals("CD");
        if (wholeYears && noNoun && isAgeRange(s)) {
            return true; // "aged between 18 and 25", "aged 18 to 25"
        }
        if (wholeYears && noNoun && before != null && before.isVerb() && lexicon.isAgeVerb(before.text())) {
            return true; // "who turns 70 next month"
        }
        Token verb = tokenAt(s - 2);
        if (wholeYears && noNoun && before != null && verb != null && verb.isVerb()
                && lexicon.isAgeVerb(verb.lower() + " " + before.lower())) {
            return true; // "died at 87"
        }
        int be = s - 1;
        while (be > 0 && sentence.token(be).pos().startsWith("RB")) {
            be--; // "who was only 27", "Smith was just 19"
        }
        Token copula = tokenAt(be);
        boolean endsAge = after == null || after.text().equals(",") || after.text().equals(".") || isAtTheTime(e)
                || after.lower().equals("when");
        if (wholeYears && e - s == 1 && noNoun && copula != null && copula.lemma().equals("be")
                && tokenAt(be - 1) != null && tokenAt(be - 1).lower().equals("who") && isPersonBefore(be - 2)
                && endsAge) {
            return true; // "Smith, who is 34, said", "the boy, who was 12.", "a farmer, who was 71 at the time"
        }
        if (wholeYears && e - s == 1 && before != null && after != null
                && lexicon.isJoiner(NumberLexicon.Joiner.BRACKET_OPEN, before.text())
                && lexicon.isJoiner(NumberLexicon.Joiner.BRACKET_CLOSE, after.text()) && tokenAt(s - 2) != null
                && isPersonName(tokenAt(s - 2))) {
            return true; // "John Smith (45)": an age in brackets after a name
        }
        if (wholeYears && e - s == 1 && copula != null && copula.lemma().equals("be") && endsAge
                && isPersonSubject(be - 1)) {
            return true; // "The veteran was 96.", "Smith is 34,", "Jones was 19 when she joined"
        }
        if (wholeYears && e - s == 1 && before != null && (before.lower().equals("and") || before.lower().equals("or"))
                && !found.isEmpty() && found.get(found.size() - 1).kind() == Kind.AGE
                && found.get(found.size() - 1).end() == tokenAt(s - 2).end()) {
            return true; // "The victims, 23 and 25,": the second of two ages
        }
        int comma = before != null && before.pos().startsWith("RB") ? s - 2 : s - 1; // "The woman, now 82,"
        Token mark = tokenAt(comma);
        Token person = tokenAt(comma - 1);
        boolean isPerson = person != null && (isPersonName(person) || person.isNoun() && !person.isProperNoun()
                && lexicon.isPersonNoun(person.text()));
        boolean pairOfAges = after != null && (after.lower().equals("and") || after.lower().equals("or"))
                && tokenAt(e + 1) != null && isNumberToken(tokenAt(e + 1)) && tokenAt(e + 2) != null
                && tokenAt(e + 2).text().equals(","); // "The victims, 23 and 25, died"
        return wholeYears && e - s == 1 && mark != null && mark.text().equals(",") && isPerson
                && (after == null || after.text().equals(",") || after.text().equals(".") || pairOfAges);
    }

    /**
     * "2019-nCoV", "2020-CoV2": digits joined by a hyphen to a code with capitals or digits inside it, one name.
     *
     * @param after the token after the digits
     */
    private boolean gluedToCode(int after) {
        Token dash = tokenAt(after);
        Token code = tokenAt(after + 1);
        return dash != null && code != null && dash.pos().equals("HYPH") && dash.begin() == tokenAt(after - 1).end()
                && code.begin() == dash.end() && code.text().chars().anyMatch(Character::isLetter)
                && code.text().substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** "at the time" after a number. */
    private boolean isAtTheTime(int e) {
        Token at = tokenAt(e);
        Token the = tokenAt(e + 1);
        Token time = tokenAt(e + 2);
        return at != null && the != null && time != null && at.lower().equals("at") && the.lower().equals("the")
                && time.lower().equals("time");
    }

    /** "aged between 18 and 25", "aged 18 to 25": a bound of a range of ages. */
    private boolean isAgeRange(int s) {
        int k = s - 1;
        while (k >= 0 && s - k <= 4 && (lexicon.isJoiner(NumberLexicon.Joiner.RANGE_BOUND, sentence.token(k).lower())
                || sentence.token(k).lower().equals("between") || sentence.token(k).lower().equals("from")
                || isNumberToken(sentence.token(k)))) {
            k--;
        }
        return k >= 0 && k < s - 1 && lexicon.isAgeCue(sentence.token(k).text());
    }

    /** "The veteran was", "Smith is": the subject ending at token {@code last} is a person or a noun for one. */
    private boolean isPersonSubject(int last) {
        int k = last;
        while (k >= 0 && sentence.token(k).pos().startsWith("RB")) {
            k--; // "Smith is now 34"
        }
        Token head = tokenAt(k);
        Token before = tokenAt(k - 1);
        boolean startsClause = before == null || before.pos().equals("DT") || before.pos().equals("PRP$")
                || before.isProperNoun() || before.pos().startsWith("JJ") || before.text().equals(",");
        return head != null && startsClause && (isPersonName(head) || head.isNoun() && !head.isProperNoun()
                && lexicon.isPersonNoun(head.text()));
    }

    /** A name CoreNLP tags as a person here, or an untagged proper noun it tags as one elsewhere in the article. */
    private boolean isPersonName(Token t) {
        return t.isNer("PERSON") || t.isNer("O") && t.isProperNoun() && personNames.contains(t.text());
    }

    /** "Smith, who": a person, or a noun for one, before a comma ending at token {@code comma}. */
    private boolean isPersonBefore(int comma) {
        Token mark = tokenAt(comma);
        Token person = tokenAt(comma - 1);
        return mark != null && mark.text().equals(",") && person != null && (isPersonName(person)
                || person.isNoun() && !person.isProperNoun() && lexicon.isPersonNoun(person.text()));
    }

    Optional<String> qualifierBefore(int s) {
        for (int length = 5; length >= 1; length--) {
            if (s - length < 0) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int i = s - length; i < s; i++) {
                if (phrase.length() > 0) {
                    phrase.append(' ');
                }
                phrase.append(sentence.token(i).lower());
            }
            Optional<String> q = lexicon.qualifier(phrase.toString());
            if (q.isPresent() && !isPartOfSymbolRun(s - length)) {
                return q;
            }
        }
        return Optional.empty();
    }

    /** "=>30", "<>30": a comparison sign glued to another is no bound we know. */
    private boolean isPartOfSymbolRun(int i) {
        Token t = tokenAt(i);
        Token before = tokenAt(i - 1);
        return before != null && before.end() == t.begin() && "<>=".contains(before.text())
                && "<>=".contains(t.text());
    }

    private Optional<String> trailingQualifierAt(int i) {
        Token a = tokenAt(i);
        Token b = tokenAt(i + 1);
        Token c = tokenAt(i + 2);
        Token d = tokenAt(i + 3);
        if (a == null || b == null || c != null && (isNumberToken(c)
                || c.lower().equals("than") && d != null && isNumberToken(d))) {
            return Optional.empty(); // "5000 or less than 6000": the words bound the next number
        }
        return lexicon.trailingQualifier(a.lower() + " " + b.lower());
    }

    Optional<String> currencySymbolBefore(int s) {
        Token before = tokenAt(s - 1);
        if (before == null) {
            return Optional.empty();
        }
        Optional<String> letters = letterSign(before, s);
        if (letters.isPresent()) {
            return letters;
        }
        if (currencyPrefixed(s - 1)) {
            return lexicon.currency(tokenAt(s - 2).text() + before.text());
        }
        boolean code = before.text().length() == 3 && before.text().chars().allMatch(Character::isLetter)
                && lexicon.currency(before.text()).isPresent() && !before.isProperNoun() // "rmb 10"
                && !before.isVerb() // "Ortega won 62.4%": the verb, not the currency
                && (tokenAt(s - 2) == null || !isNumberToken(tokenAt(s - 2))); // not "10 rmb 20 usd"
        return code ? lexicon.currency(before.text()) : currencySymbol(before);
    }

    /**
     * "N64,050", "N 229 million": Nigerian news writes the naira as a capital N, South African news the rand as
     * R, glued to the amount or before an amount in millions.
     *
     * @return the currency of the letters before token s
     */
    Optional<String> letterSign(Token before, int s) {
        Optional<String> code = lexicon.currencyLetters(before.text());
        boolean glued = before.end() == sentence.token(s).begin();
        return code.filter(c -> glued || multiplierAt(s + 1).isPresent());
    }

    /** "$", "€", "US$", "USD": a currency written before the amount, never a word like "dollars". */
    Optional<String> currencySymbol(Token t) {
        boolean symbolic = t.text().chars().anyMatch(c -> !Character.isLetter(c))
                || t.text().equals(t.text().toUpperCase(Locale.ROOT)) && t.text().length() >= 3
                && t.text().length() <= 4
                || t.text().length() == 2 && Character.isUpperCase(t.text().charAt(0)); // "Rs 500 crore"
        return symbolic ? lexicon.currency(t.text()) : Optional.empty();
    }

    boolean hasDigit(int start, int end) {
        for (int i = start; i < end; i++) {
            if (sentence.token(i).text().chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    Token tokenAt(int i) {
        return i >= 0 && i < sentence.size() ? sentence.token(i) : null;
    }

    static String isoDuration(double value, NumberLexicon.DurationUnit unit) {
        String amount = formatNumber(value * unit.factor());
        return (unit.timePart() ? "PT" : "P") + amount + unit.designator();
    }

    static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Optional<Double> parseNormalized(String normalized) {
        String digits = normalized.replaceAll("[^0-9.Ee+-]", "");
        try {
            return digits.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void add(int from, int to, Kind kind, Optional<Double> value, Optional<String> normalized,
                     Optional<String> unit, Optional<String> qualifier) {
        int begin = sentence.token(from).begin();
        int end = sentence.token(to).end();
        found.add(new Quantity(text.substring(begin, end), begin, end, kind, value, normalized, unit, qualifier,
                Optional.empty(), Optional.empty()));
    }
}
