package org.newsextractor.internal.numbers;

import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Tells written numbers that are not quantities: digits inside names and identifiers ("COVID-19", "G7",
 * "[ad_1]"), labels after a noun ("Article 50"), phone numbers.
 */
final class NumberFilters {
    private NumberFilters() {
    }

    /** Digits glued to letters or a bracketed tag: "COVID-19", "CoV-2", "A320", "ad_1". */
    static boolean isPartOfName(Sentence sentence, NumberSpan span) {
        Token first = sentence.token(span.start());
        Token last = sentence.token(span.end() - 1);
        if (first.text().chars().anyMatch(Character::isLetter) && first.text().chars().anyMatch(Character::isDigit)
                && !first.text().matches("\\d+(\\.\\d+)?(k|m|bn|mln|mil|M|MM|G)")
                && !first.text().matches("[+-]?\\d+(\\.\\d+)?[eE][+-]?\\d+")) {
            return true;
        }
        if (first.text().contains("_")) {
            return true;
        }
        if (span.start() > 0 && isCapitalizedWord(first) && sentence.token(span.start() - 1).isProperNoun()
                && sentence.token(span.start() - 1).isCapitalized()) {
            return true; // "Bucharest Nine", "Group Seven": a number word inside a name
        }
        if (span.start() > 0 && isCapitalizedWord(first) && span.end() < sentence.size()
                && (sentence.token(span.end()).isProperNoun() || !sentence.token(span.end()).ner().equals("O"))
                && sentence.token(span.end()).isCapitalized()) {
            return true; // "the Ten Commandments", "Three Gorges": a capital number word starting a name
        }
        if (span.start() > 0) {
            Token before = sentence.token(span.start() - 1);
            if (before.end() == first.begin() && (endsWithLetter(before.text())
                    || before.text().matches("[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*"))) {
                return true; // "COVID-19", "K2-293b"
            }
            if (before.end() == first.begin() && before.text().equals("-") && span.start() > 1
                    && sentence.token(span.start() - 2).end() == before.begin()
                    && endsWithLetter(sentence.token(span.start() - 2).text())
                    && sentence.token(span.start() - 2).isCapitalized()) {
                return true;
            }
        }
        if (span.end() < sentence.size()) {
            Token after = sentence.token(span.end());
            if (after.begin() == last.end() && Character.isLetter(after.text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "10 Downing Street", "221 Baker Street": a bare whole number before singular capitalized names that end
     * the noun phrase is the number of an address or a name; a count's names are plural ("12 Democrats") or are
     * followed by the noun they modify ("5 Texas towns").
     */
    static boolean isAddress(Sentence sentence, NumberSpan span) {
        if (span.end() - span.start() != 1 || !sentence.token(span.start()).text().matches("\\d+")
                || sentence.token(span.start()).isNer("DATE") || isTitleCased(sentence)) {
            return false;
        }
        int k = span.end();
        while (k < sentence.size() && sentence.token(k).pos().equals("NNP") && isCapitalizedWord(sentence.token(k))) {
            k++;
        }
        return k > span.end() && (k == sentence.size() || !sentence.token(k).isNoun());
    }

    /**
     * "Floods Kill 20 People In Kerala": a headline in title case, where a capital says nothing of a name. True
     * when most words of three letters or more are capitalized.
     */
    static boolean isTitleCased(Sentence sentence) {
        int words = 0;
        int capitalized = 0;
        for (Token t : sentence.tokens()) {
            if (t.text().length() >= 3 && t.text().chars().allMatch(Character::isLetter)) {
                words++;
                capitalized += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitalized * 4 >= words * 3;
    }

    /**
     * "24/7", "365/24": digits over smaller digits are a name or a schedule, not a fraction; "9/11", "3/11": a
     * month over a day past ten names a day (the attacks), not a fraction news would write with a slash.
     */
    static boolean isImproperSlash(Sentence sentence, NumberSpan span) {
        String word = sentence.token(span.start()).text();
        if (span.end() - span.start() != 1 || !word.matches("\\d{1,9}/\\d{1,9}")) {
            return false;
        }
        String[] parts = word.split("/");
        long top = Long.parseLong(parts[0]);
        long bottom = Long.parseLong(parts[1]);
        return top >= bottom || top <= LAST_MONTH && bottom > TEN && bottom <= LAST_DAY;
    }

    private static final int LAST_MONTH = 12;
    private static final int TEN = 10;
    private static final int LAST_DAY = 31;

    /** @return the end of "1 234 567.89", a number written with spaces between groups of three, or i + 1 */
    static int spacedThousandsEnd(Sentence sentence, int i) {
        if (!sentence.token(i).text().matches("\\d{1,3}")) {
            return i + 1;
        }
        int k = i + 1;
        String normalized = sentence.token(i).normalized();
        // CoreNLP gives the groups of one number one value: "May 5 200 people" stays two numbers
        while (k < sentence.size() && sentence.token(k).text().matches("\\d{3}(\\.\\d+)?")
                && sentence.token(k).begin() == sentence.token(k - 1).end() + 1 && !normalized.isEmpty()
                && sentence.token(k).normalized().equals(normalized)) {
            k++;
            if (sentence.token(k - 1).text().contains(".")) {
                break;
            }
        }
        return k;
    }

    /** "020 7946 0958", "555-1234": several digit groups in a row, or digit groups joined by hyphens. */
    static boolean isPhoneLike(Sentence sentence, NumberSpan span) {
        if (span.end() > span.start() + 1 && spacedThousandsEnd(sentence, span.start()) == span.end()) {
            return false;
        }
        int digitGroups = 0;
        for (int i = span.start(); i < span.end(); i++) {
            String word = sentence.token(i).text();
            if (word.matches("\\+?\\(?\\d+\\)?([-. ]\\d+){2,}") && !word.matches("\\d{1,3}([ \u00A0\u202F]\\d{3})+(\\.\\d+)?") || word.matches("\\d{3,}-\\d{4,}")) {
                return true;
            }
            // only digit groups side by side count: "1 over 3" is one number
            digitGroups = NumberValueParser.isDigits(word) ? digitGroups + 1 : 0;
            if (digitGroups > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * A small bare number right after a singular noun or name, with no noun after it: "Article 50",
     * "coronavirus 2", "Flight 370".
     */
    static boolean isLabel(Sentence sentence, NumberSpan span) {
        if (span.end() - span.start() != 1 || span.start() == 0) {
            return false;
        }
        Token number = sentence.token(span.start());
        if (!number.text().matches("\\d+")) {
            return false;
        }
        Token before = sentence.token(span.start() - 1);
        boolean afterName = before.pos().equals("NN") || before.pos().equals("NNP");
        if (!afterName) {
            return false;
        }
        if (isModelNumber(sentence, span.start())) {
            return true; // "two Boeing 737 jets", "a Category 4 storm", "Route 66 motels": a name's number
        }
        if (span.end() < sentence.size()) {
            Token after = sentence.token(span.end());
            return !after.isNoun();
        }
        return true;
    }

    /**
     * Digits right after a capitalized name and before a noun, "Boeing 737 jets", "a Category 4 storm": a name
     * followed by a number is a model, a grade or a route, since a count stands before its noun's modifiers, not
     * after a name; so is the year of an event between two names ("Tokyo 2020 Olympics"). Not a month ("May 5
     * vote") or a weekday, whose number is a day.
     */
    private static boolean isModelNumber(Sentence sentence, int number) {
        Token before = sentence.token(number - 1);
        Token after = number + 1 < sentence.size() ? sentence.token(number + 1) : null;
        boolean name = before.pos().equals("NNP") || before.pos().equals("NN") && number - 1 > 0; // "Chapter 11"
        return name && isCapitalizedWord(before) && !isTitleCased(sentence) && !before.isNer("DATE")
                && !sentence.token(number).isNer("DATE") && !sentence.token(number).isNer("MONEY")
                && after != null && after.isNoun() && (!after.isProperNoun() || isEventYear(sentence, number));
    }

    /** "the Tokyo 2020 Olympics", "the London 2012 Games": a year between the names of an event. */
    private static boolean isEventYear(Sentence sentence, int number) {
        return sentence.token(number).text().matches("(19|20)\\d{2}") && sentence.token(number + 1).isCapitalized();
    }

    private static boolean isCapitalizedWord(Token t) {
        return t.isCapitalized() && t.text().chars().allMatch(Character::isLetter);
    }

    private static boolean endsWithLetter(String word) {
        return !word.isEmpty() && Character.isLetter(word.charAt(word.length() - 1));
    }
}
