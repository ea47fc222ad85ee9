package org.newsextractor.internal.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> texts(String text) {
        return finder.find(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void curlyDoubleMarksKeepPunctuationInsideTheMarks() {
        String text = "“We will win the vote,” the mayor said.";
        List<QuoteSpan> spans = finder.find(text);
        assertEquals(1, spans.size());
        QuoteSpan span = spans.get(0);
        assertEquals("We will win the vote,", span.text(text));
        assertEquals(0, span.openMark());
        assertEquals(text.indexOf('”'), span.closeMark());
        assertTrue(span.closed());
        assertTrue(span.startsParagraph());
        assertEquals(MarkFamily.DOUBLE, span.family());
    }

    @Test
    void pluralPossessiveInsideSingleMarksIsNoClosingMark() {
        assertEquals(List.of("The ball is in the employers' court. We will strike,"),
                texts("'The ball is in the employers' court. We will strike,' he said."));
        assertEquals(List.of("We asked the ministers"), texts("'We asked the ministers' he said."));
    }

    @Test
    void singleMarkOpeningAParagraphRunsToItsEndWithoutAClosingMark() {
        assertEquals(List.of("He has talent and he's young.", "I'm delighted."),
                texts("'He has talent and he's young.\n\n'I'm delighted.' the coach said."));
    }

    @Test
    void straightDoubleMarksPairByPosition() {
        assertEquals(List.of("Rain is coming,", "so stay home."),
                texts("\"Rain is coming,\" she warned, \"so stay home.\""));
    }

    @Test
    void straightMarkGluedToNextWordStillCloses() {
        assertEquals(List.of("Not now,"), texts("\"Not now,\"he replied."));
    }

    @Test
    void mixedStraightAndCurlyMarksAreBothFound() {
        assertEquals(List.of("open the gates", "keep calm"),
                texts("They chanted \"open the gates\" and then “keep calm” all night."));
    }

    @Test
    void partialQuoteInsideSentence() {
        String text = "The plan crosses \u201Cclear limits\u201D that nobody wants.";
        List<QuoteSpan> spans = finder.find(text);
        assertEquals("clear limits", spans.get(0).text(text));
        assertFalse(spans.get(0).startsParagraph());
    }

    @Test
    void doubledOpeningMarkCountsAsOne() {
        String text = "He paused. ““Things are bad here,” he said.";
        List<QuoteSpan> spans = finder.find(text);
        assertEquals(1, spans.size());
        assertEquals("Things are bad here,", spans.get(0).text(text));
        assertEquals(text.indexOf('“'), spans.get(0).openMark());
    }

    @Test
    void closingMarkGluedToNextWordStillCloses() {
        assertEquals(List.of("very rough weather"), texts("Ships avoided “very rough weather”Near the coast."));
    }

    @Test
    void unclosedQuoteEndsAtParagraphEndTrimmed() {
        String text = "“The water is rising and we cannot …  \n\nNext paragraph here.";
        List<QuoteSpan> spans = finder.find(text);
        assertEquals(1, spans.size());
        QuoteSpan span = spans.get(0);
        assertEquals("The water is rising and we cannot …", span.text(text));
        assertFalse(span.closed());
        assertEquals(-1, span.closeMark());
        assertEquals(0, span.paragraph());
    }

    @Test
    void quoteNeverCrossesParagraphs() {
        String text = "She said “one\n\ntwo” and left.";
        List<QuoteSpan> spans = finder.find(text);
        assertEquals(List.of("one"), spans.stream().map(s -> s.text(text)).toList());
        assertFalse(spans.get(0).closed());
    }

    @Test
    void multiParagraphQuotationIsMarkedAsContinuation() {
        String text = "“First part of the speech.\n\n“Second part of it,” he said.\n\n“A new quote,” she said.";
        List<QuoteSpan> spans = finder.find(text);
        assertEquals(3, spans.size());
        assertFalse(spans.get(0).closed());
        assertTrue(spans.get(1).continuesPrevious());
        assertEquals(1, spans.get(1).paragraph());
        assertFalse(spans.get(2).continuesPrevious(), "previous quotation was closed");
    }

    @Test
    void continuationNeedsTheOpeningMarkFirstInParagraph() {
        String text = "“Left open here.\n\nHe then said “not this”.";
        assertFalse(finder.find(text).get(1).continuesPrevious());
    }

    @Test
    void straightMarkInOpeningPositionRestartsAnUnclosedQuote() {
        String text = "\"We lost the first game, he said. \"But we will win the next\"";
        List<QuoteSpan> spans = finder.find(text);
        assertEquals(List.of("We lost the first game, he said.", "But we will win the next"),
                spans.stream().map(s -> s.text(text)).toList());
        assertFalse(spans.get(0).closed());
        assertTrue(spans.get(1).closed());
    }

    @Test
    void strayClosingMarkIsIgnored() {
        assertEquals(List.of("fine"), texts("It was over” and then “fine” again."));
        assertEquals(List.of(), texts("Nothing” quoted here."));
    }

    @Test
    void squareBracketsStayInsideTheQuote() {
        assertEquals(List.of("a risk of [further] delays"), texts("He saw \"a risk of [further] delays\" ahead."));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertEquals(List.of(), texts("Kyiv’s mayor doesn't like the ’90s or the '80s, and rock 'n' roll is fine."));
        assertEquals(List.of(), texts("The players' union met the owners' lawyers."));
    }

    @Test
    void singleQuotesPairAtWordBoundaries() {
        assertEquals(List.of("will act", "soon"), texts("Minister 'will act' on floods, 'soon'"));
        assertEquals(List.of("we don't give up"), texts("She said ‘we don't give up’ twice."));
    }

    @Test
    void singleQuoteWithoutCloserInParagraphIsNotAQuote() {
        assertEquals(List.of(), texts("The 'boat sank.\n\nLater it rose'."));
    }

    @Test
    void nestedMarksOfAnotherFamilyStayInside() {
        String text = "“He told me ‘leave now’ and I did,” she said.";
        assertEquals(List.of("He told me ‘leave now’ and I did,"), texts(text));
    }

    @Test
    void lowOpeningMarkAndGuillemets() {
        assertEquals(List.of("Wir schaffen das"), texts("Sie sagte „Wir schaffen das“ gestern."));
        assertEquals(List.of("Nous gagnerons"), texts("Il a dit « Nous gagnerons » hier."));
        assertEquals(List.of("Wir kommen"), texts("Er sagte »Wir kommen« heute."));
    }

    @Test
    void closingGlyphUsedAsOpenerOpensWhenACloserFollows() {
        assertEquals(List.of("Vi kommer"), texts("Hon sa ”Vi kommer” igen."));
    }

    @Test
    void emptyQuotesAreDropped() {
        assertEquals(List.of(), texts("An empty \"\" pair and “ ” pair."));
    }

    @Test
    void linesSeparateParagraphsOnlyWhenThereIsNoBlankLine() {
        String oneLinePerParagraph = "He said “first line\nsecond line” ok";
        List<QuoteSpan> spans = finder.find(oneLinePerParagraph);
        assertEquals("first line", spans.get(0).text(oneLinePerParagraph));
        assertFalse(spans.get(0).closed());

        String wrapped = "He said “first line\nsecond line” ok\n\nNext.";
        assertEquals(List.of("first line\nsecond line"), texts(wrapped));
    }

    @Test
    void paragraphIndexesCountNonBlankParagraphs() {
        String text = "\n\nOne “a”.\n\n\n\nTwo “b”.\r\n\r\nThree “c”.";
        List<Integer> paragraphs = finder.find(text).stream().map(QuoteSpan::paragraph).toList();
        assertEquals(List.of(0, 1, 2), paragraphs);
    }

    @Test
    void emptyAndNullInputGiveNoSpans() {
        assertEquals(List.of(), finder.find(""));
        assertEquals(List.of(), finder.find(null));
        assertEquals(List.of(), finder.find("\n\n  \n"));
    }

    @Test
    void offsetsAreIntoTheGivenString() {
        String text = "  Intro.\n\n  He said, “ padded quote ”  .";
        QuoteSpan span = finder.find(text).get(0);
        assertEquals(text.indexOf('“'), span.openMark());
        assertEquals(text.indexOf('“') + 2, span.begin());
        assertEquals("padded quote", text.substring(span.begin(), span.end()));
        assertEquals(text.indexOf('”'), span.closeMark());
    }

    @Test
    void shortTitleLikeQuoteWithoutSpeechVerbIsFlagged() {
        String text = "The disease is now named \"Blue Fever\" by the agency. Guests watched \"Swan Lake\".";
        List<QuoteKind> kinds = finder.find(text).stream().map(QuoteSpan::kind).toList();
        assertEquals(List.of(QuoteKind.LIKELY_TERM_OR_TITLE, QuoteKind.LIKELY_TERM_OR_TITLE), kinds);
    }

    @Test
    void shortFragmentsSaidBySomeoneStayQuotations() {
        String text = "The general said the losses were \"Very Heavy\". Critics see \"grave mistakes\" there.";
        List<QuoteKind> kinds = finder.find(text).stream().map(QuoteSpan::kind).toList();
        assertEquals(List.of(QuoteKind.QUOTATION, QuoteKind.QUOTATION), kinds);
    }

    @Test
    void parenthesizedGlossIsFlagged() {
        String text = "A new levy (\"carbon fee\") starts in May.";
        assertEquals(QuoteKind.LIKELY_TERM_OR_TITLE, finder.find(text).get(0).kind());
    }

    @Test
    void openingGlyphMisusedAsCloserCloses() {
        assertEquals(List.of("Hello,", "Goodbye."), texts("“Hello,“ he said. “Goodbye.“"));
    }

    @Test
    void quotedYearIsNotAnElision() {
        assertEquals(List.of("2019"), texts("The label '2019' was printed."));
    }

    @Test
    void continuationOfDoubledOpeningAtParagraphStart() {
        String text = "““Part one\n\n““Part two,” he said.";
        List<QuoteSpan> spans = finder.find(text);
        assertEquals(List.of("Part one", "Part two,"), spans.stream().map(s -> s.text(text)).toList());
        assertTrue(spans.get(1).continuesPrevious());
    }

    @Test
    void aStraightMarkSpacedFromTheWordItOpensStillOpens() {
        assertEquals(List.of("if there is a recession, Spain will enter it in 2009 ."),
                texts("Zapatero has stated that \" if there is a recession, Spain will enter it in 2009 .\"\n\nNext."));
    }
}
