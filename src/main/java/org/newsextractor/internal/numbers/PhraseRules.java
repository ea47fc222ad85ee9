package org.newsextractor.internal.numbers;

import java.util.List;
import java.util.Optional;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;
import org.newsextractor.internal.numbers.NumberPhraseReader.Phrase;

/**
 * The forms that may continue a whole number into a longer written number ("three fifths", "one over three",
 * "five and a quarter", "2 1/4"), one small record each, in the order they are tried. A new written form is a
 * new rule.
 */
final class PhraseRules {

    /** A form that may follow a whole number and make it a longer number. */
    interface AfterCardinal {
        /**
         * @param r the phrase reader, for its word lists and sub-readers
         * @param s the sentence
         * @param i the index of the number's first token
         * @param p the whole number read from token i
         * @return the longer number, or empty when this form does not follow
         */
        Optional<Phrase> read(NumberPhraseReader r, Sentence s, int i, Phrase p);
    }

    /** The forms in the order they are tried. */
    static final List<AfterCardinal> AFTER_CARDINAL = List.of(
            new DigitNotation(),
            new HyphenScale(),
            new FractionWord(),
            new Over(),
            new OutOf(),
            new InShare(),
            new AndFraction(),
            new MixedFraction());

    private PhraseRules() {
    }

    /** "1.1^23", "6.23x10^-4", "1.3e6", "-4/5": powers and fractions written with symbols. */
    record DigitNotation() implements AfterCardinal {
        @Override
        public Optional<Phrase> read(NumberPhraseReader r, Sentence s, int i, Phrase p) {
            return r.digitNotation(s, i, p);
        }
    }

    /** "a $300-million charge", "a 100-billion-baht package": a scale word hyphened to the number. */
    record HyphenScale() implements AfterCardinal {
        /** The least scale a hyphen joins: "300-million", never "two-hundred" or "a 10-dozen". */
        private static final double LEAST = 1000;

        @Override
        public Optional<Phrase> read(NumberPhraseReader r, Sentence s, int i, Phrase p) {
            Token dash = NumberPhraseReader.token(s, p.end());
            Token scale = NumberPhraseReader.token(s, p.end() + 1);
            Optional<Double> m = r.multiplier(s, p.end() + 1);
            if (dash == null || scale == null || !dash.pos().equals("HYPH") || m.isEmpty() || m.get() < LEAST
                    || dash.begin() != s.token(p.end() - 1).end() || scale.begin() != dash.end()
                    || !scale.text().chars().allMatch(Character::isLetter)
                    || r.multiplier(s, p.end() - 1).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(new Phrase(p.end() + 2, p.value() * m.get()));
        }
    }

    /** "three fifths", "two - thirds", "one hundredth", "two thirds of a million". */
    record FractionWord() implements AfterCardinal {
        @Override
        public Optional<Phrase> read(NumberPhraseReader r, Sentence s, int i, Phrase p) {
            return r.fractionAfter(s, p).map(f -> r.ofAMillion(s, f));
        }
    }

    /** "1 over 3", "one over twenty"; not "$2000 over 3 years". */
    record Over() implements AfterCardinal {
        @Override
        public Optional<Phrase> read(NumberPhraseReader r, Sentence s, int i, Phrase p) {
            if (!"over".equals(NumberPhraseReader.lower(s, p.end()))) {
                return Optional.empty();
            }
            Optional<Phrase> denominator = r.cardinal(s, p.end() + 1);
            Token after = denominator.map(d -> NumberPhraseReader.token(s, d.end())).orElse(null);
            boolean counts = after != null && after.isNoun(); // "$2000 over 3 years": two numbers
            if (denominator.isPresent() && denominator.get().value() != 0 && !counts) {
                return Optional.of(new Phrase(denominator.get().end(), p.value() / denominator.get().value()));
            }
            return Optional.empty();
        }
    }

    /** "one out of three", "two out of five hundred": a share. */
    record OutOf() implements AfterCardinal {
        @Override
        public Optional<Phrase> read(NumberPhraseReader r, Sentence s, int i, Phrase p) {
            if (!"out".equals(NumberPhraseReader.lower(s, p.end()))
                    || !"of".equals(NumberPhraseReader.lower(s, p.end() + 1))) {
                return Optional.empty();
            }
            Optional<Phrase> whole = r.cardinal(s, p.end() + 2);
            if (whole.isPresent() && whole.get().value() > p.value()) {
                return Optional.of(new Phrase(whole.get().end(), p.value() / whole.get().value()));
            }
            return Optional.empty();
        }
    }

