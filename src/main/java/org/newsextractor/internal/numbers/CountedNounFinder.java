package org.newsextractor.internal.numbers;

import java.util.Locale;
import java.util.Optional;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Finds what a bare count counts: the head noun of the noun phrase the number quantifies ("94,000 Russian
 * troops" -> "troops", "hundreds of protesters" -> "protesters"), or, without a noun, the predicate
 * ("39 are confirmed dead" -> "dead"), people for counts of the dead and hurt ("killing three"), or the noun
 * of a toll ("the death toll rose to 31" -> "deaths").
 */
final class CountedNounFinder {


    /** A toll with no noun of its own ("the toll rose to 40") counts deaths. */
    private static final String TOLL = "toll";
    private static final String DEATHS = "deaths";
    /** How many words a qualifier between a verb and its number may have ("at least", "more than", "some"). */
    private static final int QUALIFIER_WORDS = 3;
    /** How many words the amount or starting level of a change may have ("by 3.2 per cent", "from 31,000 in 2015"). */
    private static final int AMOUNT_WORDS = 6;
    /** How many words a list of numbers may run before its "and" ("45, 30, 22, 17 and 12 seats"). */
    private static final int LIST_WORDS = 12;

    private final NumberLexicon lexicon;

    CountedNounFinder(NumberLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param sentence the sentence
     * @param numberStart index of the number's first token
     * @param after index of the first token after the number (and after any range or trailing qualifier)
     * @return what is counted, as written
     */
    Optional<String> unit(Sentence sentence, int numberStart, int after) {
        return unit(sentence, numberStart, after, Optional.empty());
    }

    /**
     * @param sentence     the sentence
     * @param numberStart  index of the number's first token
     * @param after        index of the first token after the number
     * @param earlierCount what an earlier count of the sentence counted, the last resort for a number with no
     *                     noun, adjective, predicate or casualty verb of its own ("100 homes, and 20 in town")
     * @return what is counted, as written
     */
    Optional<String> unit(Sentence sentence, int numberStart, int after, Optional<String> earlierCount) {
        int last = lastOfList(sentence, after);
        if (last > after) {
            int end = last;
            while (end < sentence.size() && (sentence.token(end).pos().equals("CD")
                    || lexicon.multiplier(sentence.token(end).text()).isPresent())) {
                end++;
            }
            return unit(sentence, last, end, earlierCount); // "45, 30 and 12 seats": all count seats
        }
        int k = after;
        int n = sentence.size();
        while (k < n && lexicon.isCountedNounSkip(sentence.token(k).lower())) {
            k++;
        }
        if (k < n && lexicon.isPeopleVerb(sentence.token(k).text())) {
            return Optional.of("people"); // "9,000 live in the valley town", "thousands more fled"
        }
        if (isPerfectOfPeople(sentence, k)) {
            return Optional.of("people"); // "over 8,000 have died", "9,000 have fled"
        }
        if (k + 1 < n && sentence.token(k).lower().equals("of")) {
            k++;
            while (k < n && (sentence.token(k).pos().equals("DT") || sentence.token(k).pos().equals("PRP$"))) {
                k++;
            }
            k = afterPossessor(sentence, k); // "28 of the state's 33 districts": the state owns the whole
            int whole = k; // "12 of the 30 passengers", "5 of its last 6 games": a part counts what its whole does
            while (whole < n && sentence.token(whole).pos().startsWith("JJ")) {
                whole++;
            }
            int numberAt = whole;
            while (whole < n && sentence.token(whole).pos().equals("CD") && !sentence.token(whole).isNer("DATE")) {
                whole++;
            }
            if (whole > numberAt && whole < n) {
                k = whole;
            }
        }
        String lastAdjective = null;
        String lastPluralName = null;
        while (k < n && (isModifier(sentence.token(k)) || isCompoundModifier(sentence, k)
                || isModelName(sentence, k) || isParticipleBeforeNoun(sentence, k))) {
            if (isCompoundModifier(sentence, k)) {
                k += 3; // "two landslide-hit villages": the compound describes the villages
                continue;
            }
            Token t = sentence.token(k);
            if (t.isNer("DATE") || t.isNer("TIME")) {
                break; // "three more next year", "who turns 70 next month": a time, not what is counted
            }
            if (t.pos().startsWith("JJ") && !t.isCapitalized()) {
                lastAdjective = t.lower();
            }
            lastPluralName = t.pos().equals("NNPS") ? t.text() : null;
            k++;
        }
        if (k < n && isCommonNoun(sentence.token(k))) {
            int first = k;
            while (k + 1 < n && isCommonNoun(sentence.token(k + 1))) {
                k++;
            }
            if (isPluralTaggedAsVerb(sentence, numberStart, k + 1)) {
                k++; // "52 regulation wins", "18 water rescues": the tagger's verb is the plural head
            }
            return Optional.of(join(sentence, first, k));
        }
        if (lastPluralName != null) {
            return Optional.of(lastPluralName); // "eight Mexicans died"
        }
        if (lastAdjective != null) {
            return Optional.of(lastAdjective);
        }
        Optional<String> fronted = frontedWhole(sentence, numberStart);
        if (fronted.isPresent()) {
            return fronted;
        }
        Optional<String> predicate = predicateAfter(sentence, k);
        if (predicate.isPresent()) {
            return predicate;
        }
        if (isCasualtyVerb(sentence, k) || isCasualtyVerb(sentence, verbBeforeQualifier(sentence, numberStart))) {
            return Optional.of("people");
        }
        return tollNounBefore(sentence, numberStart).or(() -> numberOfBefore(sentence, numberStart))
                .or(() -> subjectOfChange(sentence, numberStart))
                .or(() -> peopleCueBefore(sentence, numberStart))
                .or(() -> earlierCount); // "100 homes and 20 in the town"
    }

    /**
     * "18 water rescues overnight", "52 regulation wins on the season": after a number above one and a singular
     * noun, a word ending in "s" the tagger calls a verb of the third person singular cannot agree with that
     * subject; with no object after it, it is the plural noun that heads the compound.
     */
    private boolean isPluralTaggedAsVerb(Sentence sentence, int numberStart, int k) {
        if (k >= sentence.size() || k < 1) {
            return false;
        }
        Token verb = sentence.token(k);
        Token noun = sentence.token(k - 1);
        Token number = sentence.token(numberStart);
        Token after = k + 1 < sentence.size() ? sentence.token(k + 1) : null;
        boolean one = lexicon.numberWord(number.text()).map(v -> v == 1.0).orElse(false) || number.text().equals("1")
                || number.lower().equals("a") || number.lower().equals("an");
        return !one && verb.pos().equals("VBZ") && verb.text().endsWith("s") && !verb.isCapitalized()
                && noun.pos().equals("NN") && (after == null || !(after.isNoun() || after.pos().equals("DT")
                || after.pos().startsWith("PRP") || after.pos().equals("CD") || after.pos().startsWith("JJ")
                || after.pos().equals("TO") || after.isVerb()));
    }

    /**
     * "Deaths from cholera have risen to 40", "Cases of measles in the county reached 120": a number a verb of
     * change reaches counts the head noun of that verb's subject, the first noun of the subject before its
     * prepositional phrases.
     */
    private Optional<String> subjectOfChange(Sentence sentence, int numberStart) {
        int v = numberStart - 1;
        if (v >= 0 && (sentence.token(v).lower().equals("to") || sentence.token(v).lower().equals("at"))) {
            v = beforeAmountOfChange(sentence, v - 1);
        } else if (v >= 0 && sentence.token(v).lower().equals("from")) {
            v--; // "Teachers fell from 31,000"
        }
        boolean copula = v >= 1 && sentence.token(v).lemma().equals("be");
        if (v < 1 || !lexicon.isChangeVerb(sentence.token(v).text()) && !copula) {
            return Optional.empty();
        }
        int end = v - 1;
        while (end >= 0 && (sentence.token(end).pos().equals("MD") || sentence.token(end).pos().startsWith("RB")
                || sentence.token(end).isVerb())) { // "have risen", "has been rising"
            end--;
        }
        if (end < 0) {
            return Optional.empty(); // "Was 5 ...": no subject before the verb
        }
        int start = end;
        while (start - 1 >= 0 && !sentence.token(start - 1).isVerb() && sentence.token(start - 1).isNer("O")
                && sentence.token(start - 1).text().chars().anyMatch(Character::isLetterOrDigit)) {
            start--;
        }
        for (int k = start; k <= end; k++) {
            if (isCommonNoun(sentence.token(k)) && (k == end || !isCommonNoun(sentence.token(k + 1))
                    && !sentence.token(k + 1).pos().equals("POS"))) { // "the city's population": not the city
                if (lexicon.isCollectivePeopleNoun(sentence.token(k).text())) {
                    return Optional.of("people"); // "the city's population is 2.5 million"
                }
                return copula ? Optional.empty() : Optional.of(sentence.token(k).lower());
            }
        }
        return Optional.empty();
    }

    /**
     * "grew by 3.2% to 8.9 million", "rose 12 percent to 4,300", "rose from 14 to 31", "fell from 31,000 in 2015
     * to 27,500": the amount of a change or its starting level, and its year, written between the verb and "to",
     * are skipped back over.
     *
     * @param k the index of the last token before "to"
     * @return the index of the verb's last token, or {@code k} when no amount ends there
     */
    private int beforeAmountOfChange(Sentence sentence, int k) {
        int j = k;
        while (j >= 0 && j > k - AMOUNT_WORDS && (sentence.token(j).pos().equals("CD")
                || sentence.token(j).pos().equals("$") || lexicon.isPercentWord(sentence.token(j).lower())
                || sentence.token(j).lower().equals("cent") || sentence.token(j).lower().equals("per")
                || sentence.token(j).lower().equals("in") && j < k && sentence.token(j + 1).isNer("DATE"))) {
            j--;
        }
        boolean amount = j < k && j >= 1 && (sentence.token(j).lower().equals("by")
                || sentence.token(j).lower().equals("from"));
        if (j < k && j >= 0 && lexicon.isChangeVerb(sentence.token(j).text())) {
            return j; // "rose 12 percent to 4,300"
        }
        return amount ? j - 1 : k;
    }

    /** "home to 9,000", "a population of 9,000": people. */
    private Optional<String> peopleCueBefore(Sentence sentence, int numberStart) {
        if (numberStart < 2) {
            return Optional.empty();
        }
        String phrase = sentence.token(numberStart - 2).lower() + " " + sentence.token(numberStart - 1).lower();
        String preposition = sentence.token(numberStart - 1).lower();
        boolean bodyOfPeople = (preposition.equals("of") || preposition.equals("at"))
                && lexicon.isCollectivePeopleNoun(sentence.token(numberStart - 2).text()); // "the crowd at 80,000"
        return lexicon.isPeopleCue(phrase) || bodyOfPeople ? Optional.of("people") : Optional.empty();
    }

    /** "the number of people fleeing the war will soar to 8.3 million": the noun after "number of". */
    private static Optional<String> numberOfBefore(Sentence sentence, int numberStart) {
        for (int k = numberStart - 2; k > 0; k--) {
            if (!sentence.token(k).lower().equals("of") || !sentence.token(k - 1).lower().equals("number")) {
                continue;
            }
            int j = k + 1;
            while (j < numberStart && (sentence.token(j).pos().matches("DT|JJ.*|RB.*|VBN"))) {
                j++;
            }
            String head = null; // "the number of confirmed COVID-19 deaths", "of covid19 deaths": the compound's head
            for (int h = j; h < numberStart && (sentence.token(h).isNoun() || sentence.token(h).pos().equals("CD")
                    && !sentence.token(h).isNer("DATE")); h++) {
                head = isCommonNoun(sentence.token(h)) ? sentence.token(h).lower() : head;
            }
            if (head != null) {
                return Optional.of(head);
            }
            Token last = sentence.token(j - 1);
            return j - 1 > k && last.pos().startsWith("JJ") ? Optional.of(last.lower()) // "the number of dead"
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "40 Airbus A320 aircraft", "two Boeing 737 jets": a model number, digits mixed with letters or digits
     * right after a name, is part of the name before the counted noun.
     */
    private static boolean isModelName(Sentence sentence, int k) {
        Token t = sentence.token(k);
        boolean mixed = t.text().chars().anyMatch(Character::isLetter) && t.text().chars().anyMatch(Character::isDigit);
        boolean afterName = k > 0 && t.text().matches("\\d+") && sentence.token(k - 1).pos().equals("NNP")
                && sentence.token(k - 1).isCapitalized() && !t.isNer("DATE");
        return (mixed || afterName) && k + 1 < sentence.size() && sentence.token(k + 1).isNoun();
    }

    /**
     * "two missing fishermen", "45,171 confirmed cases": a participle right before a common noun describes what
     * is counted.
     */
    private static boolean isParticipleBeforeNoun(Sentence sentence, int k) {
        Token t = sentence.token(k);
        return (t.pos().equals("VBN") || t.pos().equals("VBG") || t.pos().equals("VBD")) && k + 1 < sentence.size()
                && t.text().chars().allMatch(Character::isLowerCase) && isCommonNoun(sentence.token(k + 1));
    }

    /**
     * "the state's", "Europe's": a possessor of one to three nouns and its possessive mark before the noun phrase
     * it owns.
     *
     * @return the index after the possessive mark, or {@code k} when no possessor starts at {@code k}
     */
    private static int afterPossessor(Sentence sentence, int k) {
        int j = k;
        while (j < sentence.size() && j - k < 3 && sentence.token(j).isNoun()) {
            j++;
        }
        return j > k && j < sentence.size() && sentence.token(j).pos().equals("POS") ? j + 1 : k;
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.equals("JJ") || pos.equals("JJS") || pos.startsWith("NNP")
                || pos.equals("HYPH") || t.isNer("MISC");
    }

    /**
     * "landslide-hit", "Kremlin-backed", "two five-year terms": a noun or number, a glued hyphen and a word,
     * before a noun.
     */
    private static boolean isCompoundModifier(Sentence sentence, int k) {
        if (k + 3 >= sentence.size()) {
            return false;
        }
        Token dash = sentence.token(k + 1);
        Token word = sentence.token(k + 2);
        return (sentence.token(k).isNoun() || sentence.token(k).pos().equals("CD")) && dash.pos().equals("HYPH") && dash.begin() == sentence.token(k).end()
                && word.begin() == dash.end() && sentence.token(k + 3).isNoun();
    }

    private static boolean isCommonNoun(Token t) {
        return (t.pos().equals("NN") || t.pos().equals("NNS")) && !t.isNer("DATE") && !t.isNer("TIME")
                && t.text().chars().allMatch(Character::isLetter);
    }

    /**
     * "45, 30 and 12 seats", "1.2 million, 1.5 million and 2 million units": a number a comma follows, in a list
     * of numbers that "and" or "or" ends.
     *
     * @return the index of the list's last number, or {@code after} when no such list follows
     */
    private int lastOfList(Sentence sentence, int after) {
        int n = sentence.size();
        if (after >= n || !sentence.token(after).text().equals(",")) {
            return after;
        }
        int k = after;
        while (k < n && k - after < LIST_WORDS && (sentence.token(k).text().equals(",")
                || sentence.token(k).pos().equals("CD") && !sentence.token(k).isNer("DATE")
                || lexicon.multiplier(sentence.token(k).text()).isPresent())) {
            k++;
        }
        boolean joined = k + 1 < n && k > after + 1 && (sentence.token(k).lower().equals("and")
                || sentence.token(k).lower().equals("or")) && sentence.token(k - 1).pos().equals("CD")
                && sentence.token(k + 1).pos().equals("CD") && !sentence.token(k + 1).isNer("DATE");
        return joined ? k + 1 : after;
    }

    /** "have died", "has fled": a form of "have" and a verb of casualty or of people moving. */
    private boolean isPerfectOfPeople(Sentence sentence, int k) {
        int n = sentence.size();
        if (k >= n || !sentence.token(k).lower().matches("have|has|had")) {
            return false;
        }
        int j = k + 1;
        while (j < n && sentence.token(j).pos().startsWith("RB")) {
            j++;
        }
        return j < n && sentence.token(j).isVerb() && (lexicon.isCasualtyVerb(sentence.token(j).lower())
                || lexicon.isPeopleVerb(sentence.token(j).text()));
    }

    /**
     * "Of those infected, 312 are in intensive care", "Of the cases outside China, 441 were reported": a number
     * right after a comma that ends a sentence's opening of-phrase counts the whole that phrase names.
     */
    private static Optional<String> frontedWhole(Sentence sentence, int numberStart) {
        if (numberStart < 3 || !sentence.token(0).lower().equals("of")
                || !sentence.token(numberStart - 1).text().equals(",")) {
            return Optional.empty();
        }
        for (int j = 1; j < numberStart - 1; j++) {
            Token t = sentence.token(j);
            if (t.text().equals(",")) {
                return Optional.empty(); // the comma before the number must end the of-phrase
            }
        }
        int j = 1;
        while (j < numberStart - 1 && sentence.token(j).pos().matches("DT|PRP\\$|CD")) {
            j++;
        }
        Token head = sentence.token(j);
        if (j > 1 && sentence.token(j - 1).lower().equals("those")
                && head.pos().matches("VBN|VBD|JJ") && j + 1 == numberStart - 1) {
            return Optional.of(head.lower()); // "Of those infected,"
        }
        while (j < numberStart - 1 && (sentence.token(j).pos().startsWith("JJ") || isCommonNoun(sentence.token(j))
                && j + 1 < numberStart - 1 && isCommonNoun(sentence.token(j + 1)))) {
            j++;
        }
        return isCommonNoun(sentence.token(j)) ? Optional.of(sentence.token(j).lower()) : Optional.empty();
    }

    /** "are confirmed dead", "were injured": the adjective or participle after a form of "be". */
    private static Optional<String> predicateAfter(Sentence sentence, int k) {
        int n = sentence.size();
        if (k >= n || !sentence.token(k).lemma().equals("be")) {
            return Optional.empty();
        }
        int j = k + 1;
        while (j < n && sentence.token(j).pos().startsWith("RB")) {
            j++;
        }
        String found = null;
        while (j < n && (sentence.token(j).pos().startsWith("JJ") || sentence.token(j).pos().equals("VBN"))) {
            found = sentence.token(j).lower();
            j++;
        }
        return Optional.ofNullable(found);
    }

    /**
     * "killed at least 16", "injured more than 200": the word before the number's qualifier, or before the number.
     *
     * @return the index of that word
     */
    private static int verbBeforeQualifier(Sentence sentence, int numberStart) {
        int k = numberStart - 1;
        while (k >= 0 && numberStart - k <= QUALIFIER_WORDS && !sentence.token(k).isVerb()
                && sentence.token(k).pos().matches("RB.*|IN|JJ[RS]?|DT")) {
            k--;
        }
        return k >= 0 && sentence.token(k).isVerb() ? k : numberStart - 1;
    }

    private boolean isCasualtyVerb(Sentence sentence, int k) {
        return k >= 0 && k < sentence.size() && sentence.token(k).isVerb()
                && lexicon.isCasualtyVerb(sentence.token(k).lower());
    }

    /** "the death toll rose from 14 to 31": the noun before "toll", made plural. */
    private Optional<String> tollNounBefore(Sentence sentence, int numberStart) {
        for (int k = numberStart - 1; k > 0; k--) {
            Token t = sentence.token(k);
            if (lexicon.isTollNoun(t.lower()) && sentence.token(k - 1).isNoun()) {
                return Optional.of(EnglishPlural.of(sentence.token(k - 1).lower()));
            }
            if (t.lower().equals(TOLL) && t.isNoun() && sentence.token(k - 1).pos().matches("DT|PRP\\$|JJ.*|POS")) {
                return Optional.of(DEATHS); // "the toll rose to 40": a toll alone counts the dead
            }
        }
        return Optional.empty();
    }

    private static String join(Sentence sentence, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(sentence.token(i).text().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
