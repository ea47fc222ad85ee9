package org.newsextractor.internal.numbers;

import java.util.List;
import java.util.Optional;
import org.newsextractor.Quantity.Kind;
import org.newsextractor.internal.nlp.Token;

/**
 * The rules that read a written number by what surrounds it, one small record each, in the order they are
 * tried. A new form of number is a new rule, placed before the rules it must win over.
 */
final class NumberRules {

    /** The rules in the order they are tried; {@link Count} takes whatever no rule before it decided. */
    static final List<NumberRule> ORDERED = List.of(
            new HyphenCompound(),
            new DurationOrAge(),
            new OnlyDurations(),
            new PercentOf(),
            new WeightInPounds(),
            new CurrencyBefore(),
            new TwoWordCurrency(),
            new CurrencyAfter(),
            new PercentAfter(),
            new FeetAndInches(),
            new Measure(),
            new Age(),
            new OneCounts(),
            new PronounOne(),
            new UnitBefore(),
            new ScaledEvent(),
            new Label(),
            new HyphenAfter(),
            new ShareOfWhole(),
            new MorePercent(),
            new Count());

    private NumberRules() {
    }

    /** "ten-storey", "90-minute", "eleven-month-old", "5-mile", "a 12-cent dividend". */
    record HyphenCompound() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            Token next = n.next();
            if (next == null || !next.pos().equals("HYPH") || !n.reader().isGluedWord(n.unitAt() + 1)) {
                return false;
            }
            n.reader().readHyphenCompound(n.start(), n.unitAt() + 1, n.value(), n.qualifier(), n.onlyDurations());
            return true;
        }
    }

    /** "90 minutes", "one second"; "95 years old" and "95 years of age" are ages. */
    record DurationOrAge() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            Token next = n.next();
            int unitAt = n.unitAt();
            Token afterAdjective = n.token(unitAt + 1);
            if (next != null && next.pos().startsWith("JJ") && !next.isNer("DATE") && afterAdjective != null
                    && afterAdjective.isNoun() && !afterAdjective.isNer("DATE")
                    && n.lexicon().durationUnit(afterAdjective.text()).isPresent()
                    && n.lexicon().durationUnit(next.text()).isEmpty()) {
                next = afterAdjective; // "36 straight hours", "three consecutive days"
                unitAt++;
            }
            boolean oneSecond = next != null && next.lower().equals("second") && n.value() == 1; // NER: an ordinal
            if (next == null || n.lexicon().durationUnit(next.text()).isEmpty() || !next.isNoun() && !oneSecond) {
                return false;
            }
            NumberLexicon.DurationUnit unit = n.lexicon().durationUnit(next.text()).get();
            Token old = n.token(unitAt + 1);
            Token age = n.token(unitAt + 2);
            Optional<String> years = Optional.of(EnglishPlural.of(unit.singular()));
            if (old != null && old.lower().equals("of") && age != null && age.lower().equals("age")) {
                n.add(unitAt + 2, Kind.AGE, years); // "95 years of age"
            } else if (old != null && old.lower().equals("old")) {
                n.add(unitAt + 1, Kind.AGE, years);
            } else {
                n.reader().add(n.start(), n.to(unitAt), Kind.DURATION, Optional.of(n.value()),
                        Optional.of(SentenceNumberReader.isoDuration(n.value(), unit)),
                        Optional.of(unit.singular()), n.qualifier());
                n.reader().consumeTo(unitAt + 1); // "one second": not also the ordinal "second"
            }
            return true;
        }
    }

    /** Inside a relative date ("six minutes later") a number is kept only as a duration. */
    record OnlyDurations() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            return n.onlyDurations();
        }
    }

    /** "per cent of twenty-two": the percent word written before the number. */
    record PercentOf() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            Optional<Integer> percentWord = n.reader().percentOfBefore(n.start());
            if (percentWord.isEmpty()) {
                return false;
            }
            n.reader().add(percentWord.get(), n.last(), Kind.PERCENT, Optional.of(n.value()), Optional.empty(),
                    Optional.of("%"), n.reader().qualifierBefore(percentWord.get()));
            return true;
        }
    }

    /** "the baby weighs two pounds": pounds of weight, not money, in a sentence about weight. */
    record WeightInPounds() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            if (n.next() == null || !n.reader().isWeightPound(n.next(), n.start(), n.end())) {
                return false;
            }
            n.add(n.to(n.unitAt()), Kind.MEASURE, Optional.of("pound"));
            return true;
        }
    }

    /** "$3.5 million", "C$ 1.34", "USD 115", "N64,050": a currency written before the amount. */
    record CurrencyBefore() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            SentenceNumberReader r = n.reader();
            int s = n.start();
            Optional<String> currency = r.currencySymbolBefore(s);
            if (currency.isEmpty()) {
                return false;
            }
            int from = r.currencyPrefixed(s - 1) ? s - 2 : s - 1;
            String symbol = n.token(s - 1).text();
            r.add(from, n.last(), Kind.MONEY, Optional.of(n.value() * n.lexicon().currencyFactor(symbol)),
                    Optional.empty(), currency, r.qualifierBefore(from));
            return true;
        }
    }

    /** "10 us dollars", "420 million finnish markka": a currency named in two words after the amount. */
    record TwoWordCurrency() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            Token next = n.next();
            Token second = n.token(n.unitAt() + 1);
            String twoWords = next == null || second == null ? "" : next.lower() + " " + second.lower();
            Optional<String> currency = n.lexicon().currency(twoWords);
            if (currency.isEmpty()) {
                return false;
            }
            n.reader().addMoney(n.start(), n.to(n.unitAt() + 1), n.value() * n.lexicon().currencyFactor(twoWords),
                    currency.get(), n.qualifier());
            return true;
        }
    }

    /** "3 dollars 50 cents", "120 MEUR", "75 USD million": a currency word or code after the amount. */
    record CurrencyAfter() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            Token next = n.next();
            if (next == null || !(next.isNoun() || next.pos().equals("$") || next.pos().equals("SYM")
                    || !next.text().chars().allMatch(Character::isLetter))
                    || n.lexicon().currency(next.text()).isEmpty()) {
                return false;
            }
            String code = n.lexicon().currency(next.text()).get();
            int to = n.to(n.unitAt());
            Optional<Double> scale = n.reader().multiplierAt(to + 1);
            if (n.unitRightAfter() && scale.isPresent()) {
                n.reader().addMoney(n.start(), to + 1, n.value() * scale.get(), code, n.qualifier()); // "75 USD million"
            } else {
                n.reader().addMoney(n.start(), to, n.value() * n.lexicon().currencyFactor(next.text()), code,
                        n.qualifier());
            }
            return true;
        }
    }

    /** "45 percent", "12%", "3 per cent". */
    record PercentAfter() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            Token next = n.next();
            if (next == null || !n.reader().isPercentAt(n.unitAt())) {
                return false;
            }
            int to = next.lower().equals("per") ? n.unitAt() + 1 : n.unitAt();
            n.add(n.to(to), Kind.PERCENT, Optional.of("%"));
            return true;
        }
    }

    /** "5 ft 2 in", "5 feet and 2 inches": one height in feet. */
    record FeetAndInches() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            Optional<MeasureUnitReader.Unit> measure = n.reader().measures().read(n.sentence(), n.unitAt());
            return measure.isPresent() && n.unitRightAfter() && measure.get().name().equals("foot")
                    && n.reader().readFeetAndInches(n.start(), measure.get().last(), n.value(), n.qualifier());
        }
    }

    /** "240 km", "3 square meters", "60 miles an hour": a unit of measure after the number. */
    record Measure() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            Optional<MeasureUnitReader.Unit> measure = n.reader().measures().read(n.sentence(), n.unitAt());
            if (measure.isEmpty()) {
                return false;
            }
            n.add(n.to(measure.get().last()), Kind.MEASURE, Optional.of(measure.get().name()));
            return true;
        }
    }

    /** "aged 64", "Adamowicz, 53,": an age in years with no unit written. */
    record Age() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            if (!n.reader().isAge(n.start(), n.end(), n.value())) {
                return false;
            }
            n.add(n.last(), Kind.AGE, Optional.of("years"));
            return true;
        }
    }

    /**
     * "one climber died", "only one stop", "one Israeli soldier": "one" before a common noun counts it, unless a
     * word before or after makes it a pronoun or picks out a way or a thing ({@code one_non_counts.tsv}).
     */
    record OneCounts() implements NumberRule {
        /** How many adjectives or names may stand between "one" and its noun. */
        private static final int MODIFIERS = 2;

        @Override
        public boolean read(NumberReading n) {
            if (n.end() - n.start() != 1 || !n.token(n.start()).lower().equals("one") || !n.unitRightAfter()) {
                return false;
            }
            Token before = n.token(n.start() - 1);
            if (before != null && n.lexicon().isOneNonCount("before", before.lower())) {
                return false;
            }
            int k = n.unitAt();
            while (k < n.unitAt() + MODIFIERS && n.token(k) != null && n.token(k + 1) != null
                    && (n.token(k).pos().startsWith("JJ") || n.token(k).pos().equals("NNP"))) {
                k++;
            }
            Token noun = n.token(k);
            if (noun == null || !noun.pos().equals("NN") || !noun.text().chars().allMatch(Character::isLowerCase)
                    || n.lexicon().isOneNonCount("after", noun.lower()) || n.token(n.unitAt()).isNer("DATE")) {
                return false;
            }
            return new Count().read(n);
        }
    }

    /** "one of", "no one", "another one": "one" alone is a pronoun or article, not a count. */
    record PronounOne() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            return n.end() - n.start() == 1 && n.token(n.start()).lower().equals("one")
                    && !n.reader().isCasualtyCount(n.end());
        }
    }

    /**
     * "a magnitude 7.1 earthquake", "a magnitude of 7.1", "the magnitude was 5.7": a unit of measure written before
     * the number.
     */
    record UnitBefore() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            int k = n.start() - 1;
            if (n.token(k) != null && (n.token(k).lower().equals("of") || n.token(k).lemma().equals("be"))) {
                k--;
            }
            Token word = n.token(k);
            if (word == null || !word.isNoun() || n.lexicon().measureUnitBefore(word.text()).isEmpty()) {
                return false;
            }
            n.add(n.last(), Kind.MEASURE, n.lexicon().measureUnitBefore(word.text()));
            return true;
        }
    }

    /** "the major 8.8 earthquake", "a 4.8 aftershock": a number with decimals before an event is its size. */
    record ScaledEvent() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            Token next = n.next();
            if (next != null && next.pos().startsWith("JJ")) {
                next = n.token(n.unitAt() + 1);
            }
            boolean decimals = n.value() != Math.rint(n.value());
            if (next == null || !decimals || n.lexicon().scaleOfEvent(next.text()).isEmpty()) {
                return false;
            }
            n.add(n.last(), Kind.MEASURE, n.lexicon().scaleOfEvent(next.text()));
            return true;
        }
    }

    /** "Article 50", "Flight 370": a label after a noun is no quantity. */
    record Label() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            return NumberFilters.isLabel(n.sentence(), n.span());
        }
    }

    /** A hyphen after the number that no compound rule read: not a quantity we know. */
    record HyphenAfter() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            return n.next() != null && n.next().pos().equals("HYPH");
        }
    }

    /** "two-thirds of voters", "one in five adults": a share of a whole, as a percentage. */
    record ShareOfWhole() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            if (!n.reader().isShareOfWhole(n.span(), n.value(), n.unitAt())) {
                return false;
            }
            n.reader().add(n.start(), n.last(), Kind.PERCENT, Optional.of(n.value() * 100), Optional.empty(),
                    Optional.of("%"), n.qualifier());
            return true;
        }
    }

    /**
     * "The Brexit Party led with 34 per cent, ahead of Labour on 17 and the Conservatives on 11": after a
     * percentage, a bare number of at most 100 that "on", "at" or "with" gives a party or a side, ending its
     * phrase, is another percentage.
     */
    record MorePercent() implements NumberRule {
        private static final double WHOLE = 100;

        @Override
        public boolean read(NumberReading n) {
            List<org.newsextractor.Quantity> found = n.reader().found();
            Token before = n.token(n.start() - 1);
            Token after = n.token(n.unitAt());
            boolean endsPhrase = after == null || after.pos().equals("CC") || after.pos().equals(",")
                    || after.pos().equals(".") || after.pos().equals(":");
            if (found.isEmpty() || found.get(found.size() - 1).kind() != Kind.PERCENT || n.value() > WHOLE
                    || before == null || !n.lexicon().isJoiner(NumberLexicon.Joiner.SHARE_CUE, before.lower())
                    || !endsPhrase) {
                return false;
            }
            n.add(n.last(), Kind.PERCENT, Optional.of("%"));
            return true;
        }
    }

    /** Any other number is a count of what follows it, or of what the sentence counted before ("others"). */
    record Count() implements NumberRule {
        @Override
        public boolean read(NumberReading n) {
            Optional<String> earlier = n.reader().previousCountUnit();
            Optional<String> unit = n.reader().nouns().unit(n.sentence(), n.start(), n.unitAt(), earlier);
            if (unit.isPresent() && unit.get().equals("others")) { // "one person died and three others": people
                unit = earlier.map(u -> n.value() == 1 ? u : n.lexicon().plural(u)).or(() -> Optional.of("people"));
            }
            n.add(n.last(), Kind.COUNT, unit);
            return true;
        }
    }
}
