package org.newsextractor.internal.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.TestTexts;

class ContextTypingTest {
    private final NameSpanFinder finder = new NameSpanFinder();

    private List<String> typed(String... sentences) {
        return finder.find(TestTexts.parse(sentences)).stream().map(s -> s.text() + "=" + s.type()).toList();
    }

    @Test
    void aNameAfterANounForAKindOfOrganizationIsThatOrganization() {
        assertEquals(List.of("Erna=PERSON", "NRK=ORGANIZATION"),
                typed("Erna/NNP/PERSON told/VBD the/DT broadcaster/NN NRK/NNP/PERSON ./."));
        assertEquals(List.of("Erna=PERSON", "NRK=PERSON"), typed("Erna/NNP/PERSON told/VBD NRK/NNP/PERSON ./."),
                "no kind of organization before it: the tagger's type stands");
    }

    @Test
    void aOneWordPersonAfterAnArticleIsNoPerson() {
        assertEquals(List.of("Tom Reed=PERSON"),
                typed("Tom/NNP/PERSON Reed/NNP/PERSON said/VBD the/DT Bill/NNP/PERSON passed/VBD ./."));
        assertEquals(List.of("Bill=PERSON"), typed("Bill/NNP/PERSON passed/VBD ./."),
                "without an article the tagger's person stands");
    }

    @Test
    void twoCapitalsAfterAPlaceAndACommaAreAState() {
        assertEquals(List.of("Minneapolis=LOCATION", "MN=LOCATION"),
                typed("Minneapolis/NNP/LOCATION ,/, MN/NNP/ORGANIZATION"));
    }

    @Test
    void aWordListedBetweenOrganizationsIsOne() {
        assertEquals(List.of("Schwarz Group=ORGANIZATION", "Ionos=ORGANIZATION", "Deutsche Telekom=ORGANIZATION"),
                typed("such/JJ as/IN Schwarz/NNP/ORGANIZATION Group/NNP/ORGANIZATION ,/, Ionos/NNP/LOCATION "
                        + "and/CC Deutsche/NNP/ORGANIZATION Telekom/NNP/ORGANIZATION"));
    }

    @Test
    void theOutletOfADatelineIsAnOrganization() {
        assertEquals(List.of("MINNEAPOLIS=LOCATION", "FOX 9=ORGANIZATION"),
                typed("MINNEAPOLIS/NNP/LOCATION (/-LRB- FOX/NNP 9/CD )/-RRB- –/: Members/NNS met/VBD ./."));
    }

    @Test
    void anUntaggedNameThatReportsIsAnOutlet() {
        assertEquals(List.of("Sputnik=ORGANIZATION"),
                typed("He/PRP won/VBD ,/, Sputnik/NNP reported/VBD/O/report ./."));
        assertEquals(List.of(), typed("He/PRP won/VBD ,/, he/PRP reported/VBD/O/report ./."));
    }

    @Test
    void aCallSignThatReportsAfterASemicolonIsAnOutlet() {
        assertEquals(List.of("ZTV24=ORGANIZATION"),
                typed("He/PRP won/VBD ;/: ZTV24/NN reported/VBD/O/report it/PRP ./."));
        assertEquals(List.of(), typed("He/PRP won/VBD ;/: Data/NN reported/VBD/O/report it/PRP ./."));
    }

    @Test
    void anUntaggedWordAndAndBeforeAnOrganizationBelongToIt() {
        assertEquals(List.of("UN=ORGANIZATION", "Food and Agriculture Organization=ORGANIZATION"),
                typed("the/DT UN/NNP/ORGANIZATION 's/POS Food/NNP and/CC Agriculture/NNP/ORGANIZATION "
                        + "Organization/NNP/ORGANIZATION said/VBD"));
        assertEquals(List.of("Kenya=LOCATION", "World Bank=ORGANIZATION"),
                typed("Kenya/NNP/LOCATION and/CC World/NNP/ORGANIZATION Bank/NNP/ORGANIZATION officials/NNS"));
    }

    @Test
    void possessiveAfterACommonPluralStaysInsideTheName() {
        assertEquals(List.of("Employers ' Organisation=ORGANIZATION"), // test text has spaces between tokens
                typed("the/DT Employers/NNS/ORGANIZATION '/POS/ORGANIZATION Organisation/NNP/ORGANIZATION said/VBD"));
        assertEquals(List.of("United Nations=ORGANIZATION", "Food Organization=ORGANIZATION"),
                typed("United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION '/POS/ORGANIZATION Food/NN/ORGANIZATION "
                        + "Organization/NNP/ORGANIZATION said/VBD"));
    }

    @Test
    void aTitleWordBeforeAPersonIsNoOrganization() {
        assertEquals(List.of("Hammada Dashen=PERSON"),
                typed("Justice/NNP/ORGANIZATION Hammada/NNP/PERSON Dashen/NNP/PERSON adjourned/VBD"));
    }

    @Test
    void anOrganizationInAHeadlineEndsAtItsOrganizationWord() {
        assertEquals(List.of("Supreme Court=ORGANIZATION"),
                typed("Supreme/NNP/ORGANIZATION Court/NNP/ORGANIZATION Issues/NNP/ORGANIZATION "
                        + "New/NNP/ORGANIZATION Ruling/NNP/ORGANIZATION On/IN Petition/NNP"));
    }
}
