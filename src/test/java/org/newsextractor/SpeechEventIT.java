package org.newsextractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Who said what, read off the dependency parse, on made-up sentences in the shapes news uses: one test per shape
 * of attribution that word patterns get wrong.
 */
class SpeechEventIT {

    private static Extraction extract(String text) {
        return SharedExtractor.get().extract(text);
    }

    private static String speakerOf(Extraction x, String quoted) {
        Quotation q = x.quotations().stream().filter(t -> t.text().contains(quoted)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation \"" + quoted + "\" in " + x.quotations()));
        return q.speaker().map(Speaker::name).orElse("(none)");
    }

    private static Claim claimWith(Extraction x, String cue) {
        return x.claims().stream().filter(c -> c.cue().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with cue " + cue + " in " + x.claims()));
    }

    @Test
    void twoReportsInOneSentenceKeepTheirOwnSources() {
        Extraction x = extract("President Anna Kovac said the victims were \"brave souls\" in an \"unspeakable "
                + "attack\" while Minister Boris Lind wrote he had ordered checks.");
        assertEquals("Anna Kovac", speakerOf(x, "brave souls"));
        assertEquals("Anna Kovac", speakerOf(x, "unspeakable attack"));
        Claim second = claimWith(x, "write");
        assertEquals("Boris Lind", second.source().name());
        assertEquals("he had ordered checks", second.content());
        assertTrue(claimWith(x, "say").content().endsWith("attack\""), claimWith(x, "say").content());
    }

    @Test
    void anAppositionNamesTheSpeakerRatherThanThePossessor() {
        Extraction x = extract("Officer Mark Dunn was injured on Friday. Dunn's mother, Carol Dunn, said on TV, "
                + "\"He was a good boy and he loved his job.\"");
        assertEquals("Carol Dunn", speakerOf(x, "good boy"));
    }

    @Test
    void aPronounSubjectIsTheCompatiblePersonNotTheLastNamed() {
        Extraction x = extract("Maria Lopez arrived at the court with her lawyer, Peter Grant, on Monday. "
                + "She told a guard at the door, \"Let me see my son.\"");
        assertEquals("Maria Lopez", speakerOf(x, "Let me see"));
    }

    @Test
    void aSubjectSharedByCoordinatedVerbsSpeaksForBoth() {
        Extraction x = extract("The State Department gave its \"deepest sympathies\" to the families and said it "
                + "was monitoring the situation.");
        assertEquals("State Department", speakerOf(x, "deepest sympathies"));
    }

    @Test
    void aVerbOfJudgementIntroducesAQuotation() {
        Extraction x = extract("Mayor Tom Reed, also on Twitter, defended his decision, \"It was the right call "
                + "for our city.\"");
        assertEquals("Tom Reed", speakerOf(x, "right call"));
    }

    @Test
    void aQuotationWithNoVerbBelongsToTheSpeechActBeforeIt() {
        Extraction x = extract("\"We acted within the law,\" said council leader Sam Otto.\n\n"
                + "Governor Lisa Park also criticized the decision via Twitter. \"This is a disgrace for the "
                + "whole region.\"");
        assertEquals("Lisa Park", speakerOf(x, "disgrace for the whole region"));
    }

    @Test
    void anAsideBetweenTheVerbAndTheQuotationDoesNotTakeIt() {
        Extraction x = extract("President Eva Holm said, as reported by the Daily Courier, \"We will rebuild "
                + "every house.\"");
        assertEquals("Eva Holm", speakerOf(x, "rebuild every house"));
    }

    @Test
    void aDocumentSpeaksForWhoIssuedIt() {
        Extraction x = extract("The Ministry of Health released a statement which said, \"We regret the delay "
                + "in testing.\"");
        assertEquals("Ministry of Health", speakerOf(x, "regret the delay"));
    }

    @Test
    void thingsTimesAndDocumentsAreNoUnnamedSources() {
        Extraction x = extract("\"Everything in the valley was destroyed,\" the statement said. \"We need "
                + "food and water,\" officials said.");
        assertEquals("(none)", speakerOf(x, "Everything in the valley"));
        assertEquals("officials", speakerOf(x, "food and water"));
    }

    @Test
    void evaluationsAndNounPhraseReportsAreClaims() {
        Extraction x = extract("Opposition leader Karl Berg called the move a disgrace. The agency characterised "
                + "the deaths as preventable. Officials blamed the rebels for the attack on the convoy. The company "
                + "announced a complete withdrawal from the market. Troops have left the northern area, according "
                + "to the agency. The Daily Courier reported that the bridge had collapsed.");
        Claim call = claimWith(x, "call");
        assertEquals("Karl Berg", call.source().name());
        assertTrue(call.content().contains("the move a disgrace"), call.content());
        assertTrue(claimWith(x, "characterise").content().contains("the deaths as preventable"));
        assertTrue(claimWith(x, "blame").content().contains("the rebels for the attack"));
        assertTrue(claimWith(x, "announce").content().contains("a complete withdrawal"));
        assertEquals("Troops have left the northern area", claimWith(x, "according to").content());
        Claim report = claimWith(x, "report");
        assertEquals("Daily Courier", report.source().name().replaceFirst("^The ", "")); // a publication keeps its "The"
        assertEquals("the bridge had collapsed", report.content());
    }

    @Test
    void aSpeechNounWithAThatClauseIsAClaimOfItsIssuer() {
        Extraction x = extract("The ministry's claim that troops had left the border was rejected by observers.");
        Claim claim = claimWith(x, "claim");
        assertEquals("ministry", claim.source().name());
        assertEquals("troops had left the border", claim.content());
    }

    @Test
    void requestsAreNoClaims() {
        Extraction x = extract("Opposition leader Karl Berg called on the government to resign. Critics called "
                + "for an inquiry.");
        assertEquals(List.of(), x.claims().stream().filter(c -> c.cue().equals("call")).toList());
    }

    @Test
    void theQuotedPersonSpeaksNotThePaperThatQuotedThem() {
        Extraction x = extract("Foreign minister Klaus Wendt was quoted by the Daily Courier as saying \"this "
                + "cannot continue\".");
        assertEquals("Klaus Wendt", speakerOf(x, "cannot continue"));
    }

    @Test
    void anAppositionAfterAQuotationNamesTheSpeaker() {
        Extraction x = extract("\"We did everything we could,\" the coach, Marco Vitti, told reporters after the "
                + "match. \"The water is rising fast,\" one resident, who asked not to be named, told the BBC.");
        assertEquals("Marco Vitti", speakerOf(x, "everything we could"));
        assertEquals("resident", speakerOf(x, "water is rising"), "a label names the kind of source, without its count");
    }

    @Test
    void anOrganizationInAppositionSpeaksForTheDescription() {
        Extraction x = extract("The owner of the building, Harbour Properties, said it was \"cooperating fully\" "
                + "with the investigation.");
        assertEquals("Harbour Properties", speakerOf(x, "cooperating fully"));
    }

    @Test
    void aDefiniteDocumentSpeaksForWhoReleasedItBefore() {
        Extraction x = extract("The Ministry of Transport released a statement on Friday. The statement said: "
                + "\"All trains will run normally from Monday.\"");
        assertEquals("Ministry of Transport", speakerOf(x, "All trains will run"));
    }

    @Test
    void aHeadlineNameAndColonNameTheSpeaker() {
        Extraction x = extract("Mayor Tom Reed: \"We will rebuild the bridge\"\n\nThe bridge collapsed on Monday.");
        assertEquals("Tom Reed", speakerOf(x, "rebuild the bridge"));
    }

    @Test
    void aRelativeClauseReportsForTheNounItDescribes() {
        Extraction x = extract("Carl Jensen, who denied all charges, did not speak after the verdict. The ministry, "
                + "which said the tests were safe, refused to publish the data.");
        Claim deny = claimWith(x, "deny");
        assertEquals("Carl Jensen", deny.source().name());
        assertEquals("all charges", deny.content());
        assertEquals("the tests were safe", claimWith(x, "say").content(), "the report ends with the clause");
    }

    @Test
    void aJudgementHungOnTheObjectIsStillPartOfTheClaim() {
        Extraction x = extract("The president, speaking at a rally in the capital, accused the opposition of lying.");
        Claim accuse = claimWith(x, "accuse");
        assertTrue(accuse.content().contains("the opposition of lying"), accuse.content());
    }

    @Test
    void theNameAfterAnOfPhraseIsTheSpeaker() {
        Extraction x = extract("A spokeswoman for the local business association, Maria Lopez, said the group was "
                + "\"deeply disappointed\" by the decision.");
        assertEquals("Maria Lopez", speakerOf(x, "deeply disappointed"));
    }

    @Test
    void itAfterADocumentSpeaksForWhoIssuedIt() {
        Extraction x = extract("The rival club Nordvik FC issued a statement praising her career. \"Sara was a great "
                + "competitor and a fair one,\" it read.");
        assertEquals("Nordvik FC", speakerOf(x, "great competitor"));
    }

    @Test
    void aQuotationAfterASentenceAboutSomeoneInTheSameParagraphIsTheirs() {
        Extraction x = extract("\"We tried everything,\" Sara Lind said.\n\nHer coach, Erik Dahl, was emotional. "
                + "\"I have never worked with anyone so determined.\"\n\nThe race was held in Velden.\n\n"
                + "\"It was a great day for the town.\"");
        assertEquals("Erik Dahl", speakerOf(x, "never worked"));
        assertEquals("Erik Dahl", speakerOf(x, "great day"), "a new paragraph continues the last speaker");
    }

    @Test
    void aQuotationParagraphAfterASpeechActIsItsSpeakers() {
        Extraction x = extract("\"I am so proud of her,\" said her mother, Karin Lind.\n\nHer coach Erik Dahl spoke "
                + "to reporters after the race.\n\n\"She will be back in some role, I am sure of it. Maybe as a "
                + "coach.\"");
        assertEquals("Erik Dahl", speakerOf(x, "back in some role"));
    }

    @Test
    void accordingToNamesItsObjectNotItself() {
        Extraction x = extract("According to the federation, \"more than 500 young athletes\" joined clubs that "
                + "year.");
        assertEquals("federation", speakerOf(x, "500 young athletes"));
    }

    @Test
    void sheAfterAnUnnamedSubjectIsThatPerson() {
        Extraction x = extract("Senator Anna Virta called for an inquiry. One protester, a student who gave her name "
                + "only as Emma, said she had been hit. \"I was just standing there with a sign,\" she said.");
        assertEquals("Emma", speakerOf(x, "standing there"));
    }

    @Test
    void aNameAfterADashSignsTheQuotation() {
        Extraction x = extract("Mayor Tom Reed visited the coast.\n\n\"Roads are blocked by fallen trees\" -- "
                + "local police spokesperson Jan Holm.");
        assertEquals("Jan Holm", speakerOf(x, "Roads are blocked"));
    }

    @Test
    void aSourceAfterItsClauseReportsTheClause() {
        Extraction x = extract("Mark Dunn will be replaced by Lisa Chen, two people familiar with the matter told "
                + "Reuters.");
        Claim tell = claimWith(x, "tell");
        assertEquals("Mark Dunn will be replaced by Lisa Chen", tell.content());
        assertTrue(tell.source().name().contains("people"), tell.source().name());
    }

    @Test
    void accordingToADocumentNamesItsIssuer() {
        Extraction x = extract("According to Harbour Mining's annual report, output fell by 12 percent.");
        Claim claim = claimWith(x, "according to");
        assertEquals("Harbour Mining", claim.source().name());
        assertEquals("output fell by 12 percent", claim.content());
    }

    @Test
    void anAgeOrANationalityStandsForThePersonJustNamed() {
        Extraction x = extract("Olympic champion Sara Lind retired on Saturday. \"It was the best day of my life,\" "
                + "the 34-year-old recalled.");
        assertEquals("Sara Lind", speakerOf(x, "best day"));
    }

    @Test
    void aQuestionSplitFromItsAttributionKeepsItsSpeaker() {
        Extraction x = extract("The electoral commission declared Daniel Okoro the winner. \"Why did the count stop "
                + "for six hours?\" asked opposition candidate Grace Mensah at a rally in the capital.");
        assertEquals("Grace Mensah", speakerOf(x, "Why did the count stop"));
    }

    @Test
    void accordingToAfterAQuotationReportsNothingMore() {
        Extraction x = extract("\"The count was slowed by a power cut, nothing more,\" according to a statement "
                + "from the commission.");
        assertEquals(List.of(), x.claims(), "the words are a quotation, not a claim");
    }

    @Test
    void aParticipleAfterTheReportGoesWithTheMainClause() {
        Extraction x = extract("The Dementia Society said the news was a blow. Health Minister Paul Girard told Le "
                + "Monde that France would continue to fund dementia research, adding that \"no single failure "
                + "should stop us\".");
        assertEquals("Paul Girard", speakerOf(x, "no single failure"));
    }

    @Test
    void aReducedRelativeBetweenSubjectAndVerbDoesNotTakeTheSubject() {
        Extraction x = extract("A spokesman for the economy ministry, asked about the plans at a regular government "
                + "news conference in Berlin, said the government was in close contact with the company and would "
                + "\"do everything to keep jobs in Germany\".");
        assertTrue(speakerOf(x, "keep jobs").startsWith("spokesman"), speakerOf(x, "keep jobs"));
    }

    @Test
    void anyVerbBeforeAColonIntroducesTheQuotation() {
        Extraction x = extract("Mayor Tom Blake has called her plan \"a fantasy\". Asked about that, Rosa Fern "
                + "laughed: \"He said the same about the bike lanes, and now everybody uses them.\"");
        assertEquals("Rosa Fern", speakerOf(x, "bike lanes"));
    }

    @Test
    void anInvertedSubjectWithItsNameAfterAnOfPhraseSpeaks() {
        Extraction x = extract("\"We are running out of time,\" said the head of the agency's Africa division, "
                + "Maria Lopes.");
        assertEquals("Maria Lopes", speakerOf(x, "running out of time"));
    }

    @Test
    void aSentenceInTheNextParagraphDoesNotAttributeTheQuotationBefore() {
        Extraction x = extract("\"The rains failed again,\" Maria Lopes said. \"Families are eating their seeds.\""
                + "\n\nThe World Food Agency appealed for $300 million. \"Without funding, we will have to cut "
                + "rations,\" it added.");
        assertEquals("Maria Lopes", speakerOf(x, "eating their seeds"));
        assertEquals("World Food Agency", speakerOf(x, "cut rations"));
    }

    @Test
    void twoThreadsGiveTheSameResultsAsOne() throws Exception {
        List<String> texts = List.of(
                "President Anna Kovac said the victims were \"brave souls\" while Minister Boris Lind wrote he had "
                        + "ordered checks.",
                "Dunn's mother, Carol Dunn, said on TV, \"He was a good boy.\" Police said the inquiry continues.",
                "The Ministry of Health released a statement which said, \"We regret the delay.\"",
                "Troops have left the area, according to the agency. \"We will return,\" a commander said.");
        List<String> sequential = texts.stream().map(t -> extract(t).toJson()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<String>> futures = texts.stream().map(t -> pool.submit(() -> extract(t).toJson()))
                        .toList();
                for (int i = 0; i < texts.size(); i++) {
                    assertEquals(sequential.get(i), futures.get(i).get(), "article " + i + " round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInvertedSourceBeforeAnAdjunctReportsTheClauseBefore() {
        Extraction x = extract("Fighting went on near the main square of Velda, added the activists without "
                + "giving any figures.");
        Claim add = claimWith(x, "add");
        assertEquals("Fighting went on near the main square of Velda", add.content());
        assertTrue(add.source().name().contains("activists"), add.source().name());
    }

    @Test
    void aMessageSayingSomethingSpeaksForWhoSentIt() {
        Extraction x = extract("Officers later received a second call from a neighbour saying that the man was "
                + "firing shots.");
        Claim say = claimWith(x, "say");
        assertEquals("the man was firing shots", say.content());
        assertTrue(say.source().name().contains("neighbour"), say.source().name());
    }

    @Test
    void aLonePronounObjectReportsNothing() {
        Extraction x = extract("Mayor Tom Reed stated this at a meeting in Velda, held on Saturday. The Harbour "
                + "Police confirmed it on Sunday.");
        assertTrue(x.claims().isEmpty(), x.claims().toString());
    }

    @Test
    void itAfterADocumentSubjectSpeaksForTheDocumentsIssuerNotALaterOne() {
        Extraction x = extract("The statement by ministry spokesman Jan Holm was a reply to an appeal by envoy "
                + "Lisa Chen. It suggests that the talks will be long.");
        assertEquals("Jan Holm", claimWith(x, "suggest").source().name());
    }

    @Test
    void titlesJoinedByAndBeforeANameAreThatPersons() {
        Extraction x = extract("Former senator and party leader Ruth Okafor called the budget a \"cruel joke\". "
                + "Meanwhile, union leader and former mayor Tom Reed said that the cuts were a \"betrayal\".");
        assertEquals("Ruth Okafor", speakerOf(x, "cruel joke"));
        assertEquals("Tom Reed", speakerOf(x, "betrayal"));
        assertEquals("Tom Reed", claimWith(x, "say").source().name());
    }

    @Test
    void theyLaterInASentenceIsItsOwnPluralSubject() {
        Extraction x = extract("A new report by the Velda Institute was released on Monday. Researchers from "
                + "Velda University are offering an explanation: Before birth, they say, mammals dream about the "
                + "world they will enter.");
        Claim say = claimWith(x, "say");
        assertTrue(say.source().name().startsWith("Researchers"), say.source().name());
    }

    @Test
    void aQuotationLeftOpenAtTheEndOfItsParagraphIsTheNextParagraphsSpeaker() {
        Extraction x = extract("The party said the prime minister had missed a chance.\n\n"
                + "\"This was a poor reply. It was his last chance before the election.\n\n"
                + "\"He should have used it to present his plans,\" party leader Tom Reed told reporters.");
        assertEquals("Tom Reed", speakerOf(x, "poor reply"));
        assertEquals("Tom Reed", speakerOf(x, "present his plans"));
    }

    @Test
    void aQuotationBeforeTheSourceIsTheReportNotTheWordsAfterTheVerb() {
        Extraction x = extract("\"We are still counting the damage,\" Ruth Okafor, the governor of Velda, said in a "
                + "video posted on social media.");
        assertEquals("Ruth Okafor", speakerOf(x, "still counting"));
        assertTrue(x.claims().isEmpty(), x.claims().toString());
    }

    @Test
    void aReportEndsWhereAHyphenatedSourceAndItsVerbBegin() {
        Extraction x = extract("The Velda Emergency Agency said the death toll rose overnight to 3,381, the "
                + "state-run Zorg Press news agency reported.");
        assertEquals("the death toll rose overnight to 3,381", claimWith(x, "say").content());
    }

    @Test
    void anOrganizationNamedBeforeItsKindIsTheSource() {
        Extraction x = extract("The Velda Emergency Agency said the roads were closed. The toll rose to 40, the "
                + "state-run Reuters news agency reported.");
        assertEquals("Reuters", claimWith(x, "report").source().name());
    }

    @Test
    void aQuotationParagraphAfterANarrationAboutSomeoneElseIsTheirs() {
        Extraction x = extract("\"We lacked experience today,\" said striker Jon Berg.\n\n"
                + "The best player on the night was defender Ali Sow. Shortly after the game, he received the award. "
                + "But he was not happy about it:\n\n"
                + "\"We need to do more. We need to score and we need to win.\"");
        assertEquals("Jon Berg", speakerOf(x, "lacked experience"));
        assertEquals("Ali Sow", speakerOf(x, "need to do more"));
    }
    @Test
    void aSubjectWithAnAppositionBeforeTheVerbIsNotAnInvertedSource() {
        Extraction x = extract("Rui Neves, the opposition leader, accused the government of ignoring warnings.");
        Claim c = claimWith(x, "accuse");
        assertEquals("Rui Neves", c.source().name());
        assertEquals("the government of ignoring warnings", c.content());
    }

    @Test
    void aQuotationAfterAccordingToADocumentReleasedBySomeoneIsNoClaim() {
        Extraction x = extract("According to a statement released by the mayor's office, \"all city resources are "
                + "available.\"");
        assertTrue(x.claims().isEmpty(), x.claims().toString());
        assertEquals(1, x.quotations().size());
    }
    @Test
    void aNewHolderOfATitleIsNotItsFormerHolder() {
        Extraction x = extract("Former bank chief Martin Hale was jailed in May. The bank's new chief executive "
                + "said the company had \"turned the page\".");
        assertEquals("bank's new chief executive", speakerOf(x, "turned the page"));
    }
    @Test
    void aVerbThatReportsAClauseReportsNothingWithoutAFiniteVerb() {
        Extraction x = extract("A firefighter found the body of a man in a burnt-out car near the village. "
                + "Rescuers contended with roads that were washed out by the floods.");
        assertTrue(x.claims().isEmpty(), x.claims().toString());
    }

    @Test
    void aReportedClauseMayOpenWithItsVerbAfterAFrontedObject() {
        Extraction x = extract("Two million people spent the night in shelters, in what officials said was the "
                + "largest evacuation in the country's history.");
        Claim c = claimWith(x, "say");
        assertEquals("officials", c.source().name());
        assertTrue(c.content().contains("largest evacuation"), c.content());
    }
    @Test
    void aPersonAfterAnOrganizationAndATitleIsTheSpeaker() {
        Extraction x = extract("\u201cWe had been watching him for weeks,\u201d said Nevada Department of Public "
                + "Safety spokesman Carl Dobbs.");
        assertEquals("Carl Dobbs", speakerOf(x, "watching him"));
    }

    @Test
    void aPersonFollowedByTheirAffiliationIsTheSpeaker() {
        Extraction x = extract("\"Storms are not new here, but this one was different,\" Mia Sorel of the aid "
                + "group Relief Works told CBS News.");
        assertEquals("Mia Sorel", speakerOf(x, "Storms are not new"));
    }

    @Test
    void aNameInAppositionAfterADescriptionIsTheSourceOfTheClauseBefore() {
        Extraction x = extract("The death toll rose to 1,723, a military spokesman, Lt. Col. Ravi Amin, told "
                + "reporters in the capital.");
        Claim c = claimWith(x, "tell");
        assertEquals("Ravi Amin", c.source().name());
        assertEquals("The death toll rose to 1,723", c.content());
    }

    @Test
    void aDatelineRunIntoAnUnnamedSourceStaysOutOfItsLabel() {
        Extraction x = extract("Bremerton (US), Aug 22 (AP) Oregon state health officials say more than 30 cases have "
                + "been reported at a hospital.");
        assertEquals("Oregon state health officials", claimWith(x, "say").source().name());
    }
    @Test
    void aReportAfterTheQuotationsOwnVerbOnlyRelaysIt() {
        Extraction x = extract("\"There have been no talks on any subject between the two countries,\" Reza Amini, "
                + "the Foreign Ministry's spokesman, said on Saturday, the state news agency IRNA reported.");
        assertEquals("Reza Amini", speakerOf(x, "no talks"));
    }
    @Test
    void anAdverbialClauseAfterTheSourceLeavesTheReportBeforeIt() {
        Extraction x = extract("The storm killed at least 40 people, officials said, as rescue teams searched "
                + "flooded villages yesterday, hampered by fallen power lines.");
        Claim c = claimWith(x, "say");
        assertEquals("officials", c.source().name());
        assertEquals("The storm killed at least 40 people", c.content());
    }

    @Test
    void theGovernmentIsNotTheCompanyNamedBeforeIt() {
        Extraction x = extract("Shares in Norvale Air fell 5% on Monday. The government said the state would not "
                + "rescue the airline.");
        assertEquals("government", claimWith(x, "say").source().name());
    }
    @Test
    void aReportAfterButIsReadEvenWhenTheParserTakesItsVerbForAnAdjective() {
        Extraction x = extract("The strikes on 16 and 18 June have not been deferred following intervention from "
                + "the Labour Court but Aer Lingus said media coverage has already hurt its business.");
        Claim c = claimWith(x, "say");
        assertEquals("Aer Lingus", c.source().name());
        assertEquals("media coverage has already hurt its business", c.content());
    }

    @Test
    void chargingThatAndDismissingAsAreReports() {
        Extraction x = extract("The opposition charged that the election had been rigged. The government "
                + "dismissed the report as baseless.");
        assertEquals("the election had been rigged", claimWith(x, "charge").content());
        assertEquals("the report as baseless", claimWith(x, "dismiss").content());
    }
    @Test
    void aReportedSubjectWithAnAppositionKeepsItsVerb() {
        Extraction x = extract("The union said its members, representing 5,000 rail workers, rejected the offer by "
                + "a wide margin.");
        assertEquals("its members, representing 5,000 rail workers, rejected the offer by a wide margin",
                claimWith(x, "say").content());
    }
    @Test
    void aReportingVerbThatEndsItsTextReportsNothing() {
        Extraction x = extract("Minister Anna Lind told reporters");
        assertTrue(x.claims().isEmpty(), x.claims().toString());
    }
    @Test
    void aReportInsideAReportIsAClaimOfItsOwn() {
        Extraction x = extract("Senator Ruth Kane said Governor Paul Amos himself had stated that the state had "
                + "paid the farmers.");
        assertEquals("Ruth Kane", claimWith(x, "say").source().name());
        Claim inner = claimWith(x, "state");
        assertEquals("Paul Amos", inner.source().name());
        assertEquals("the state had paid the farmers", inner.content());
    }

    @Test
    void ruingThatIsAReport() {
        Extraction x = extract("Coach Wim Dekker rued that his players could not execute the plan.");
        assertEquals("his players could not execute the plan", claimWith(x, "rue").content());
    }
    @Test
    void itAfterAnOrganizationsReportIsThatOrganization() {
        Extraction x = extract("The strikes have not been deferred following intervention from the Labour Court "
                + "but Aer Lingus said bookings had already fallen. As a result it said its profit would fall.");
        Claim c = x.claims().stream().filter(k -> k.content().contains("profit")).findFirst().orElseThrow();
        assertEquals("Aer Lingus", c.source().name());
    }

    @Test
    void aSpeechVerbTheTaggerTookForANounBeforeAQuotationStillReports() {
        Extraction x = extract("The storm closed the runway. A statement from the airline read: \"We apologise to "
                + "all passengers affected by the disruption.\"");
        assertEquals("airline", speakerOf(x, "We apologise"));
    }

    @Test
    void anAcronymNerMissedIsASourceAfterAccordingTo() {
        Extraction x = extract("According to the CECC, more than 400 people were stranded at the terminal.");
        Claim c = claimWith(x, "according to");
        assertEquals("CECC", c.source().name());
        assertEquals("more than 400 people were stranded at the terminal", c.content());
    }

    @Test
    void aHyphenTypedAsADashEndsTheReportedClause() {
        Extraction x = extract("Police said the driver was arrested at the scene - a witness said he had been "
                + "speeding.");
        Claim police = x.claims().stream().filter(k -> k.source().name().equals("Police")).findFirst().orElseThrow();
        assertEquals("the driver was arrested at the scene", police.content());
    }

    @Test
    void theyAfterOneUnnamedPersonIsTheOrganizationNamedSince() {
        Extraction x = extract("One man said it was a quiet street. \"Nothing like this ever happens,\" he said. "
                + "Suffolk Police have delivered letters to people living around the area. \"A man was arrested and "
                + "we are making further enquiries,\" they say.");
        assertEquals("Suffolk Police", speakerOf(x, "A man was arrested"));
    }

    @Test
    void anOfficeNamedForATitleKeepsItsWholeName() {
        Extraction x = extract("The Dorset County Sheriff's Office has released new details about the shooting. "
                + "The sheriff's office said that the suspect died in hospital.");
        Claim c = x.claims().stream().filter(k -> k.content().contains("suspect died")).findFirst().orElseThrow();
        assertEquals("Dorset County Sheriff's Office", c.source().name());
    }

    @Test
    void aLongDocumentPhraseAfterAccordingToStillEndsAtItsComma() {
        Extraction x = extract("According to the latest situation report released by the health agency on Monday "
                + "via its official website, 811 confirmed cases have been recorded so far.");
        Claim c = claimWith(x, "according to");
        assertEquals("811 confirmed cases have been recorded so far", c.content());
        assertTrue(x.claims().stream().noneMatch(k -> k.source().name().equals("811")), x.claims().toString());
    }

    @Test
    void aRangeDashBetweenNumbersDoesNotEndTheClause() {
        Extraction x = extract("The agency said that people aged 21–30 years remained the most affected group.");
        assertEquals("people aged 21–30 years remained the most affected group", claimWith(x, "say").content());
    }

    @Test
    void aQuotedSentenceAfterTheReportedClauseIsNotPartOfIt() {
        Extraction x = extract("Chris Ogden explained the street was very busy, \"My uncle and aunt were sitting "
                + "in the living room.\"");
        assertEquals("the street was very busy", claimWith(x, "explain").content());
        assertEquals("Chris Ogden", speakerOf(x, "My uncle"));
    }

    @Test
    void aPronounAfterAnApposedLawyerIsTheLawyerNotHisClient() {
        Extraction x = extract("Brand said the judge could send a message. Morley's lawyer, Dick Dawson, said the "
                + "verdict sent a message. \"Tom Morley was convicted of a felony,\" he said.");
        assertEquals("Dick Dawson", speakerOf(x, "convicted of a felony"));
    }

    @Test
    void aNameBeforeItsDescriptionSpeaksEvenWhenTheParserTakesTheDescriptionForTheSubject() {
        Extraction x = extract("Republicans continue to push bills. \"It is no reason,\" Sen. John Kavanagh, a "
                + "Republican from Fountain Hills said.");
        assertEquals("John Kavanagh", speakerOf(x, "no reason"));
    }

    @Test
    void aDescriptionAfterSomeoneElsesNameIsNotThatPerson() {
        Extraction x = extract("After meeting John Kavanagh, a spokesman said the talks had gone well.");
        assertEquals("spokesman", claimWith(x, "say").source().name());
    }

    @Test
    void aDescribedNationalitySpeaksForTheLastPersonNamed() {
        Extraction x = extract("\"They had a deserved win,\" coach Ralph Heller told the Echo. The Austrian "
                + "continued: \"We have been lacking everything for 15 minutes.\"");
        assertEquals("Ralph Heller", speakerOf(x, "lacking everything"));
    }

    @Test
    void tellingSomeoneAClauseTheParserLeftUnlabelledIsAReport() {
        Extraction x = extract("The president wanted an immigration bill this year. Senator Lindsey Gray told him "
                + "it's not going to happen.");
        Claim c = claimWith(x, "tell");
        assertEquals("Lindsey Gray", c.source().name());
        assertEquals("it's not going to happen", c.content());
    }

    @Test
    void anInfinitiveSpeechVerbSpeaksForTheSentencesSubject() {
        Extraction x = extract("But Kansas Republican Sam Brook had another word to describe it: \"testy.\"");
        assertEquals("Sam Brook", speakerOf(x, "testy"));
        Extraction y = extract("The White House said that Joe Biden wanted to brief allies \"on his call to "
                + "the president\".");
        assertEquals("White House", speakerOf(y, "on his call"));
    }

    @Test
    void anAsideBetweenTwoDashesStaysInsideTheReportedClause() {
        Extraction x = extract("Admiral Angel Soto said that an adult - probably a school employee - may still be "
                + "alive under the rubble.");
        assertEquals("an adult - probably a school employee - may still be alive under the rubble",
                claimWith(x, "say").content());
    }

    @Test
    void aDescriptionMatchesAnAbbreviatedTitle() {
        Extraction x = extract("Republican Arizona Gov. Jan Brewster vetoed a bill on Wednesday. The conservative "
                + "governor said she could not sign a bill that was unneeded.");
        assertEquals("Jan Brewster", claimWith(x, "say").source().name());
    }

    @Test
    void aReportToSomeoneInsideAReportIsAClaimOfItsOwn() {
        Extraction x = extract("Senator Jo Lane said Governor Paul Amos had told reporters the state would pay the "
                + "farmers.");
        Claim inner = claimWith(x, "tell");
        assertEquals("Paul Amos", inner.source().name());
        assertEquals("the state would pay the farmers", inner.content());
    }

    @Test
    void aSpeakerTheParserHungOnTheReportsLastNounStillSourcesTheClauseBefore() {
        Extraction x = extract("The fire threatened many houses, Anaheim city spokesman John Nicoll said.");
        Claim c = claimWith(x, "say");
        assertEquals("John Nicoll", c.source().name());
        assertEquals("The fire threatened many houses", c.content());
    }

    @Test
    void aDatelineTheParserTookForTheSubjectIsNoSource() {
        Extraction x = extract("CARACAS, Venezuela – The National Electoral Council (CNE) said that the ruling "
                + "party won 17 of 23 state governorships.");
        assertEquals("National Electoral Council", claimWith(x, "say").source().name());
    }

    @Test
    void aCommonNounForAPersonBetweenTitleAndNameIsNoGivenName() {
        Extraction x = extract("EU Chief Observer Eduard Kukan said the campaign was unfair.");
        assertEquals("Eduard Kukan", claimWith(x, "say").source().name());
    }

    @Test
    void aWordInsideAPlaceNameIsNoVerbToTheParser() {
        Extraction x = extract("The US embassy in Dar es Salaam said that irregularities raise serious doubts about "
                + "the results.");
        assertTrue(claimWith(x, "say").source().name().contains("embassy"), x.claims().toString());
    }

    @Test
    void aCoordinatedSpeechVerbIsNoContentOfTheVerbBefore() {
        Extraction x = extract("\"That whole thing is under review,\" said Sgt. Patrick Webb. Webb wouldn't say what "
                + "part of the information they could confirm and said it was all subject to the review.");
        Claim c = claimWith(x, "say");
        assertEquals("Patrick Webb", c.source().name());
        assertEquals("it was all subject to the review", c.content());
        assertTrue(x.claims().stream().noneMatch(k -> k.cue().equals("confirm")), x.claims().toString());
    }

    @Test
    void aSentenceOpeningButIsNoPartOfTheClauseItReports() {
        Extraction x = extract("But slowing winds later in the day allowed firefighters to contain the blaze, "
                + "authorities said.");
        assertEquals("slowing winds later in the day allowed firefighters to contain the blaze",
                claimWith(x, "say").content());
    }

    @Test
    void aVerbInARelativeClauseBeforeTheQuotationIsNotItsSpeaker() {
        Extraction x = extract("In the region of Anjouan from where President Azali Assani and his right-hand man "
                + "hail, \"there was a small turnout but the ballot box filled up quickly\", one observer said.");
        assertEquals("observer", speakerOf(x, "small turnout"));
        assertTrue(x.claims().isEmpty(), x.claims().toString());
    }

    @Test
    void wordsQuotedInASentenceWithoutSpeechVerbAreItsNamedSubjects() {
        Extraction x = extract("Opposition candidate John Mahmud on Thursday rejected as \"fraudulent\" the results "
                + "of the elections.");
        assertEquals("John Mahmud", speakerOf(x, "fraudulent"));
    }

    @Test
    void wordsQuotedInASentenceWithoutSpeechVerbMayBeAnUnnamedSubjects() {
        Extraction x = extract("The farmers blocked the motorway for hours on Monday, demanding \"a fair price for "
                + "our milk\" from the supermarkets.");
        assertEquals("farmers", speakerOf(x, "a fair price"));
    }

    @Test
    void aReportedClauseMayOpenWithAnAmount() {
        Extraction x = extract("Governor Mitt Rooney said $5.2 million of the funds will help workers who have been "
                + "laid off.");
        assertEquals("$5.2 million of the funds will help workers who have been laid off", claimWith(x, "say").content());
    }

    @Test
    void resultsPublishedBySomeoneAreTheirs() {
        Extraction x = extract("According to the provisional results published by the electoral commission, the "
                + "ruling party won a majority in parliament.");
        Claim c = claimWith(x, "according to");
        assertEquals("electoral commission", c.source().name());
        assertEquals("the ruling party won a majority in parliament", c.content());
    }

    @Test
    void aSpeechParticipleAfterTheClausesLastNounEndsIt() {
        Extraction x = extract("Mr Tundu Lissu said he would not accept the results saying the vote was a sham.");
        assertEquals("he would not accept the results", claimWith(x, "say").content());
    }

    @Test
    void anInfinitiveReportThatWasMadeIsAClaimAndOneDeclinedIsNot() {
        Extraction x = extract("The spokesman went on to say that the airline would compensate passengers. The "
                + "minister declined to say whether the budget would be cut.");
        Claim c = claimWith(x, "say");
        assertEquals("spokesman", c.source().name());
        assertEquals("the airline would compensate passengers", c.content());
        assertEquals(1, x.claims().size(), x.claims().toString());
        Extraction y = extract("The finance minister is reported to have said that the budget would be cut.");
        assertEquals("the budget would be cut", claimWith(y, "say").content());
    }

    @Test
    void aHeadlineDescriptionNamesThePersonTheStoryNamesLater() {
        Extraction x = extract("Harbour City leader announces withdrawal of housing bill\n\nOn Wednesday, Clara Lim, "
                + "the chief executive of Harbour City, announced that her government will withdraw the bill.");
        Claim headline = x.claims().stream().filter(k -> k.content().startsWith("withdrawal")).findFirst()
                .orElseThrow(() -> new AssertionError(x.claims().toString()));
        assertEquals("Clara Lim", headline.source().name());
    }

    @Test
    void anAgencyRelayingAReportSourcesItEvenWhenItsNameModifiesAVoicelessNoun() {
        Extraction x = extract("Figures from the north are hampered by the war, but the government reported 812 "
                + "deaths in areas it controls, state-run SANA news reported.");
        Claim relay = x.claims().stream().filter(k -> k.source().name().equals("SANA")).findFirst()
                .orElseThrow(() -> new AssertionError(x.claims().toString()));
        assertEquals("the government reported 812 deaths in areas it controls", relay.content());
    }

    @Test
    void aStoryAllegingSomethingIsItsPublishersClaimNotTheStorys() {
        Extraction x = extract("The tabloid published the story alleging that the minister had been in a "
                + "relationship with a 26-year-old woman.");
        Claim c = claimWith(x, "allege");
        assertEquals("tabloid", c.source().name());
        assertEquals("the minister had been in a relationship with a 26-year-old woman", c.content());
    }

    @Test
    void aSubordinateReportBySomeoneElseEndsTheReportedThing() {
        Extraction x = extract("Tibisay Lucas, the head of the electoral council, announced the results late Monday "
                + "evening as President Mario Duro hailed the election as a success.");
        assertEquals("the results late Monday evening", claimWith(x, "announce").content());
    }

    @Test
    void aStanceStatedInPublicReportsAClauseButAStanceNounAloneDoesNot() {
        Extraction x = extract("The regional health agency expressed concern that the outbreak could spread. The "
                + "opposition gave assurances that the vote would go ahead. Fears that prices will rise grew.");
        Claim concern = claimWith(x, "express concern");
        assertEquals("regional health agency", concern.source().name());
        assertEquals("the outbreak could spread", concern.content());
        assertEquals("opposition", claimWith(x, "give assurance").source().name());
        assertEquals(2, x.claims().size(), x.claims().toString());
    }

    @Test
    void aQuotationOverTwoSentencesIsNotTakenByTheNextSentencesReport() {
        Extraction x = extract("Commodore Frank Barama said: \"I assure him that he will not be harmed. It will be a "
                + "peaceful transition.\" According to the newspaper Sunday Star, sources have confirmed a takeover.");
        String speaker = speakerOf(x, "I assure him");
        assertTrue(speaker.endsWith("Frank Barama"), speaker);
    }

    @Test
    void aClauseEndingInAColonIntroducesTheQuotationWhateverItsLastWord() {
        Extraction x = extract("Richard Dunn, director of the justice program at Rights First, expressed enthusiasm "
                + "over the capture: \"This is an extraordinary moment for the people of the region.\"");
        assertEquals("Richard Dunn", speakerOf(x, "This is an extraordinary"));
    }

    @Test
    void aSourceAfterACoordinatorOpensTheClauseAfterIt() {
        Extraction x = extract("Following the incident, 2,839 soldiers were detained and, according to another "
                + "military official, 104 coup plotters were killed.");
        Claim c = claimWith(x, "according to");
        assertEquals("104 coup plotters were killed", c.content());
        assertEquals(1, x.claims().size(), x.claims().toString());
    }

    @Test
    void aRelativePronounAfterACommaSpeaksForTheNameBeforeIt() {
        Extraction x = extract("Mr Perrone deferred comment after court to Barry Bolt, who said he plans to appeal. "
                + "The plan has been welcomed by Kenya, which has indicated that it will resume sending aid.");
        assertEquals("Barry Bolt", claimWith(x, "say").source().name());
        assertEquals("Kenya", claimWith(x, "indicate").source().name());
    }

    @Test
    void aPassiveReportWithItsDoerReportsItsSubject() {
        Extraction x = extract("Her death has been confirmed by Dmitri Mirov, editor of the newspaper. Politicians were "
                + "reported by local media to have visited the hospital.");
        Claim confirm = claimWith(x, "confirm");
        assertEquals("Dmitri Mirov", confirm.source().name());
        assertEquals("Her death", confirm.content());
        assertEquals("to have visited the hospital", claimWith(x, "report").content());
    }

    @Test
    void aReportStopsAtASpeechParticipleAfterAnAdverbAndASourceAtACoordinatedPredicate() {
        Extraction x = extract("Maoist rebels announced a three-month ceasefire from Thursday onward saying that the "
                + "move reflected their support for the people. The weather was overcast on Saturday, Tom Landers "
                + "said, but was considered flyable.");
        assertEquals("a three-month ceasefire from Thursday onward", claimWith(x, "announce").content());
        assertTrue(x.claims().stream().anyMatch(c -> c.content().equals("The weather was overcast on Saturday")
                && c.source().name().equals("Tom Landers")), x.claims().toString());
    }

    @Test
    void aCountBoundIsNoPartOfALabelAndADatedDatelineNoSource() {
        Extraction x = extract("At least one witness told investigators that the landing gear was up.\n\nGENEVA, "
                + "Aug 25 (Reuters) - The World Health Organisation said on Monday it has sent equipment to Congo.");
        assertEquals("witness", claimWith(x, "tell").source().name());
        assertEquals("World Health Organisation", claimWith(x, "say").source().name());
    }

    @Test
    void aReportInARelativeClauseOnWhoseNounIsNoClaim() {
        Extraction x = extract("The Bluecut Fire, whose cause officials said they were still investigating, came as "
                + "crews began to make progress.");
        assertEquals(0, x.claims().size(), x.claims().toString());
    }

    @Test
    void aFileNameLeftFromACaptionIsNoPartOfTheName() {
        Extraction x = extract("Abramoff wrote to a fellow lobbyist via e-mail, \"I had dinner tonight with the "
                + "chief.\" File:Jack Abramoff Jan1006.jpg\n\nJack Abramoff was later convicted.");
        assertTrue(x.people().stream().noneMatch(p -> p.name().contains("jpg")), x.people().toString());
    }

    @Test
    void anUnidentifiedSourceIsLabelledByItsKind() {
        Extraction x = extract("\"The people were very familiar with the hotel layouts,\" said an unidentified "
                + "commander of the navy.");
        assertEquals("commander of the navy", speakerOf(x, "familiar with the hotel"));
    }

    @Test
    void aYearAfterTheSubjectIsNoSourceAndAToldClauseKeepsItsSubject() {
        Extraction x = extract("The Church, on October 18, 2008 accused the group of being involved in the "
                + "shooting. The company did not reveal the size of the ransom, but pirates told reporters the "
                + "amount was more than US$2.5 million.");
        assertEquals("Church", claimWith(x, "accuse").source().name());
        Claim told = claimWith(x, "tell");
        assertEquals("pirates", told.source().name());
        assertEquals("the amount was more than US$2.5 million", told.content());
    }

    @Test
    void aSecondReportAfterBeforeEndsTheFirstAndAQuotedPredicateBelongsToTheClaim() {
        Extraction x = extract("The prime minister said that he was pleased with the summit, before adding that the "
                + "union will recover. Mining Minister Lorenzo Galvan announced that the tunnel the miners will "
                + "ascend \"will be ready in the next 24 hours.\"");
        assertEquals("he was pleased with the summit", claimWith(x, "say").content());
        assertEquals("the tunnel the miners will ascend \"will be ready in the next 24 hours.\"",
                claimWith(x, "announce").content());
    }

    @Test
    void televisionAndRadioCanBeSources() {
        Extraction x = extract("According to Indian television and radio, 155 people have been killed.");
        assertEquals("155 people have been killed", claimWith(x, "according to").content());
    }

    @Test
    void aPledgeIsAClaimAndCriticismForSomethingAJudgement() {
        Extraction x = extract("Foreign minister Ahmed Dirani pledged that the talks will resume after the holiday. "
                + "Minister Johann Weber criticised Moscow for resorting to retaliatory measures.");
        assertEquals("the talks will resume after the holiday", claimWith(x, "pledge").content());
        assertEquals("Moscow for resorting to retaliatory measures", claimWith(x, "criticise").content());
    }

    @Test
    void aPassiveConjunctHasNoSourceOfItsOwn() {
        Extraction x = extract("Voters were also electing their own president, and the candidate Hussein Mwaka has "
                + "been declared the winner with 76% of the votes.");
        assertEquals(0, x.claims().size(), x.claims().toString());
    }

    @Test
    void aParticipleAfterAnInvertedAttributionReportsForItsSpeaker() {
        Extraction x = extract("\"All people on board the aircraft died,\" said Svetlana Petrova, indicating that "
                + "experts have been sent to the site.");
        Claim c = claimWith(x, "indicate");
        assertEquals("Svetlana Petrova", c.source().name());
        assertEquals("experts have been sent to the site", c.content());
    }

    @Test
    void aClauseTheParserCutBeforeItsVerbRunsOn() {
        Extraction x = extract("The prime minister said that he was pleased with the role of Spain, before adding "
                + "that he believes the European Union will play an important role in the financial system.");
        assertEquals("he believes the European Union will play an important role in the financial system",
                claimWith(x, "add").content());
    }

    @Test
    void aSourceAfterItsClauseNeedsNoCommaAndOneBeforeItsClauseNeedsNone() {
        Extraction x = extract("North Korea is planning to test a third nuclear bomb according to a report in Yonhap, "
                + "a South Korean news agency.");
        Claim c = claimWith(x, "according to");
        assertEquals("North Korea is planning to test a third nuclear bomb", c.content());
        assertEquals(1, x.claims().size(), x.claims().toString());
        Extraction y = extract("According to police the child was playing with matches in a warehouse.");
        assertEquals("police", claimWith(y, "according to").source().name());
        assertEquals("the child was playing with matches in a warehouse", claimWith(y, "according to").content());
    }

    @Test
    void aRelativeClauseOnTheSourceIsNoPartOfTheClaim() {
        Extraction x = extract("According to Martin Nesbit, who is the UN spokesperson for the Secretary-General, an "
                + "IED bomb struck its four-vehicle convoy.");
        assertEquals("an IED bomb struck its four-vehicle convoy", claimWith(x, "according to").content());
    }

    @Test
    void perOpensASourceLikeAccordingTo() {
        Extraction x = extract("Per a Facebook statement by German police, gunfire was reported near the station. "
                + "Tickets cost $5 per person.");
        Claim c = claimWith(x, "per");
        assertEquals("gunfire was reported near the station", c.content());
        assertEquals(1, x.claims().size(), x.claims().toString());
    }

    @Test
    void wordsQuotedByAPaperAndWordsRunningIntoTheNextSentenceKeepTheirSpeaker() {
        Extraction x = extract("Nabil Shaker, the former foreign minister, was quoted by The Telegraph telling "
                + "reporters \"When you talk about a state, you are talking about the end of any solution.\"");
        assertEquals("Nabil Shaker", speakerOf(x, "When you talk about"));
        Extraction y = extract("One witness saw the helicopter \"flying very low. It came down suddenly and we heard a "
                + "loud explosion.\"");
        assertEquals("witness", speakerOf(y, "flying very low"));
    }

    @Test
    void aJudgementWhollyInQuotationMarksIsAQuotationOnly() {
        Extraction x = extract("Tom Waters called the minister's proposed deal \"lousy\" and said he would vote "
                + "against it. Senator Ada Kim called the move a \"betrayal\".");
        assertTrue(x.claims().stream().noneMatch(c -> c.content().contains("lousy")), x.claims().toString());
        assertTrue(x.claims().stream().anyMatch(c -> c.content().contains("betrayal")), x.claims().toString());
        assertEquals("he would vote against it", claimWith(x, "say").content());
    }

    @Test
    void aVerblessHeadlineGivesItsQuotedWordsToItsHeadNoun() {
        Extraction x = extract("Scottish Justice Secretary \u2018acutely aware of unusual publicity\u2019 in Kular case\n"
                + "Thursday, February 13, 2014\nWikinews has obtained a letter by Scottish Justice Secretary Kenneth "
                + "Mackie to a former party leader.");
        assertEquals("Kenneth Mackie", speakerOf(x, "acutely aware"));
    }

    @Test
    void aDeputyIsNotTheOfficeHeDeputizesFor() {
        Extraction x = extract("Regional Deputy Governor Oleg Kramer said 68 people were missing. Regional governor "
                + "Boris Dubov said the blast was unrelated. The region's governor has promised each victim will get a "
                + "payout.");
        assertEquals("Boris Dubov", claimWith(x, "promise").source().name());
    }

    @Test
    void aReportThatWouldBeMadeIsNoClaim() {
        Extraction x = extract("Mr Besigo was put under house arrest on the suspicion he would announce the results "
                + "himself.");
        assertEquals(0, x.claims().size(), x.claims().toString());
    }
}
