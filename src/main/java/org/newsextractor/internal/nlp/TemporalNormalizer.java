package org.newsextractor.internal.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextractor.internal.Resources;

/**
 * Gives dates and durations ISO 8601 values without SUTime. SUTime is a third of CoreNLP's NER load time and
 * about half its time per article; without it, NER still finds dates and numbers but writes dates as
 * {@code 20210901} or {@code ****1222}, leaves "24 hours" without a value, and reads "two-hour" as a number. This
 * pass rewrites those tags into the forms SUTime would give ({@code 2021-09-01}, {@code XXXX-12-22},
 * {@code PT24H}, {@code PT2H}), which is what the rest of the library reads.
 */
public final class TemporalNormalizer {
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern MONTH_DAY = Pattern.compile("\\*{4}(\\d{2})(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("\\*{4}(\\d{2})");
    private static final Map<String, String> WEEKDAYS = Map.of("monday", "1", "tuesday", "2", "wednesday", "3",
            "thursday", "4", "friday", "5", "saturday", "6", "sunday", "7");

    private static final Map<String, String> DAY_WORDS = Map.of("today", "THIS P1D", "yesterday", "OFFSET P-1D",
            "tomorrow", "OFFSET P1D", "tonight", "THIS P1D");
    private static final Map<String, String> PERIODS = Map.of("week", "P1W", "weekend", "P1W", "month", "P1M",
            "year", "P1Y", "decade", "P10Y", "century", "P100Y");

    private final Map<String, String> designators = new HashMap<>();
    private final Map<String, String> numberWords = new HashMap<>();

    /** Loads the unit designators and number words from {@code models/}. */
    public TemporalNormalizer() {
        for (String[] row : Resources.table("time/duration-designators.tsv")) {
            designators.put(row[0], row[1]);
        }
        for (String[] row : Resources.table("numbers/number_words.tsv")) {
            numberWords.put(row[0], row[1]);
        }
    }

    /**
     * @param tokens a sentence's tokens as CoreNLP tagged them without SUTime
     * @return the tokens with dates, durations and times of day in SUTime's forms
     */
    public List<Token> normalize(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 0; i < out.size(); i++) {
            Token t = out.get(i);
            if (t.isNer("DATE")) {
                out.set(i, with(t, "DATE", date(t.normalized())));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            i = durationAt(out, i);
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            timeOfDayAt(out, i);
        }
        for (int i = 0; i < out.size(); i++) {
            i = relativeDateAt(out, i);
        }
        joinYearOffsets(out);
        return out;
    }

    static String date(String value) {
        String v = value == null ? "" : value.strip();
        Matcher m;
        if ((m = FULL_DATE.matcher(v)).matches()) {
            return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        }
        if ((m = YEAR_MONTH.matcher(v)).matches()) {
            return m.group(1) + "-" + m.group(2);
        }
        if ((m = MONTH_DAY.matcher(v)).matches()) {
            return "XXXX-" + m.group(1) + "-" + m.group(2);
        }
        if ((m = MONTH.matcher(v)).matches()) {
            return "XXXX-" + m.group(1);
        }
        String weekday = WEEKDAYS.get(v.toLowerCase(Locale.ROOT));
        return weekday != null ? "XXXX-WXX-" + weekday : v;
    }

    /**
     * "24 hours", "two-hour", "90-minute", "eleven-month-old": a number, an optional hyphen, a time unit, and an
     * optional "-old". Returns the index of the last token looked at.
     */
    private int durationAt(List<Token> tokens, int i) {
        String number = numberValue(tokens.get(i));
        if (number == null) {
            return i;
        }
        int j = i + 1;
        boolean hyphen = j < tokens.size() && tokens.get(j).text().equals("-");
        if (hyphen) {
            j++;
        }
        if (j >= tokens.size()) {
            return i;
        }
        String designator = designators.get(tokens.get(j).lower());
        if (designator == null) {
            return i;
        }
        int last = j;
        if (hyphen && j + 2 < tokens.size() && tokens.get(j + 1).text().equals("-")
                && tokens.get(j + 2).lower().equals("old")) {
            last = j + 2;
        }
        String iso = iso(number, designator);
        for (int k = i; k <= last; k++) {
            tokens.set(k, with(tokens.get(k), "DURATION", iso));
        }
        return last;
    }

    private static String iso(String number, String designator) {
        boolean time = designator.startsWith("T");
        String unit = time ? designator.substring(1) : designator;
        String multiplier = unit.replaceAll("[A-Z]", "");
        String letter = unit.replaceAll("\\d", "");
        String amount = number;
        if (!multiplier.isEmpty()) {
            amount = trim(Double.parseDouble(number) * Integer.parseInt(multiplier));
        }
        return "P" + (time ? "T" : "") + amount + letter;
    }

    /**
     * "this week", "last year", "yesterday": relative dates, tagged DATE as SUTime would (with an unresolved value)
     * so that later steps treat them as time, not as a noun phrase. Returns the index of the last token tagged.
     */
    private static int relativeDateAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isNer("O")) {
            return i;
        }
        String w = t.lower();
        if (DAY_WORDS.containsKey(w)) {
            tokens.set(i, with(t, "DATE", DAY_WORDS.get(w)));
            return i;
        }
        if (!(w.equals("this") || w.equals("last") || w.equals("next")) || i + 1 >= tokens.size()) {
            return i;
        }
        String unit = PERIODS.get(tokens.get(i + 1).lower());
        if (unit == null || !tokens.get(i + 1).isNer("O")) {
            return i;
        }
        String value = w.equals("this") ? "THIS " + unit
                : "OFFSET " + (w.equals("last") ? unit.replace("P", "P-") : unit);
        tokens.set(i, with(t, "DATE", value));
        tokens.set(i + 1, with(tokens.get(i + 1), "DATE", value));
        return i + 1;
    }

    /**
     * "December 22, last year": a month and day followed by a year offset become one date, in SUTime's form
     * {@code THIS P1Y OFFSET P-1Y INTERSECT XXXX-12-22}, so the year can be resolved against the article's date.
     */
    private static void joinYearOffsets(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isNer("DATE") || !t.normalized().startsWith("XXXX-")) {
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && tokens.get(end + 1).normalized().equals(t.normalized())) {
                end++;
            }
            int j = end + 1;
            if (j < tokens.size() && tokens.get(j).text().equals(",")) {
                j++;
            }
            if (j + 1 >= tokens.size() || !tokens.get(j).normalized().matches("OFFSET P-?1Y")
                    || !tokens.get(j + 1).normalized().equals(tokens.get(j).normalized())) {
                continue;
            }
            String joined = "THIS P1Y " + tokens.get(j).normalized() + " INTERSECT " + t.normalized();
            for (int k = i; k <= j + 1; k++) {
                tokens.set(k, with(tokens.get(k), "DATE", joined));
            }
            i = j + 1;
        }
    }

    /** "6am", "6 a.m.": a time of day, not a count. */
    private static void timeOfDayAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        String n = next.lower();
        if (t.text().matches("\\d{1,2}") && (n.equals("am") || n.equals("pm") || n.equals("a.m.")
                || n.equals("p.m."))) {
            int hour = Integer.parseInt(t.text()) % 12 + (n.startsWith("p") ? 12 : 0);
            String iso = String.format("T%02d:00", hour);
            tokens.set(i, with(t, "TIME", iso));
            tokens.set(i + 1, with(next, "TIME", iso));
        }
    }

    private String numberValue(Token t) {
        String text = t.lower().replace(",", "");
        if (text.matches("\\d+(\\.\\d+)?")) {
            return text;
        }
        String word = numberWords.get(text);
        if (word != null) {
            return word;
        }
        String[] parts = text.split("-");
        if (parts.length == 2) {
            String tens = numberWords.get(parts[0]);
            String ones = numberWords.get(parts[1]);
            if (tens != null && ones != null) {
                return trim(Double.parseDouble(tens) + Double.parseDouble(ones));
            }
        }
        return null;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static Token with(Token t, String ner, String normalized) {
        return new Token(t.index(), t.text(), t.begin(), t.end(), t.pos(), t.lemma(), ner, normalized);
    }
}
