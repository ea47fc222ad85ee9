package org.newsextractor.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.TestTexts;

class TemporalNormalizerTest {
    private final TemporalNormalizer normalizer = new TemporalNormalizer();

    private List<Token> normalize(String sentence) {
        return normalizer.normalize(TestTexts.parse(sentence).sentences().get(0).tokens());
    }

    @Test
    void datesTakeIsoForms() {
        assertEquals("2021-09-01", TemporalNormalizer.date("20210901"));
        assertEquals("2019-01", TemporalNormalizer.date("201901"));
        assertEquals("2014", TemporalNormalizer.date("2014"));
        assertEquals("XXXX-12-22", TemporalNormalizer.date("****1222"));
        assertEquals("XXXX-01", TemporalNormalizer.date("****01"));
        assertEquals("XXXX-WXX-4", TemporalNormalizer.date("thursday"));
    }

    @Test
    void hyphenatedAndSpacedDurationsGetIsoValues() {
        List<Token> t = normalize("a/DT two/CD/NUMBER -/HYPH/NUMBER hour/NN/NUMBER talk/NN");
        assertEquals("DURATION", t.get(1).ner());
        assertEquals("PT2H", t.get(3).normalized());
        assertEquals("O", t.get(4).ner());
        assertEquals("PT24H", normalize("for/IN 24/CD/DURATION hours/NNS/DURATION").get(2).normalized());
        assertEquals("P2Y", normalize("for/IN two/CD years/NNS").get(2).normalized());
        assertEquals("P20Y", normalize("two/CD decades/NNS").get(1).normalized());
    }

    @Test
    void ageRunsIncludeOld() {
        List<Token> t = normalize("an/DT eleven/CD -/HYPH month/NN -/HYPH old/JJ boy/NN");
        assertEquals("P11M", t.get(5).normalized());
        assertEquals("O", t.get(6).ner());
    }

    @Test
    void timesOfDayAreNotCounts() {
        List<Token> t = normalize("at/IN 6/CD/NUMBER am/NN");
        assertEquals("TIME", t.get(1).ner());
        assertEquals("T06:00", t.get(2).normalized());
    }

    @Test
    void relativeDatesAreTaggedWithoutAValue() {
        List<Token> t = normalize("Menendez/NNP this/DT week/NN warned/VBD");
        assertEquals("DATE", t.get(1).ner());
        assertEquals("THIS P1W", t.get(2).normalized());
        assertEquals("OFFSET P-1D", normalize("yesterday/NN").get(0).normalized());
        assertEquals("O", normalize("this/DT man/NN").get(1).ner());
    }

    @Test
    void monthDayWithAYearOffsetIsOneDate() {
        List<Token> t = normalize("on/IN December/NNP/DATE{****1222} 22/CD/DATE{****1222} ,/, last/JJ year/NN");
        assertEquals("THIS P1Y OFFSET P-1Y INTERSECT XXXX-12-22", t.get(1).normalized());
        assertEquals(t.get(1).normalized(), t.get(5).normalized());
        assertEquals("OFFSET P-1W", normalize("last/JJ week/NN").get(1).normalized());
    }

    @Test
    void lonePunctuationIsNoNumber() {
        assertEquals("O", normalize("-/HYPH -/HYPH hour/NN").get(2).ner());
        assertEquals("PT21H", normalize("twenty-one/CD hours/NNS").get(1).normalized());
    }

    @Test
    void plainNumbersAreLeftAlone() {
        List<Token> t = normalize("94,000/CD/NUMBER troops/NNS");
        assertEquals("NUMBER", t.get(0).ner());
        assertEquals("O", t.get(1).ner());
    }
}
