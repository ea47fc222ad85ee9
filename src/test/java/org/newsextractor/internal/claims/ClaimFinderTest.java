package org.newsextractor.internal.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsextractor.Claim;
import org.newsextractor.Quotation;
import org.newsextractor.Speaker;
import org.newsextractor.internal.TestTexts;
import org.newsextractor.internal.entities.EntityResolver;
import org.newsextractor.internal.entities.PlaceGazetteer;
import org.newsextractor.internal.entities.ResolvedEntities;
import org.newsextractor.internal.entities.TitleFinder;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.speakers.SpeakerAttributor;
import org.newsextractor.internal.speakers.TestQuoteRegions;
import org.newsextractor.internal.speakers.SpeechLexicon;

/** One test per reported-speech layout, on hand-tagged sentences (no CoreNLP models). */
class ClaimFinderTest {
    private final SpeakerAttributor attributor =
            new SpeakerAttributor(new SpeechLexicon(), Set.of("president", "minister"));
    private final ClaimFinder finder = new ClaimFinder(new ClaimLexicon(), attributor.lexicon());

    /** Quotes are the tokens between the marks {@code “} and {@code ”}, each its own token. */
    private List<Claim> claims(AnnotatedText text) {
        ResolvedEntities entities = entities(text);
        return finder.find(text, entities, List.of(), attributor.sources(text, entities, TestQuoteRegions.of(text)));
    }

    private static ResolvedEntities entities(AnnotatedText text) {
        return new ResolvedEntities(new EntityResolver().resolve(text), new TitleFinder(), new PlaceGazetteer());
    }

    private static Claim only(List<Claim> claims) {
        assertEquals(1, claims.size(), claims.toString());
        return claims.get(0);
    }

    @Test
    void subjectSaidThatClause() {
        Claim c = only(claims(TestTexts.parse("Jane/NNP/PERSON Smith/NNP/PERSON said/VBD/O/say on/IN "
                + "Friday/NNP/DATE that/IN the/DT troops/NNS had/VBD left/VBN ./.")));
        assertEquals("Jane Smith", c.source().name());
        assertTrue(c.source().id().isPresent());
        assertEquals("say", c.cue());
        assertEquals("the troops had left", c.content());
        assertFalse(c.embedsQuote());
    }

    @Test
    void toldReportersSkipsThePersonSpokenTo() {
        Claim c = only(claims(TestTexts.parse(
                "Police/NNS told/VBD/O/tell reporters/NNS the/DT suspect/NN had/VBD fled/VBN ./.")));
        assertEquals("Police", c.source().name());
        assertEquals("tell", c.cue());
        assertEquals("the suspect had fled", c.content());
    }

    @Test
    void deniedTakesANounPhraseWithItsEntities() {
        AnnotatedText text = TestTexts.parse("Russia/NNP/LOCATION has/VBZ/O/have denied/VBN/O/deny any/DT "
                + "attempts/NNS to/TO seize/VB Ukraine/NNP/LOCATION ./.");
        Claim c = only(claims(text));
        assertEquals("Russia", c.source().name());
        assertEquals("deny", c.cue());
        assertEquals("any attempts to seize Ukraine", c.content());
        String ukraine = entities(text).places().stream().filter(p -> p.name().equals("Ukraine")).findFirst()
                .orElseThrow().id();
        assertEquals(List.of(ukraine), c.entities());
    }

    @Test
    void saidInAPhraseWithAParticipleThenThat() {
        Claim c = only(claims(TestTexts.parse("Putin/NNP/PERSON said/VBD/O/say in/IN televised/VBN comments/NNS "
                + "that/WDT the/DT rebels/NNS had/VBD signed/VBN ./.")));
        assertEquals("the rebels had signed", c.content());
    }

    @Test
    void clauseBeforeSourceSaidFollowedByAComma() {
        Claim c = only(claims(TestTexts.parse("The/DT deal/NN will/MD start/VB tonight/NN ,/, minister/NN "
                + "Sergei/NNP/PERSON Shoigu/NNP/PERSON said/VBD/O/say ,/, with/IN troops/NNS leaving/VBG ./.")));
        assertEquals("Sergei Shoigu", c.source().name());
        assertEquals("The deal will start tonight", c.content());
    }

    @Test
    void accordingToAfterAReportAddsNoSecondClaim() {
        Claim c = only(claims(TestTexts.parse("Jane/NNP/PERSON Smith/NNP/PERSON said/VBD/O/say it/PRP had/VBD "
                + "no/DT problem/NN ,/, according/VBG to/TO planning/NN officers/NNS ./.")));
        assertEquals("Jane Smith", c.source().name());
        assertEquals("it had no problem", c.content());
    }

