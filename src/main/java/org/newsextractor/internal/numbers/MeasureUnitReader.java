package org.newsextractor.internal.numbers;

import java.util.Optional;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Reads the unit of measure written after a number: one word ("km"), several ("square meters", "metric
 * tons"), or a rate ("miles an hour", "kilometers per hour", "meters per millisecond").
 */
final class MeasureUnitReader {

    /**
     * A unit read from the tokens from a start to {@code last}.
     *
     * @param name the unit's singular name ("square meter", "mile per hour")
     * @param last index of its last token
     */
    record Unit(String name, int last) {
    }

    private static final int LONGEST_NAME = 3;

    private final NumberLexicon lexicon;

    MeasureUnitReader(NumberLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param s the sentence
     * @param i the index of the first token after the number
     * @return the unit written there, or empty
     */
    Optional<Unit> read(Sentence s, int i) {
        Optional<Unit> unit = named(s, i).or(() -> bracketed(s, i));
        if (unit.isEmpty()) {
            return unit;
        }
        int k = unit.get().last() + 1;
        if (k + 1 < s.size() && lexicon.isRateWord(s.token(k).lower())) {
            Optional<String> divisor = lexicon.durationUnit(s.token(k + 1).text()).map(NumberLexicon.DurationUnit::singular)
                    .or(() -> lexicon.measureUnit(s.token(k + 1).text()));
            if (divisor.isPresent()) {
                return Optional.of(new Unit(unit.get().name() + " per " + divisor.get(), k + 1));
            }
        }
        return unit;
    }

    /**
     * "won 4 Cups with Chicago": a word unit written with a capital inside a sentence that is no headline in title
     * case is a name, not a cup of volume; abbreviations in capitals ("5 KM", "20 MW") stay units.
     */
    private static boolean isCapitalizedName(Sentence s, int i, int length) {
        Token first = s.token(i);
        String word = first.text();
        return length == 1 && first.isProperNoun() && word.length() > 2 && Character.isUpperCase(word.charAt(0))
                && word.substring(1).chars().allMatch(Character::isLowerCase) && !NumberFilters.isTitleCased(s);
    }

    /** "20 (kg)", "20 [kg]", "20 <kg>": a unit in brackets right after the number. */
    private Optional<Unit> bracketed(Sentence s, int i) {
        if (i >= s.size()) {
            return Optional.empty();
        }
        String open = s.token(i).text();
        if (open.length() > 2 && "<([{".indexOf(open.charAt(0)) >= 0 && ">)]}".indexOf(open.charAt(open.length() - 1)) >= 0) {
            return lexicon.measureUnit(open.substring(1, open.length() - 1)).map(u -> new Unit(u, i));
        }
        if (i + 2 >= s.size() || !lexicon.isJoiner(NumberLexicon.Joiner.BRACKET_OPEN, open) || !lexicon.isJoiner(NumberLexicon.Joiner.BRACKET_CLOSE, s.token(i + 2).text())) {
            return Optional.empty();
        }
        return lexicon.measureUnit(s.token(i + 1).text()).map(u -> new Unit(u, i + 2));
    }

    /** The longest unit name from token i: "square meters" before "square". */
    private Optional<Unit> named(Sentence s, int i) {
        for (int length = LONGEST_NAME; length >= 1; length--) {
            if (i + length > s.size()) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            StringBuilder written = new StringBuilder(); // "km/h": CoreNLP splits it into three tokens
            for (int k = i; k < i + length; k++) {
                name.append(k > i ? " " : "").append(s.token(k).text());
                boolean glued = k > i && s.token(k).begin() == s.token(k - 1).end();
                written.append(k > i && !glued ? " " : "").append(s.token(k).text());
            }
            Optional<String> unit = lexicon.measureUnit(name.toString());
            if (unit.isEmpty() && length > 1 && !written.toString().contains(" ")) {
                unit = lexicon.measureUnit(written.toString());
            }
            Token first = s.token(i);
            boolean wordLike = length > 1 || first.isNoun() || first.pos().equals("SYM")
                    || !first.text().chars().allMatch(Character::isLetter);
            // "116 Fahrenheit": a unit named after a person is written with its capital
            boolean namedUnit = unit.isPresent() && !unit.get().equals(unit.get().toLowerCase(java.util.Locale.ROOT));
            if (unit.isPresent() && wordLike && !lexicon.isCasedMultiplier(name.toString())
                    && (namedUnit || !isCapitalizedName(s, i, length))) {
                return Optional.of(new Unit(unit.get(), i + length - 1));
            }
        }
        return Optional.empty();
    }
}
