package org.newsextractor.internal.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quotation;
import org.newsextractor.Speaker;
import org.newsextractor.internal.TestTexts;
import org.newsextractor.internal.entities.EntityResolver;
import org.newsextractor.internal.entities.PlaceGazetteer;
import org.newsextractor.internal.entities.ResolvedEntities;
import org.newsextractor.internal.entities.TitleFinder;
import org.newsextractor.internal.nlp.AnnotatedText;

class SpeakerAttributorTest {
    private final SpeakerAttributor attributor =
            new SpeakerAttributor(new SpeechLexicon(), Set.of("president", "minister"));

    /** Quotes are the tokens between the marks {@code “} and {@code ”} (each its own token), one paragraph each. */
    private List<Quotation> attribute(AnnotatedText text) {
        ResolvedEntities entities = new ResolvedEntities(new EntityResolver().resolve(text), new TitleFinder(),
                new PlaceGazetteer());
        return attributor.attribute(text, entities, TestQuoteRegions.of(text));
    }

    private static String speaker(Quotation q) {
        return q.speaker().map(Speaker::name).orElse("?");
    }

    @Test
    void speakerAfterTheQuote() {
        List<Quotation> q = attribute(TestTexts.parse(
                "“/`` We/PRP won/VBD ,/, ”/'' Jane/NNP/PERSON Smith/NNP/PERSON said/VBD/O/say ./."));
        assertEquals(1, q.size());
        assertEquals("Jane Smith", speaker(q.get(0)));
        assertEquals("say", q.get(0).cue().orElseThrow());
        assertEquals("said", q.get(0).cueText().orElseThrow());
        assertTrue(q.get(0).speaker().orElseThrow().id().isPresent());
    }

    @Test
    void invertedVerbTakesThePhraseAfterIt() {
        List<Quotation> q = attribute(TestTexts.parse(
                "“/`` We/PRP won/VBD ,/, ”/'' said/VBD/O/say Jane/NNP/PERSON Smith/NNP/PERSON ./."));
        assertEquals("Jane Smith", speaker(q.get(0)));
    }

    @Test
    void speakerIntroducingAPartialQuote() {
        List<Quotation> q = attribute(TestTexts.parse(
                "Jane/NNP/PERSON Smith/NNP/PERSON has/VBZ warned/VBN/O/warn that/IN taxes/NNS are/VBP "
                        + "“/`` red/JJ lines/NNS ”/'' ./."));
        assertEquals("Jane Smith", speaker(q.get(0)));
        assertEquals("warn", q.get(0).cue().orElseThrow());
        assertEquals("warned", q.get(0).cueText().orElseThrow());
    }

    @Test
    void praisingSomethingAsAQuoteGivesTheSpeaker() {
        List<Quotation> q = attribute(TestTexts.parse(
                "Jane/NNP/PERSON Smith/NNP/PERSON praised/VBD/O/praise the/DT plan/NN as/IN “/`` a/DT "
                        + "real/JJ investment/NN ”/'' ./."));
        assertEquals("Jane Smith", speaker(q.get(0)));
    }

    @Test
    void personOfTheRulingPartyIsTheSpeaker() {
        List<Quotation> q = attribute(TestTexts.parse(
                "“/`` We/PRP won/VBD ,/, ”/'' Jane/NNP/PERSON Smith/NNP/PERSON of/IN the/DT ruling/VBG "
                        + "Labour/NNP/ORGANIZATION Party/NNP/ORGANIZATION (/-LRB- LP/NNP )/-RRB- "
                        + "told/VBD/O/tell parliament/NN ./."));
        assertEquals("Jane Smith", speaker(q.get(0)));
    }

    @Test
    void quoteParagraphAfterOneNarratingParagraphContinuesTheSpeaker() {
        List<Quotation> q = attribute(TestTexts.parse(
                "“/`` We/PRP won/VBD ,/, ”/'' Jane/NNP/PERSON Smith/NNP/PERSON said/VBD/O/say ./.",
                "The/DT plan/NN passed/VBD ./.",
                "“/`` It/PRP works/VBZ ./. ”/''",
                "Rain/NN fell/VBD ./.",
                "The/DT vote/NN ended/VBD ./.",
                "“/`` Good/JJ ./. ”/''"));
        assertEquals("Jane Smith", speaker(q.get(1)));
        assertTrue(q.get(2).speaker().isEmpty()); // two narrating paragraphs: no longer the same speech
    }