    @Test
    void whileWithAParticipleGoesOnWithTheClause() {
        Claim c = only(claims(TestTexts.parse("Frey/NNP/PERSON says/VBZ/O/say the/DT budget/NN adds/VBZ money/NN "
                + ",/, while/IN taking/VBG money/NN away/RB ./.")));
        assertEquals("the budget adds money , while taking money away", c.content());
        Claim contrast = only(claims(TestTexts.parse("Frey/NNP/PERSON says/VBZ/O/say the/DT budget/NN adds/VBZ "
                + "money/NN ,/, while/IN the/DT council/NN disagrees/VBZ ./.")));
        assertEquals("the budget adds money", contrast.content());
        List<Claim> two = claims(TestTexts.parse("Putin/NNP/PERSON said/VBD/O/say Russia/NNP/LOCATION would/MD "
                + "leave/VB ,/, while/IN insisting/VBG/O/insist that/IN Moscow/NNP/LOCATION would/MD stay/VB ./."));
        assertEquals(List.of("Russia would leave", "Moscow would stay"), two.stream().map(Claim::content).toList());
    }

    @Test
    void anAdjunctThenAClauseIsReported() {
        Claim c = only(claims(TestTexts.parse("Members/NNS say/VBP/O/say by/IN vetoing/VBG the/DT budget/NN ,/, "
                + "the/DT mayor/NN is/VBZ/O/be playing/VBG politics/NNS ./.")));
        assertEquals("by vetoing the budget , the mayor is playing politics", c.content());
        assertTrue(claims(TestTexts.parse("Kipchoge/NNP/PERSON said/VBD/O/say following/VBG his/PRP$ "
                + "victory/NN ./.")).isEmpty());
    }

    @Test
    void clauseBeforeSourceAndVerbWithAPlaceAfter() {
        Claim c = only(claims(TestTexts.parse("The/DT plant/NN will/MD close/VB ,/, the/DT company/NN "
                + "announced/VBD/O/announce in/IN Berlin/NNP/LOCATION ./.")));
        assertEquals("company", c.source().name());
        assertEquals("The plant will close", c.content());
    }

    @Test
    void aQuotedSubjectWithAnUnquotedVerbIsReported() {
        Claim c = only(claims(TestTexts.parse("Maan/NNP/PERSON added/VBD/O/add that/IN “/`` malicious/JJ "
                + "hands/NNS ”/'' were/VBD behind/IN it/PRP ./.")));
        assertEquals("“ malicious hands ” were behind it", c.content());
        assertTrue(c.embedsQuote());
        assertTrue(claims(TestTexts.parse("Maan/NNP/PERSON said/VBD/O/say “/`` we/PRP won/VBD ,/, ”/'' "
                + "and/CC left/VBD ./.")).isEmpty());
    }

    @Test
    void subjectBeforeAnAppositionIsTheSource() {
        Claim c = only(claims(TestTexts.parse("Unison/NNP ,/, the/DT largest/JJS union/NN ,/, said/VBD/O/say "
                + "its/PRP$ members/NNS had/VBD rejected/VBN the/DT offer/NN ./.")));
        assertEquals("Unison", c.source().name());
        assertEquals("its members had rejected the offer", c.content());
    }

    @Test
    void toldSomeoneOfAnOutlet() {
        Claim c = only(claims(TestTexts.parse("Dattilo/NNP/PERSON told/VBD/O/tell KUT/NNP/ORGANIZATION 's/POS "
                + "Trey/NNP/PERSON Shaar/NNP/PERSON it/PRP would/MD take/VB years/NNS ./.")));
        assertEquals("it would take years", c.content());
    }

    @Test
    void discourseAdverbIsNoPartOfTheClaim() {
        Claim c = only(claims(TestTexts.parse("Furthermore/RB ,/, the/DT plane/NN was/VBD fine/JJ ,/, "
                + "police/NNS said/VBD/O/say ./.")));
        assertEquals("the plane was fine", c.content());
    }

    @Test
    void futureReportsIndirectQuestionsAndQuotedWordsAreNoClaims() {
        assertTrue(claims(TestTexts.parse("The/DT bank/NN will/MD announce/VB/O/announce its/PRP$ decision/NN "
                + "at/IN noon/NN ./.")).isEmpty());
        assertTrue(claims(TestTexts.parse("Experts/NNS determined/VBD/O/determine which/WDT ones/NNS are/VBP "
                + "planets/NNS ./.")).isEmpty());
        assertTrue(claims(TestTexts.parse("When/WRB he/PRP was/VBD indicted/VBN ,/, Fitzgerald/NNP/PERSON "
                + "noted/VBD/O/note “/`` the/DT state/NN was/VBD for/IN sale/NN ./. ”/''")).isEmpty());
    }

