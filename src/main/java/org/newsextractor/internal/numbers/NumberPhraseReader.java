package org.newsextractor.internal.numbers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Reads the longest written number that starts at a token: digits ("94,000", "1.5 million", ".08", "3/4",
 * "2 1/4", "10k"), words ("one hundred and sixty-one", "twenty - one trillion", "a dozen", "three dozens"),
 * decimals in words ("five point five"), fractions ("two-thirds", "a half", "three fifths", "one over
 * three", "five and a quarter", "half a dozen") and signs ("minus five"). CoreNLP splits "sixty-one" into
 * three tokens, so a hyphen joins a tens word and a unit word, and a number word and a fraction.
 */
final class NumberPhraseReader {

    /**
     * A number read from tokens [start, end).
     *
     * @param end   index one past its last token
     * @param value its value
     */
    record Phrase(int end, double value) {
    }

    static final Pattern SLASH_FRACTION = Pattern.compile("([+-]?\\d+)/(\\d+)");
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(\\.\\d+)?[eE][+-]?\\d+");
    private static final Pattern MIXED_FRACTION = Pattern.compile("([+-]?\\d+)[\\s\u00A0]+(\\d+)/(\\d+)");
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("\\d{1,3}([ \u00A0\u202F]\\d{3})+(\\.\\d+)?");
    private static final Pattern EXPONENT = Pattern.compile("[-+]*(\\d+(\\.\\d+)?)");
    private static final Pattern LEADING_POINT = Pattern.compile("[+-]?\\.\\d+");

    private final NumberLexicon lexicon;
    private final NumberValueParser parser;

    NumberPhraseReader(NumberLexicon lexicon) {
        this.lexicon = lexicon;
        this.parser = new NumberValueParser(lexicon);
    }

    /**
     * @param s the sentence
     * @param i the index of the first token
     * @return the number written from token i, or empty when none starts there
     */
    Optional<Phrase> read(Sentence s, int i) {
        String w = lower(s, i);
        if (w == null) {
            return Optional.empty();
        }
        if (lexicon.isSignWord(w) || i == 0 && isDash(w) && digitsToken(s, 1)) {
            return unsigned(s, i + 1).map(p -> new Phrase(p.end(), -p.value())); // "minus five", "- 1 4/5"
        }
        return unsigned(s, i);
    }

    private Optional<Phrase> unsigned(Sentence s, int i) {
        Optional<Phrase> cardinal = cardinal(s, i);
        if (cardinal.isEmpty()) {
            return leadingFraction(s, i);
        }
        Phrase p = withDecimals(s, i, cardinal.get());
        return Optional.of(afterCardinal(s, i, p));
    }

    /** "five point five", "two hundred point seventy-one". */
    private Phrase withDecimals(Sentence s, int i, Phrase p) {
        if ("point".equals(lower(s, p.end())) && !digitsToken(s, i)) {
            Optional<Phrase> decimals = decimals(s, p.end() + 1);
            if (decimals.isPresent()) {
                return new Phrase(decimals.get().end(), p.value() + decimals.get().value());
            }
        }
        return p;
    }

    /** What may follow a whole number: the first of {@link PhraseRules#AFTER_CARDINAL} that reads on wins. */
    private Phrase afterCardinal(Sentence s, int i, Phrase p) {
        for (PhraseRules.AfterCardinal rule : PhraseRules.AFTER_CARDINAL) {
            Optional<Phrase> longer = rule.read(this, s, i, p);
            if (longer.isPresent()) {
                return longer.get();
            }
        }
        return p;
    }

    /** "two thirds of a million". */
    Phrase ofAMillion(Sentence s, Phrase fraction) {
        Optional<Double> scale = multiplier(s, fraction.end() + 2);
        if (fraction.value() < 1 && "of".equals(lower(s, fraction.end())) && isArticle(lower(s, fraction.end() + 1))
                && scale.isPresent() && scale.get() >= 1000) {
            return new Phrase(fraction.end() + 3, fraction.value() * scale.get());
        }
        return fraction;
    }

    /** "1.1^23", "2.5^-1", "6.23x10^-4", "-4/5": powers and fractions written with symbols. */
    Optional<Phrase> digitNotation(Sentence s, int i, Phrase p) {
        if (!digitsToken(s, i) || p.end() != i + 1) {
            return Optional.empty();
        }
        Token next = token(s, p.end());
        if (next == null || next.begin() != s.token(i).end()) {
            return Optional.empty();
        }
        int k = p.end();
        double base = p.value();
        double factor = 1;
        if (next.text().equals("x10") && "^".equals(lower(s, k + 1))) {
            factor = base;
            base = 10;
            k++;
        }
        Optional<Phrase> scientific = gluedExponent(s, k, base);
        if (scientific.isPresent()) {
            return scientific;
        }
        if ("^".equals(lower(s, k))) {
            int e = k + 1;
            StringBuilder exponent = new StringBuilder();
            while (token(s, e) != null && token(s, e).begin() == token(s, e - 1).end() && exponent.length() < 8
                    && token(s, e).text().matches("[-+]*\\d*(\\.\\d+)?")) {
                exponent.append(token(s, e).text());
                e++;
            }
            Matcher m = EXPONENT.matcher(exponent.toString());
            if (m.matches()) {
                long minuses = exponent.chars().filter(c -> c == '-').count(); // "--23" is +23
                double power = (minuses % 2 == 0 ? 1 : -1) * Double.parseDouble(m.group(1));
                return Optional.of(new Phrase(e, factor * Math.pow(base, power)));
            }
            return Optional.empty();
        }
        Token denominator = token(s, k + 1);
        if (next.text().equals("/") && denominator != null && denominator.begin() == next.end()
                && denominator.text().matches("\\d+") && !"/".equals(lower(s, k + 2))
                && Double.parseDouble(denominator.text()) != 0) {
            return Optional.of(new Phrase(k + 2, base / Double.parseDouble(denominator.text())));
        }
        return Optional.empty();
    }

    /** "1.3e6", "12.32e+14": CoreNLP splits the exponent off the digits. */
    private static Optional<Phrase> gluedExponent(Sentence s, int k, double base) {
        StringBuilder exponent = new StringBuilder();
        int e = k;
        while (token(s, e) != null && token(s, e).begin() == token(s, e - 1).end() && e - k < 3) {
            exponent.append(token(s, e).text());
            e++;
            if (exponent.toString().matches("[eE][+-]?\\d+")) {
                return Optional.of(new Phrase(e, base * Math.pow(10, Double.parseDouble(exponent.substring(1)))));
            }
        }
        return Optional.empty();
    }

    /** "a half", "a quarter million", "half a dozen", "3/4", "a hundredth". */
    Optional<Phrase> leadingFraction(Sentence s, int i) {
        String w = lower(s, i);
        if (w == null) {
            return Optional.empty();
        }
        Token t = s.token(i);
        if (SLASH_FRACTION.matcher(t.text()).matches()) {
            return Optional.of(slashFraction(t.text(), i + 1));
        }
        if (w.equals("half") && isArticle(lower(s, i + 1)) && multiplier(s, i + 2).isPresent()) {
            return Optional.of(new Phrase(i + 3, 0.5 * multiplier(s, i + 2).get()));
        }
        if ((w.equals("half") || w.equals("quarter")) && multiplier(s, i + 1).isPresent()) {
            return Optional.of(new Phrase(i + 2, lexicon.fraction(w).orElseThrow() * multiplier(s, i + 1).get()));
        }
        if (!isArticle(w)) {
            return Optional.empty();
        }
        Optional<Phrase> compound = compoundDenominator(s, new Phrase(i + 1, 1)); // "a twenty-first"
        if (compound.isPresent()) {
            return compound;
        }
        Optional<Double> part = lexicon.fraction(orEmpty(lower(s, i + 1)));
        if (part.isEmpty() || isOrdinalBeforeNoun(s, i + 1)) {
            return Optional.empty();
        }
        Optional<Double> scale = multiplier(s, i + 2);
        if (scale.isPresent()) {
            return Optional.of(new Phrase(i + 3, part.get() * scale.get()));
        }
        return Optional.of(new Phrase(i + 2, part.get()));
    }

    /** "a fourth offender", "a fifth term": an ordinal, not a fraction; "a half turn" stays a fraction. */
    private static boolean isOrdinalBeforeNoun(Sentence s, int denominator) {
        String word = s.token(denominator).lower();
        Token next = token(s, denominator + 1);
        boolean ordinalWord = !word.startsWith("half") && !word.startsWith("quarter");
        return ordinalWord && next != null && (next.isNoun() || next.pos().startsWith("JJ"));
    }

    /** "three fifths" after the cardinal "three"; "two - thirds" with CoreNLP's split hyphen. */
    Optional<Phrase> fractionAfter(Sentence s, Phrase numerator) {
        Optional<Phrase> compound = compoundDenominator(s, numerator);
        if (compound.isPresent()) {
            return compound;
        }
        int k = numerator.end();
        if (isDash(orEmpty(lower(s, k))) && lexicon.fraction(orEmpty(lower(s, k + 1))).isPresent()) {
            k++;
        }
        Optional<Double> part = lexicon.fraction(orEmpty(lower(s, k)));
        if (part.isEmpty() || numerator.value() != Math.rint(numerator.value())) {
            return Optional.empty();
        }
        if (lower(s, k).startsWith("second")) {
            return Optional.empty();
        }
        Optional<Double> scale = multiplier(s, k + 1);
        if (scale.isPresent()) {
            return Optional.of(new Phrase(k + 2, numerator.value() * part.get() * scale.get())); // "three quarters billion"
        }
        return Optional.of(new Phrase(k + 1, numerator.value() * part.get()));
    }

    /**
     * "three twenty-firsts" is 3/21 and "one hundred thirty fifths" 100/35: a tens word right before an ordinal
     * belongs to the denominator, unless "and" joins it to the numerator ("one hundred and thirty fifths").
     */
    private Optional<Phrase> compoundDenominator(Sentence s, Phrase numerator) {
        int k = numerator.end();
        Optional<Double> tens = tensWord(s, k);
        double top = numerator.value();
        if (tens.isEmpty()) {
            Token last = token(s, k - 1);
            tens = last != null && !"and".equals(lower(s, k - 2)) && k - 2 >= 0 && lexicon.numberWord(orEmpty(lower(s, k - 2))).isPresent()
                    || last != null && multiplier(s, k - 2).isPresent() ? tensWord(s, k - 1) : Optional.empty();
            if (tens.isEmpty()) {
                return Optional.empty();
            }
            top -= tens.get();
            k--;
        }
        int o = isDash(orEmpty(lower(s, k + 1))) ? k + 2 : k + 1;
        Optional<Integer> unit = ordinalUnit(orEmpty(lower(s, o)));
        if (unit.isEmpty() || top < 1 || top != Math.rint(top) || isOrdinalBeforeNoun(s, o)) {
            return Optional.empty();
        }
        return Optional.of(new Phrase(o + 1, top / (tens.get() + unit.get())));
    }

    private Optional<Double> tensWord(Sentence s, int i) {
        Token t = token(s, i);
        if (t == null || !t.text().chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return lexicon.numberWord(t.lower()).filter(v -> v >= 20 && v < 100 && v % 10 == 0);
    }

    /** "first", "fifths": the ordinal of a unit, 1 to 9, written as a fraction's denominator. */
    private Optional<Integer> ordinalUnit(String word) {
        if (word.equals("first") || word.equals("firsts")) {
            return Optional.of(1);
        }
        if (word.startsWith("second") || word.startsWith("half") || word.startsWith("quarter")) {
            return Optional.empty();
        }
        return lexicon.fraction(word).map(f -> (int) Math.round(1 / f)).filter(n -> n >= 3 && n <= 9);
    }

    /** Digit words after "point": "zero three" is .03, "seventy-one" is .71. */
    private Optional<Phrase> decimals(Sentence s, int i) {
        StringBuilder digits = new StringBuilder();
        int k = i;
        while (true) {
            Optional<Double> v = lexicon.numberWord(orEmpty(lower(s, k)));
            if (v.isEmpty() || v.get() >= 100 || isArticle(lower(s, k))) {
                break;
            }
            int value = v.get().intValue();
            if (value >= 20 && value % 10 == 0 && isDash(orEmpty(lower(s, k + 1)))
                    && unitWord(s, k + 2).isPresent()) {
                value += unitWord(s, k + 2).get();
                k += 2;
            }
            digits.append(value);
            k++;
        }
        if (digits.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Phrase(k, Double.parseDouble("0." + digits)));
    }

    /** A whole number in digits or words, with its scale words: "1.5 million", "twenty - one trillion". */
    Optional<Phrase> cardinal(Sentence s, int i) {
        Token t = token(s, i);
        if (t == null) {
            return Optional.empty();
        }
        double total = 0;
        double current;
        int k;
        String w = t.lower();
        Optional<Double> digits = digitValue(t.text());
        if (digits.isPresent()) {
            current = digits.get();
            k = i + 1;
        } else if (isArticle(w) && multiplier(s, i + 1).isPresent()) {
            current = 1; // "a hundred", "a dozen", "a million"
            k = i + 1;
        } else if (lexicon.numberWord(w).isPresent() && !isArticle(w)) {
            current = 0;
            k = i;
        } else if (lexicon.multiplier(w).isPresent() && t.pos().equals("CD") && w.chars().allMatch(Character::isLetter)
                && w.length() > 2) {
            current = 1;
            k = i;
        } else {
            return Optional.empty();
        }
        boolean wordsAllowed = digits.isEmpty();
        int end = k;
        double lastScale = Double.MAX_VALUE;
        while (true) {
            String word = orEmpty(lower(s, k));
            Optional<Double> scale = token(s, k) == null ? Optional.empty() : lexicon.multiplier(token(s, k).text());
            Optional<Double> unit = wordsAllowed && !isArticle(word) ? lexicon.numberWord(word) : Optional.empty();
            if (scale.isPresent() && !(word.length() == 1 && digits.isEmpty()) && !isSpacedMeter(s, i, k)
                    && token(s, k).text().chars().allMatch(Character::isLetter)) {
                double m = scale.get();
                double base = current == 0 ? 1 : current;
                if (m < 1000) {
                    current = base * m;
                } else if (current == 0 && total > 0 && m > lastScale) {
                    total *= m; // "three lakh crore", "a thousand million"
                    lastScale = m;
                } else {
                    total += base * m;
                    current = 0;
                    lastScale = m;
                }
                k++;
                end = k;
                wordsAllowed = true;
                // "4 thousand 3 hundred": digits between scale words
                Optional<Double> nextScale = multiplier(s, k + 1);
                Token digitsAfter = token(s, k);
                if (digits.isPresent() && digitsAfter != null && digitsAfter.text().matches("\\d{1,3}")
                        && nextScale.isPresent() && nextScale.get() < m) {
                    current += Double.parseDouble(digitsAfter.text());
                    k++;
                }
                continue;
            }
            if (unit.isPresent()) {
                double u = unit.get();
                if (current != 0 && current % 100 != 0 && u >= 10 && current < 100) {
                    break; // "twenty twenty": two numbers
                }
                if (current % 10 != 0 && current < 100 && current != 0) {
                    break; // "five six"
                }
                current += u;
                k++;
                // "sixty - one": CoreNLP splits the hyphen off
                if (u >= 20 && u < 100 && isDash(orEmpty(lower(s, k))) && unitWord(s, k + 1).isPresent()) {
                    current += unitWord(s, k + 1).get();
                    k += 2;
                }
                end = k;
                continue;
            }
            // "one hundred and six", "two thousand and two hundred": "and" after a scale word
            if (word.equals("and") && (current >= 100 || total > 0 && current == 0) && (digits.isEmpty() || end > i + 1)
                    && lexicon.numberWord(orEmpty(lower(s, k + 1))).isPresent() && !isArticle(lower(s, k + 1))
                    && lexicon.fraction(orEmpty(lower(s, k + 2))).isEmpty()) {
                k++;
                continue;
            }
            // "3 hundred and 21": digits after "hundred and" when the number began in digits
            Token afterAnd = token(s, k + 1);
            if (word.equals("and") && digits.isPresent() && end > i + 1 && current >= 100 && current % 100 == 0
                    && "hundred".equals(lower(s, end - 1)) && afterAnd != null && afterAnd.text().matches("[1-9]\\d?") && multiplier(s, k + 2).isEmpty()) {
                current += Double.parseDouble(afterAnd.text());
                k += 2;
                end = k;
                continue;
            }
            break;
        }
        if (end == i && digits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Phrase(end, total + current));
    }

    /** "1 m x 1 m": a lone "m" apart from the digits is meters, unless money comes before ("$ 3 m"). */
    private boolean isSpacedMeter(Sentence s, int start, int k) {
        Token t = token(s, k);
        Token before = token(s, start - 1);
        boolean money = before != null && (before.pos().equals("$") || lexicon.currency(before.text()).isPresent());
        return t.text().equals("m") && t.begin() > token(s, k - 1).end() && !money;
    }

    private Optional<Double> unitWord(Sentence s, int i) {
        Optional<Double> v = lexicon.numberWord(orEmpty(lower(s, i)));
        return v.filter(x -> x >= 1 && x <= 9 && !isArticle(lower(s, i)));
    }

    Optional<Double> multiplier(Sentence s, int i) {
        String w = lower(s, i);
        return w == null || w.length() < 3 ? Optional.empty() : lexicon.multiplier(w);
    }

    /** "94,000", "3.5", ".08", "1e10", "10k", "1.2b". */
    private Optional<Double> digitValue(String text) {
        if (NumberValueParser.isDigits(text)) {
            return Optional.of(Double.parseDouble(text.replace(",", "")));
        }
        if (SPACED_THOUSANDS.matcher(text).matches()) {
            return Optional.of(Double.parseDouble(text.replaceAll("[ \u00A0\u202F]", ""))); // "1 414 021 100"
        }
        Matcher mixed = MIXED_FRACTION.matcher(text);
        if (mixed.matches() && Double.parseDouble(mixed.group(3)) != 0) {
            // "10 1/2": CoreNLP keeps a whole number and its fraction as one token
            return Optional.of(Double.parseDouble(mixed.group(1))
                    + Double.parseDouble(mixed.group(2)) / Double.parseDouble(mixed.group(3)));
        }
        if (LEADING_POINT.matcher(text).matches() || SCIENTIFIC.matcher(text).matches()) {
            return Optional.of(Double.parseDouble(text));
        }
        if (text.chars().anyMatch(Character::isDigit) && Character.isDigit(text.charAt(0))) {
            return parser.parse(java.util.List.of(text));
        }
        return Optional.empty();
    }

    static Phrase slashFraction(String text, int end) {
        Matcher m = SLASH_FRACTION.matcher(text);
        m.matches();
        double denominator = Double.parseDouble(m.group(2));
        return new Phrase(end, denominator == 0 ? 0 : Double.parseDouble(m.group(1)) / denominator);
    }

    static boolean digitsToken(Sentence s, int i) {
        Token t = token(s, i);
        return t != null && Character.isDigit(t.text().charAt(t.text().length() - 1));
    }

    private boolean isDash(String word) {
        return lexicon.isJoiner(NumberLexicon.Joiner.NUMBER_DASH, word);
    }

    static boolean isArticle(String w) {
        return "a".equals(w) || "an".equals(w);
    }

    static boolean isTemporal(Token t) {
        return t != null && (t.isNer("DATE") || t.isNer("TIME") || t.isNer("DURATION"));
    }

    static Token token(Sentence s, int i) {
        return i >= 0 && i < s.size() ? s.token(i) : null;
    }

    static String lower(Sentence s, int i) {
        Token t = token(s, i);
        return t == null ? null : t.lower();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
