package org.newsextractor.internal.numbers;

import java.util.ArrayList;
import java.util.List;
import org.newsextractor.internal.nlp.Sentence;

/**
 * A run of tokens [start, end) in one sentence that together write one number ("1.5 million", "94,000").
 *
 * @param start index of the first token
 * @param end   index one past the last token
 */
record NumberSpan(int start, int end) {

    /** @return the words of the number */
    List<String> words(Sentence sentence) {
        List<String> words = new ArrayList<>();
        for (int i = start; i < end; i++) {
            words.add(sentence.token(i).text());
        }
        return words;
    }
}