    @Test
    void projectedReportsAClause() {
        Claim c = only(claims(TestTexts.parse("The/DT agency/NN projected/VBD/O/project that/IN refugees/NNS "
                + "will/MD soar/VB ./.")));
        assertEquals("project", c.cue());
    }

    @Test
    void timeWordsAndDatelinesAreNoPartOfTheSource() {
        Claim c = only(claims(TestTexts.parse("Yesterday/NN/DATE First/NNP/ORGANIZATION Great/NNP/ORGANIZATION "
                + "Western/NNP/ORGANIZATION said/VBD/O/say it/PRP would/MD stop/VB ./.")));
        assertEquals("First Great Western", c.source().name());
    }

    @Test
    void anAsideAttributionReportsWhatFollowsIt() {
        Claim c = only(claims(TestTexts.parse("Jane/NNP/PERSON Smith/NNP/PERSON spoke/VBD ./.",
                "The/DT minister/NN ,/, she/PRP said/VBD/O/say ,/, lied/VBD to/TO parliament/NN ./.")));
        assertEquals("Jane Smith", c.source().name());
        assertEquals("lied to parliament", c.content());
    }

    @Test
    void sayNeedsAClauseNotANounPhrase() {
        assertTrue(claims(TestTexts.parse("He/PRP said/VBD/O/say nothing/NN ./.")).isEmpty());
    }

    @Test
    void accordingToBeforeTheClause() {
        Claim c = only(claims(TestTexts.parse("According/VBG to/TO the/DT ministry/NN ,/, more/JJR than/IN "
                + "1000/CD/NUMBER people/NNS have/VBP been/VBN arrested/VBN ./.")));
        assertEquals("according to", c.cue());
        assertEquals("ministry", c.source().name());
        assertEquals("more than 1000 people have been arrested", c.content());
    }

    @Test
    void accordingToAfterTheClause() {
        Claim c = only(claims(TestTexts.parse("The/DT shooting/NN began/VBD at/IN ten/CD ,/, according/VBG "
                + "to/TO police/NNS ./.")));
        assertEquals("police", c.source().name());
        assertEquals("The shooting began at ten", c.content());
    }

    @Test
    void accordingToDataTakesTheirAuthor() {
        Claim c = only(claims(TestTexts.parse("According/VBG to/TO data/NNS from/IN the/DT Gun/NNP/ORGANIZATION "
                + "Violence/NNP/ORGANIZATION Archive/NNP/ORGANIZATION ,/, the/DT shooting/NN followed/VBD "
                + "four/CD others/NNS ./.")));
        assertEquals("Gun Violence Archive", c.source().name());
        assertEquals("the shooting followed four others", c.content());
    }

    @Test
    void clauseThenSourceAndVerb() {
        Claim c = only(claims(TestTexts.parse(
                "Three/CD people/NNS died/VBD ,/, officials/NNS said/VBD/O/say on/IN Monday/NNP/DATE ./.")));
        assertEquals("officials", c.source().name());
        assertEquals("Three people died", c.content());
    }

    @Test
    void clauseThenInvertedVerbAndSource() {
        Claim c = only(claims(TestTexts.parse(
                "The/DT toll/NN rose/VBD to/TO 22/CD ,/, reported/VBD/O/report officials/NNS ./.")));
        assertEquals("report", c.cue());
        assertEquals("officials", c.source().name());
        assertEquals("The toll rose to 22", c.content());
    }

    @Test
    void whollyQuotedWordsAreAQuotationNotAClaim() {
        assertTrue(claims(TestTexts.parse("He/PRP said/VBD/O/say ,/, “/`` We/PRP won/VBD ./. ”/''")).isEmpty());
        assertTrue(claims(TestTexts.parse(
                "Trump/NNP/PERSON said/VBD/O/say “/`` I/PRP can/MD do/VB it/PRP ./. ”/''")).isEmpty());
    }

    @Test
    void quotedFragmentInsideTheClause() {
        Claim c = only(claims(TestTexts.parse("Putin/NNP/PERSON warned/VBD/O/warn that/IN the/DT moves/NNS "
                + "are/VBP “/`` red/JJ lines/NNS ”/'' ./.")));
        assertEquals("warn", c.cue());
        assertEquals("the moves are “ red lines ”", c.content());
        assertTrue(c.embedsQuote());
    }

    @Test
    void butEndsTheFirstClaimAndStartsTheNext() {
        List<Claim> c = claims(TestTexts.parse("Russia/NNP/LOCATION denied/VBD/O/deny the/DT report/NN ,/, "
                + "but/CC Putin/NNP/PERSON warned/VBD/O/warn that/IN sanctions/NNS would/MD follow/VB ./."));
        assertEquals(2, c.size(), c.toString());
        assertEquals("the report", c.get(0).content());
        assertEquals("Putin", c.get(1).source().name());
        assertEquals("sanctions would follow", c.get(1).content());
    }