    @Test
    void personAfterAnOrganizationAndTitleIsTheSpeaker() {
        List<Quotation> q = attribute(TestTexts.parse(
                "“/`` Food/NN is/VBZ short/JJ ”/'' in/IN Ukraine/NNP/LOCATION ,/, said/VBD/O/say "
                        + "Migration/NNP/ORGANIZATION Agency/NNP/ORGANIZATION (/-LRB- IOM/NNP/ORGANIZATION )/-RRB- "
                        + "spokesman/NN Paul/NNP/PERSON Dillon/NNP/PERSON ./."));
        assertEquals("Paul Dillon", speaker(q.get(0)));
    }

    @Test
    void aParticipleDescribingANounIsNoAttribution() {
        List<Quotation> q = attribute(TestTexts.parse(
                "Jane/NNP/PERSON Smith/NNP/PERSON said/VBD/O/say the/DT vote/NN was/VBD “/`` not/RB fair/JJ ”/'' "
                        + "and/CC cited/VBD errors/NNS reported/VBN/O/report by/IN monitors/NNS ./."));
        assertEquals("Jane Smith", speaker(q.get(0)));
    }

    @Test
    void pronounContinuesThePreviousSpeaker() {
        List<Quotation> q = attribute(TestTexts.parse(
                "“/`` One/CD ,/, ”/'' Jane/NNP/PERSON Smith/NNP/PERSON said/VBD/O/say ./.",
                "“/`` Two/CD ,/, ”/'' he/PRP continued/VBD/O/continue ./."));
        assertEquals("Jane Smith", speaker(q.get(1)));
    }

    @Test
    void descriptionMatchesThePersonWithThatTitle() {
        List<Quotation> q = attribute(TestTexts.parse(
                "French/JJ/MISC President/NNP Ann/NNP/PERSON Lee/NNP/PERSON met/VBD Bob/NNP/PERSON Ray/NNP/PERSON ./.",
                "“/`` Fine/JJ ,/, ”/'' the/DT French/JJ president/NN added/VBD/O/add ./."));
        assertEquals("Ann Lee", speaker(q.get(0)));
    }

    @Test
    void unnamedGroupSourceHasANameAndNoId() {
        List<Quotation> q = attribute(TestTexts.parse(
                "“/`` Calm/JJ ,/, ”/'' officials/NNS said/VBD/O/say ./."));
        Speaker s = q.get(0).speaker().orElseThrow();
        assertEquals("officials", s.name());
        assertTrue(s.id().isEmpty());
    }

    @Test
    void quoteWithoutAttributionContinuesTheSpeakerOfTheParagraphBefore() {
        List<Quotation> q = attribute(TestTexts.parse(
                "“/`` One/CD ,/, ”/'' Jane/NNP/PERSON Smith/NNP/PERSON said/VBD/O/say ./.",
                "“/`` Two/CD ./. ”/''"));
        assertEquals("Jane Smith", speaker(q.get(1)));
    }

    @Test
    void reducedRelativeClauseBeforeTheVerb() {
        List<Quotation> q = attribute(TestTexts.parse("Some/DT of/IN the/DT protesters/NNS Wikinews/NNP/ORGANIZATION "
                + "interviewed/VBD said/VBD/O/say they/PRP came/VBD to/TO “/`` defend/VB rights/NNS ”/'' ./."));
        assertEquals("protesters", speaker(q.get(0)));
    }

    @Test
    void loneQuantifierIsAnUnnamedSource() {
        List<Quotation> q = attribute(TestTexts.parse(
                "“/`` Stop/VB ,/, ”/'' several/JJ said/VBD/O/say ./."));
        assertEquals("several", speaker(q.get(0)));
    }

    @Test
    void coordinatedSubjectIsLedByItsFirstName() {
        List<Quotation> q = attribute(TestTexts.parse("The/DT CIA/NNP/ORGANIZATION and/CC other/JJ agencies/NNS "
                + "said/VBD/O/say it/PRP was/VBD “/`` ordered/VBN ”/'' ./."));
        assertEquals("CIA", speaker(q.get(0)));
    }

    @Test
    void parenthesisBetweenSubjectAndVerbIsSkipped() {
        List<Quotation> q = attribute(TestTexts.parse("The/DT Federal/NNP/ORGANIZATION Security/NNP/ORGANIZATION "
                + "Service/NNP/ORGANIZATION (/-LRB- FSB/NNP/ORGANIZATION )/-RRB- said/VBD/O/say it/PRP was/VBD "
                + "“/`` gas/NN ”/'' ./."));
        assertEquals("Federal Security Service", speaker(q.get(0)));
    }

    @Test
    void documentNounGivesItsAuthor() {
        List<Quotation> q = attribute(TestTexts.parse("A/DT UN/NNP/ORGANIZATION report/NN concluded/VBD/O/conclude "
                + "it/PRP was/VBD “/`` murder/NN ”/'' ./."));
        assertEquals("UN", speaker(q.get(0)));
    }
}
