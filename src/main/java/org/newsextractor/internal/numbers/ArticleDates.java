package org.newsextractor.internal.numbers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * The article's own date, when its text states it: a full date in a dateline near the top ("Friday, January 4,
 * 2019", "2019-03-05T10:32:00Z"), else the first line anywhere that holds nothing but a full date (and perhaps
 * its weekday and time), else a full date on a publication line anywhere in the text ("Published 10:32 AM EST,
 * March 5, 2019", "By Jane Doe | Updated: 2019-03-05"). A date in a sentence of the
 * story ("the report, published on March 3, 2018, found") is not the article's.
 */
final class ArticleDates {

    /** How far into the text a dateline may start, in characters. */
    private static final int DATELINE_REACH = 300;
    /** The longest publication line, in characters: a line of the page's furniture, not a paragraph. */
    private static final int PUBLICATION_LINE_LENGTH = 120;
    /** A full date, perhaps with a time of day, as CoreNLP normalizes it or a page writes it in ISO 8601. */
    private static final Pattern FULL_DATE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private ArticleDates() {
    }

    /**
     * @return the date the text gives itself, or empty
     */
    static Optional<LocalDate> of(AnnotatedText text, NumberLexicon lexicon) {
        return dateline(text).or(() -> dateLine(text)).or(() -> publicationLine(text, lexicon));
    }

    /**
     * @return the day of a token that states a full date: a DATE or TIME CoreNLP normalizes to one
     *         ("2019-03-05", "2019-03-05T10:32"), or an ISO 8601 date written as one token ("2019-03-05T10:32:00Z")
     */
    static Optional<LocalDate> fullDate(Token token) {
        Matcher m = FULL_DATE.matcher(token.normalized());
        if (!(token.isNer("DATE") || token.isNer("TIME")) || !m.matches()) {
            m = FULL_DATE.matcher(token.text());
        }
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30": not a real date
        }
    }

    /** A full date in the first two sentences, within the first few lines: "Friday, January 4, 2019". */
    private static Optional<LocalDate> dateline(AnnotatedText text) {
        for (Sentence sentence : text.sentences().subList(0, Math.min(2, text.sentences().size()))) {
            for (Token token : sentence.tokens()) {
                if (token.begin() > DATELINE_REACH) {
                    return Optional.empty();
                }
                Optional<LocalDate> date = fullDate(token);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** The first line that holds only a full date, its weekday, time and marks: "Tuesday, February 11, 2020". */
    private static Optional<LocalDate> dateLine(AnnotatedText text) {
        String s = text.text();
        for (Sentence sentence : text.sentences()) {
            for (Token token : sentence.tokens()) {
                Optional<LocalDate> date = fullDate(token);
                if (date.isEmpty()) {
                    continue;
                }
                int lineBegin = s.lastIndexOf('\n', token.begin()) + 1;
                int lineEnd = s.indexOf('\n', token.end());
                lineEnd = lineEnd < 0 ? s.length() : lineEnd;
                if (onlyDateOn(sentence, lineBegin, lineEnd)) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether every word between the offsets is part of a date or time: no word of a sentence. */
    private static boolean onlyDateOn(Sentence sentence, int lineBegin, int lineEnd) {
        for (Token t : sentence.tokens()) {
            if (t.begin() >= lineBegin && t.end() <= lineEnd && !t.isNer("DATE") && !t.isNer("TIME")
                    && fullDate(t).isEmpty() && t.text().chars().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A full date after a publication word on a short line where nothing but capitalized words and marks comes
     * before that word ("Last updated:", "By Jane Doe |") and no verb stands between it and the date.
     */
    private static Optional<LocalDate> publicationLine(AnnotatedText text, NumberLexicon lexicon) {
        String s = text.text();
        for (Sentence sentence : text.sentences()) {
            for (int i = 0; i < sentence.size(); i++) {
                Token cue = sentence.token(i);
                if (!lexicon.isPublicationCue(cue.text())) {
                    continue;
                }
                int lineBegin = s.lastIndexOf('\n', cue.begin()) + 1;
                int lineEnd = s.indexOf('\n', cue.end());
                lineEnd = lineEnd < 0 ? s.length() : lineEnd;
                if (s.substring(lineBegin, lineEnd).strip().length() > PUBLICATION_LINE_LENGTH
                        || !onlyNamesBefore(sentence, i, lineBegin)) {
                    continue;
                }
                for (int k = i + 1; k < sentence.size() && sentence.token(k).begin() < lineEnd; k++) {
                    Token t = sentence.token(k);
                    Optional<LocalDate> date = fullDate(t);
                    if (date.isPresent()) {
                        return date;
                    }
                    if (t.isVerb() && !t.isNer("DATE") && !t.isNer("TIME")) {
                        break;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether every word of the line before token i is capitalized or a mark: "Last updated", "By Jane Doe |". */
    private static boolean onlyNamesBefore(Sentence sentence, int i, int lineBegin) {
        for (int k = i - 1; k >= 0 && sentence.token(k).begin() >= lineBegin; k--) {
            String word = sentence.token(k).text();
            if (Character.isLetter(word.charAt(0)) && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