    @Test
    void anotherSourceWithItsVerbEndsTheClause() {
        List<Claim> c = claims(TestTexts.parse("One/CD interviewee/NN said/VBD/O/say people/NNS changed/VBD "
                + "their/PRP$ minds/NNS and/CC several/JJ said/VBD/O/say they/PRP wanted/VBD change/NN ./."));
        assertEquals(2, c.size(), c.toString());
        assertEquals("people changed their minds", c.get(0).content());
        assertEquals("several", c.get(1).source().name());
        assertEquals("they wanted change", c.get(1).content());
    }

    @Test
    void relativeWithItsOwnReportEndsTheClause() {
        List<Claim> c = claims(TestTexts.parse("Trump/NNP/PERSON said/VBD/O/say he/PRP may/MD declare/VB "
                + "an/DT emergency/NN ,/, which/WDT he/PRP said/VBD/O/say would/MD help/VB him/PRP ./."));
        assertEquals(2, c.size(), c.toString());
        assertEquals("he may declare an emergency", c.get(0).content());
        assertEquals("would help him", c.get(1).content());
        assertEquals("Trump", c.get(1).source().name());
    }

    @Test
    void passiveWithAgent() {
        Claim c = only(claims(TestTexts.parse("Politicians/NNS were/VBD/O/be reported/VBN/O/report by/IN "
                + "local/JJ media/NNS to/TO have/VB visited/VBN the/DT hospital/NN ./.")));
        assertEquals("local media", c.source().name());
        assertEquals("to have visited the hospital", c.content());
    }

    @Test
    void passiveWithoutAgentIsNoClaim() {
        assertTrue(claims(TestTexts.parse("The/DT boy/NN was/VBD/O/be reported/VBN/O/report to/TO be/VB "
                + "safe/JJ ./.")).isEmpty());
    }

    @Test
    void coordinatedVerbSharesTheSubject() {
        Claim c = only(claims(TestTexts.parse("Tom/NNP/PERSON Watson/NNP/PERSON criticised/VBD the/DT deal/NN "
                + "and/CC said/VBD/O/say he/PRP would/MD vote/VB against/IN it/PRP ./.")));
        assertEquals("Tom Watson", c.source().name());
        assertEquals("he would vote against it", c.content());
    }

    @Test
    void participleContinuesTheSource() {
        List<Claim> c = claims(TestTexts.parse("Ten/CD are/VBP dead/JJ ,/, officials/NNS told/VBD/O/tell "
                + "state/NN media/NNS ,/, adding/VBG/O/add that/IN rescuers/NNS left/VBD ./."));
        assertEquals(2, c.size(), c.toString());
        assertEquals("Ten are dead", c.get(0).content());
        assertEquals("officials", c.get(1).source().name());
        assertEquals("rescuers left", c.get(1).content());
    }

    @Test
    void negatedOrAdjectivalVerbsAreNoCues() {
        assertTrue(claims(TestTexts.parse("He/PRP did/VBD not/RB say/VB/O/say he/PRP ordered/VBD it/PRP ./."))
                .isEmpty());
        assertTrue(claims(TestTexts.parse("Bodies/NNS raised/VBD the/DT confirmed/VBN/O/confirm toll/NN "
                + "to/TO 31/CD ./.")).isEmpty());
    }

    @Test
    void prepositionalAdjunctIsNoContent() {
        assertTrue(claims(TestTexts.parse("Lam/NNP/PERSON said/VBD/O/say in/IN a/DT televised/JJ "
                + "announcement/NN ./.")).isEmpty());
    }

    @Test
    void theyGoesToThePluralSubjectOfTheClause() {
        Claim c = only(claims(TestTexts.parse("State/NNP prosecutors/NNS charged/VBD the/DT suspect/NN ,/, "
                + "they/PRP said/VBD/O/say Sunday/NNP/DATE ./.")));
        assertEquals("State prosecutors", c.source().name());
        assertEquals("State prosecutors charged the suspect", c.content());
    }

    @Test
    void quotedFragmentsTakeTheClaimSource() {
        Claim claim = new Claim(Speaker.unnamed("the writer"), "suppose", "a “replacement” of people", 10, 36);
        Quotation inside = new Quotation("replacement", 13, 24, java.util.Optional.empty(),
                java.util.Optional.empty());
        Quotation outside = new Quotation("other", 50, 55, java.util.Optional.empty(), java.util.Optional.empty());
        List<Quotation> q = QuotedFragments.attributeFromClaims(List.of(inside, outside), List.of(claim));
        assertEquals("the writer", q.get(0).speaker().orElseThrow().name());
        assertEquals("suppose", q.get(0).cue().orElseThrow());
        assertTrue(q.get(1).speaker().isEmpty());
    }
}
