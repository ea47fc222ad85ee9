package org.newsextractor.internal.numbers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the value of a written number from its words: "94,000", "five", "1.5 million", "twenty-five",
 * "two-thirds", "a million". Knows nothing about what the number counts.
 */
final class NumberValueParser {

    private static final Pattern DIGITS = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d{1,2}(,\\d{2})+,\\d{3}|\\d+)(\\.\\d+)?");
    private static final Pattern DIGITS_WITH_SUFFIX = Pattern.compile("(\\d+(?:\\.\\d+)?)([a-zA-Z]+)");

    private final NumberLexicon lexicon;

    NumberValueParser(NumberLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @return whether the word is written in digits, such as "94,000" or "3.5" */
    static boolean isDigits(String word) {
        return DIGITS.matcher(word).matches();
    }

    /** @return whether the word can be part of a written number (digits, "five", "million", "two-thirds") */
    boolean isNumberWord(String word) {
        if (isDigits(word)) {
            return true;
        }
        if (word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an")) {
            return false;
        }
        if (lexicon.numberWord(word).isPresent() || lexicon.multiplier(word).isPresent()) {
            return true;
        }
        return word.indexOf('-') > 0 && parse(List.of(word)).isPresent();
    }

    /**
     * @param words the words of one number, in order
     * @return its value, or empty when the words are not a number
     */
    Optional<Double> parse(List<String> words) {
        double total = 0;
        double current = 0;
        boolean seen = false;
        for (String raw : words) {
            String word = raw.strip();
            if (word.isEmpty() || word.equals("-") || word.equalsIgnoreCase("and")) {
                continue;
            }
            Optional<Double> fraction = fractionOf(word);
            if (fraction.isPresent()) {
                return fraction;
            }
            Optional<Double> multiplier = lexicon.multiplier(word);
            if (isDigits(word)) {
                current += Double.parseDouble(word.replace(",", ""));
                seen = true;
            } else if (multiplier.isPresent()) {
                double m = multiplier.get();
                double base = current == 0 ? 1 : current;
                if (m < 1000) {
                    current = base * m;
                } else {
                    total += base * m;
                    current = 0;
                }
                seen = true;
            } else if (lexicon.numberWord(word).isPresent()) {
                current += lexicon.numberWord(word).get();
                seen = true;
            } else if (word.indexOf('-') > 0) {
                List<String> parts = List.of(word.split("-"));
                if (parts.stream().anyMatch(p -> p.chars().anyMatch(Character::isDigit))) {
                    return Optional.empty(); // "555-1234", "3-0": not one number
                }
                Optional<Double> compound = parse(parts);
                if (compound.isEmpty()) {
                    return Optional.empty();
                }
                current += compound.get();
                seen = true;
            } else {
                Optional<Double> suffixed = withMultiplierSuffix(word);
                if (suffixed.isEmpty()) {
                    return Optional.empty();
                }
                current += suffixed.get();
                seen = true;
            }
        }
        return seen ? Optional.of(total + current) : Optional.empty();
    }

    /** "two-thirds" is 2/3; "a quarter" is not handled here. */
    private Optional<Double> fractionOf(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        Optional<Double> part = lexicon.fraction(word.substring(dash + 1));
        if (part.isEmpty()) {
            return Optional.empty();
        }
        String count = word.substring(0, dash);
        Optional<Double> n = isDigits(count) ? Optional.of(Double.parseDouble(count)) : lexicon.numberWord(count);
        return n.map(v -> v * part.get());
    }

    /** "3.5bn", "20k": digits glued to a multiplier. */
    private Optional<Double> withMultiplierSuffix(String word) {
        var m = DIGITS_WITH_SUFFIX.matcher(word);
        if (!m.matches()) {
            return Optional.empty();
        }
        return lexicon.multiplier(m.group(2)).map(f -> Double.parseDouble(m.group(1)) * f);
    }

    /** @return whether the word is a fraction such as "two-thirds" */
    boolean isFraction(String word) {
        return fractionOf(word).isPresent();
    }
}