    /** "one in five", "1 in twenty-one": a share, when neither number is a date ("5 in 2019"). */
    record InShare() implements AfterCardinal {
        @Override
        public Optional<Phrase> read(NumberPhraseReader r, Sentence s, int i, Phrase p) {
            if (!"in".equals(NumberPhraseReader.lower(s, p.end())) || p.value() < 1
                    || NumberPhraseReader.isTemporal(NumberPhraseReader.token(s, p.end() - 1))) {
                return Optional.empty();
            }
            Optional<Phrase> whole = r.cardinal(s, p.end() + 1);
            if (whole.isPresent() && whole.get().value() > p.value()
                    && !NumberPhraseReader.isTemporal(NumberPhraseReader.token(s, whole.get().end() - 1))) {
                return Optional.of(new Phrase(whole.get().end(), p.value() / whole.get().value()));
            }
            return Optional.empty();
        }
    }

    /**
     * "five and a quarter", "one and a half", "twenty and three fifths", "three million and a half", "five and a
     * half million", "one hundred and thirty fifths".
     */
    record AndFraction() implements AfterCardinal {
        @Override
        public Optional<Phrase> read(NumberPhraseReader r, Sentence s, int i, Phrase p) {
            if (!"and".equals(NumberPhraseReader.lower(s, p.end()))) {
                return Optional.empty();
            }
            Optional<Phrase> part = r.leadingFraction(s, p.end() + 1)
                    .or(() -> r.cardinal(s, p.end() + 1).flatMap(c -> r.fractionAfter(s, c)));
            double scale = p.end() > i ? r.multiplier(s, p.end() - 1).filter(m -> m >= 1000).orElse(1.0) : 1.0;
            if (part.isPresent() && part.get().value() < 1) {
                // "three million and a half" is 3.5 million; "five and a half million" is 5.5 million
                Optional<Double> after = r.multiplier(s, part.get().end());
                double whole = p.value() + part.get().value() * scale;
                return Optional.of(after.isPresent() && scale == 1.0
                        ? new Phrase(part.get().end() + 1, whole * after.get()) : new Phrase(part.get().end(), whole));
            }
            Optional<Double> partScale = r.multiplier(s, part.map(Phrase::end).orElse(0) - 1);
            if (part.isPresent() && scale == 1.0 && partScale.isPresent() && part.get().value() < partScale.get()) {
                // "five and a half million"
                return Optional.of(new Phrase(part.get().end(),
                        (p.value() + part.get().value() / partScale.get()) * partScale.get()));
            }
            Optional<Phrase> tail = r.cardinal(s, p.end() + 1);
            Optional<Phrase> tailFraction = tail.flatMap(c -> r.fractionAfter(s, c));
            if (tailFraction.isPresent() && tailFraction.get().value() >= 1 && p.value() >= 100 && p.value() < 1000
                    && tail.get().value() < 100 && tail.get().value() > 0
                    && r.multiplier(s, tailFraction.get().end() - 1).isEmpty()) {
                // "one hundred and thirty fifths": (100 + 30) fifths
                double part5 = tailFraction.get().value() / tail.get().value();
                return Optional.of(new Phrase(tailFraction.get().end(), (p.value() + tail.get().value()) * part5));
            }
            if (part.isPresent() && scale > 1 && part.get().value() < scale) {
                // "a billion and a half million"
                return Optional.of(new Phrase(part.get().end(), p.value() + part.get().value()));
            }
            return Optional.empty();
        }
    }

    /** "2 1/4": a whole number in digits and a fraction. */
    record MixedFraction() implements AfterCardinal {
        @Override
        public Optional<Phrase> read(NumberPhraseReader r, Sentence s, int i, Phrase p) {
            Token next = NumberPhraseReader.token(s, p.end());
            if (next == null || !NumberPhraseReader.digitsToken(s, i) || p.end() != i + 1
                    || !NumberPhraseReader.SLASH_FRACTION.matcher(next.text()).matches()) {
                return Optional.empty();
            }
            Phrase f = NumberPhraseReader.slashFraction(next.text(), p.end() + 1);
            return Optional.of(new Phrase(f.end(), p.value() + f.value()));
        }
    }
}
