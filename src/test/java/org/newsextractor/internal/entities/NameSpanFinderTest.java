package org.newsextractor.internal.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.TestTexts;

class NameSpanFinderTest {
    private final NameSpanFinder finder = new NameSpanFinder();

    private List<String> names(String... sentences) {
        return finder.find(TestTexts.parse(sentences)).stream().map(s -> s.type() + " " + s.text()).toList();
    }

    @Test
    void aPossessiveBeforeOrganizationWordsIsPartOfTheName() {
        assertEquals(List.of("ORGANIZATION Alzheimer's Society"), names(
                "The/DT Alzheimer/NNP +'s/POS Society/NNP/ORGANIZATION said/VBD ./."));
        assertEquals(List.of("ORGANIZATION Velora", "ORGANIZATION Foundation"), names(
                "Velora/NNP/ORGANIZATION +'s/POS Foundation/NNP/ORGANIZATION said/VBD ./."),
                "after a name NER knows, the possessive marks an owner");
    }

    @Test
    void anOfficeNamedForATitleKeepsItsPossessive() {
        assertEquals(List.of("ORGANIZATION Dorset County Sheriff's Office"), names(
                "The/DT Dorset/NNP/ORGANIZATION County/NNP/ORGANIZATION Sheriff/NNP/ORGANIZATION "
                        + "+'s/POS/ORGANIZATION Office/NNP/ORGANIZATION said/VBD ./."));
    }

    @Test
    void anUntaggedCapitalizedNounAndAnOrganizationAreOneName() {
        assertEquals(List.of("ORGANIZATION Disaster and Emergency Management Agency"), names(
                "Freedonia/NNP +'s/POS Disaster/NN and/CC Emergency/NNP/ORGANIZATION Management/NNP/ORGANIZATION "
                        + "Agency/NNP/ORGANIZATION said/VBD ./."));
    }

    @Test
    void aCommonNounForAPersonIsNoGivenNameAfterATitle() {
        assertEquals(List.of("PERSON Eduard Kukan"), names(
                "Chief/NNP Observer/NNP Eduard/NNP/PERSON Kukan/NNP/PERSON said/VBD ./."));
    }

    @Test
    void aTitledPersonKeepsASurnameThatIsAlsoAPlaceWord() {
        assertEquals(List.of("PERSON Ruth Lake"), names("Senator/NNP Ruth/NNP/PERSON Lake/NNP/PERSON spoke/VBD ./."));
        assertEquals(List.of("LOCATION Crystal Lake"), names("Crystal/NNP/PERSON Lake/NNP/PERSON froze/VBD ./."),
                "without a title, a place word at the end still makes a place");
    }

    @Test
    void lowerCaseSecondHalfOfAGivenNameStaysInTheName() {
        assertEquals(List.of("PERSON Tan Kai-wen", "PERSON Park Soo-jin"), names(
                "Tan/NNP/PERSON Kai/NNP/PERSON +-/HYPH/PERSON +wen/NNP/PERSON said/VBD and/CC Park/NNP/PERSON "
                        + "Soo/NNP/PERSON +-/HYPH +jin/NNP agreed/VBD ./."));
    }

    @Test
    void untaggedWordBeforeAHyphenJoinsTheName() {
        assertEquals(List.of("ORGANIZATION Rescue-A-Hound League"), names(
                "The/DT Rescue/VB +-/HYPH +A-Hound/NNP/ORGANIZATION League/NNP/ORGANIZATION met/VBD ./."));
    }

    @Test
    void particleBeforeAHyphenJoinsTheName() {
        assertEquals(List.of("PERSON Omar al-Fahdi", "LOCATION el-Marsa"), names(
                "Omar/NNP/PERSON al/NNP +-/HYPH +Fahdi/NNP/PERSON visited/VBD el/NNP +-/HYPH +Marsa/NNP/LOCATION ./."));
    }

    @Test
    void givenNameRunIntoTheOrganizationBeforeIsTakenBack() {
        assertEquals(List.of("ORGANIZATION Civic Watch", "PERSON Wing-lok Chan"), names(
                "Civic/NNP/ORGANIZATION Watch/NNP/ORGANIZATION Wing/NNP/ORGANIZATION +-/HYPH +lok/NNP/PERSON "
                        + "Chan/NNP/PERSON said/VBD that/IN it/PRP was/VBD over/RB ./."));
    }

    @Test
    void modifiersAndPrefixesAfterOrBeforeAHyphenStayOut() {
        assertEquals(List.of("LOCATION Zembla", "PERSON Roe", "ORGANIZATION Acme"), names(
                "Zembla/NNP/LOCATION +-/HYPH +Based/NNP firms/NNS and/CC Anti/NNP +-/HYPH +Roe/NNP/PERSON "
                        + "groups/NNS met/VBD Acme/NNP/ORGANIZATION +-/HYPH +owned/VBN shops/NNS ./."));
    }

    @Test
    void placeBeforeALowerCasePublicBodyNamesAnOrganization() {
        assertEquals(List.of("ORGANIZATION Borsetshire police", "ORGANIZATION Ambridge city council"), names(
                "Borsetshire/NNP/LOCATION police/NNS said/VBD ./.",
                "Ambridge/NNP/ORGANIZATION city/NN council/NN agreed/VBD ./."));
    }

    @Test
    void possessiveAfterAPluralNounIsInsideTheName() {
        assertEquals(List.of("ORGANIZATION Zemblan Miners' Party", "ORGANIZATION Farmers' League"), names(
                "The/DT Zemblan/NNP/ORGANIZATION Miners/NNPS/ORGANIZATION +'/POS/ORGANIZATION Party/NNP/ORGANIZATION "
                        + "and/CC the/DT Farmers/NNPS/ORGANIZATION +'/POS/ORGANIZATION League/NNP/ORGANIZATION met/VBD ./."));
    }

    @Test
    void possessiveAfterAProperNameMarksAnOwner() {
        assertEquals(List.of("ORGANIZATION Acme Nations", "ORGANIZATION Soil Organization"), names(
                "Acme/NNP/ORGANIZATION Nations/NNP/ORGANIZATION +'/POS/ORGANIZATION Soil/NNP/ORGANIZATION "
                        + "Organization/NNP/ORGANIZATION met/VBD ./."));
    }

    @Test
    void fieldsJoinedByAndAfterOfStayInTheName() {
        assertEquals(List.of("ORGANIZATION Institute of Soil and Water Studies",
                "ORGANIZATION Ministry of Arts, Sport and Heritage"), names(
                "The/DT Institute/NNP/ORGANIZATION of/IN/ORGANIZATION Soil/NNP/ORGANIZATION and/CC Water/NNP "
                        + "Studies/NNPS said/VBD that/IN the/DT Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION "
                        + "Arts/NNPS/ORGANIZATION +,/, Sport/NNP and/CC Heritage/NNP was/VBD told/VBN ./."));
    }

    @Test
    void anOrganizationNerTaggedOnItsOwnIsNoField() {
        assertEquals(List.of("ORGANIZATION Ministry of Arts", "ORGANIZATION Acme"), names(
                "The/DT Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION Arts/NNPS/ORGANIZATION and/CC "
                        + "Acme/NNP/ORGANIZATION agreed/VBD on/IN it/PRP ./."));
    }

    @Test
    void fieldsListedBeforeAnOrganizationWordJoinTheNameBefore() {
        assertEquals(List.of("ORGANIZATION Northland Academic, Musical and Literary Society"), names(
                "The/DT Northland/NNP/ORGANIZATION Academic/NNP/ORGANIZATION +,/, Musical/NNP and/CC Literary/NNP "
                        + "Society/NNP met/VBD on/IN it/PRP ./."));
        assertEquals(List.of("ORGANIZATION Northland Academic, Musical and Literary Society"), names(
                "The/DT Northland/NNP/ORGANIZATION Academic/NNP/ORGANIZATION +,/,/ORGANIZATION Musical/NNP/ORGANIZATION "
                        + "and/CC/ORGANIZATION Literary/NNP/ORGANIZATION Society/NNP/ORGANIZATION met/VBD on/IN it/PRP ./."));
    }

    @Test
    void aSerialCommaBeforeTheLastFieldKeepsTheListInTheName() {
        assertEquals(List.of("ORGANIZATION Northland Academic, Musical, and Literary Society"), names(
                "The/DT Northland/NNP/ORGANIZATION Academic/NNP/ORGANIZATION +,/, Musical/NNP +,/, and/CC "
                        + "Literary/NNP/ORGANIZATION Society/NNP/ORGANIZATION met/VBD on/IN it/PRP ./."));
    }

    @Test
    void organizationWordOfANameHoldsTheNamesInside() {
        assertEquals(List.of("ORGANIZATION Office of the ZU High Envoy for Water Rights", "PERSON Ann Roe"), names(
                "The/DT Office/NNP of/IN the/DT ZU/NNP/ORGANIZATION High/NNP Envoy/NNP for/IN Water/NNP "
                        + "Rights/NNPS said/VBD Ann/NNP/PERSON Roe/NNP/PERSON was/VBD there/RB ./."));
        assertEquals(List.of(), names("The/DT Office/NNP of/IN the/DT president/NN said/VBD so/RB ./."));
    }

    @Test
    void givenNameBetweenATitleAndAPersonJoinsThePerson() {
        assertEquals(List.of("PERSON Ruben Tayo Marquez"), names(
                "President/NNP Ruben/NNP Tayo/NNP/PERSON Marquez/NNP/PERSON spoke/VBD ./."));
    }

    @Test
    void religionsAreNeitherPlacesNorOrganizations() {
        assertEquals(List.of("ORGANIZATION Zemblan Orthodox Church"), names(
                "Islam/NNP/ORGANIZATION ,/, Christendom/NNP/LOCATION and/CC the/DT Zemblan/NNP/ORGANIZATION "
                        + "Orthodox/NNP/ORGANIZATION Church/NNP/ORGANIZATION met/VBD ./."));
    }

    @Test
    void officeIsNoOrganization() {
        assertEquals(List.of("LOCATION Ruritania", "ORGANIZATION Ruritania Kelp Board"), names(
                "The/DT Supreme/NNP/ORGANIZATION Leader/NNP/ORGANIZATION of/IN Ruritania/NNP/LOCATION met/VBD "
                        + "the/DT Ruritania/NNP/ORGANIZATION Kelp/NNP/ORGANIZATION Board/NNP/ORGANIZATION ./."));
    }

    @Test
    void buildingNamedLikeAPersonIsAPlace() {
        assertEquals(List.of("LOCATION Masjid al-Tawil", "LOCATION Ruben Tayo Stadium"), names(
                "Crowds/NNS filled/VBD Masjid/NNP/PERSON al/NNP/PERSON +-/HYPH/PERSON +Tawil/NNP/PERSON and/CC "
                        + "Ruben/NNP/PERSON Tayo/NNP/PERSON Stadium/NNP/PERSON ./."));
    }

    @Test
    void aChurchNamedHagiaIsAPlace() {
        assertEquals(List.of("LOCATION Hagia Irene"), names(
                "Crowds/NNS filled/VBD Hagia/NNP/PERSON Irene/NNP/PERSON ./."));
    }

    @Test
    void aCapitalNerLeftUntaggedIsAPlace() {
        assertEquals(List.of("LOCATION Kyiv", "LOCATION Ukraine"), names(
                "Troops/NNS moved/VBD toward/IN Kyiv/NNP ,/, the/DT capital/NN of/IN Ukraine/NNP/LOCATION ./."));
    }

    @Test
    void aCapitalInsideAnUntaggedNameIsNoPlace() {
        assertEquals(List.of(), names("She/PRP visited/VBD Kyiv/NNP Polytechnic/NNP ./."));
    }

    @Test
    void titleAfterACapitalTheIsAPublication() {
        assertEquals(List.of("ORGANIZATION The Zembla Courier", "LOCATION Baltic", "ORGANIZATION The Daily Record",
                "LOCATION Sun"),
                names("He/PRP told/VBD The/DT Zembla/NNP/LOCATION Courier/NNP that/IN ships/NNS crossed/VBD "
                                + "the/DT Baltic/NNP/LOCATION ./.",
                        "The/DT Daily/NNP Record/NNP reported/VBD//report it/PRP ./.",
                        "The/DT Sun/NNP/LOCATION rose/VBD ./."));
    }

    @Test
    void twoOrganizationsJoinedByAndAreTwo() {
        assertEquals(List.of("ORGANIZATION Bank of Zembla", "ORGANIZATION Acme Bank", "ORGANIZATION Health Canada",
                "ORGANIZATION Kelp Board"), names(
                "The/DT Bank/NNP/ORGANIZATION of/IN/ORGANIZATION Zembla/NNP/ORGANIZATION and/CC Acme/NNP/ORGANIZATION "
                        + "Bank/NNP/ORGANIZATION met/VBD ./.",
                "Health/NNP/ORGANIZATION Canada/NNP/ORGANIZATION and/CC/ORGANIZATION Kelp/NNP/ORGANIZATION "
                        + "Board/NNP/ORGANIZATION met/VBD ./."));
    }

    @Test
    void fieldWordBeforeAPlaceNamesAnAgency() {
        assertEquals(List.of("ORGANIZATION Transport Canada", "LOCATION Canada"), names(
                "Transport/NN Canada/NNP/LOCATION said/VBD so/RB ./.",
                "Sports/NNS fans/NNS in/IN Canada/NNP/LOCATION cheered/VBD ./."));
    }

    @Test
    void personOfAnOrganizationIsAPersonAndAnOrganization() {
        assertEquals(List.of("PERSON Jane Roe", "ORGANIZATION Kelp Party", "ORGANIZATION Friends of the Kelp"), names(
                "Jane/NNP/ORGANIZATION Roe/NNP/ORGANIZATION of/IN/ORGANIZATION the/DT/ORGANIZATION "
                        + "Kelp/NNP/ORGANIZATION Party/NNP/ORGANIZATION said/VBD ./.",
                "Friends/NNPS/ORGANIZATION of/IN/ORGANIZATION the/DT/ORGANIZATION Kelp/NNP/ORGANIZATION "
                        + "said/VBD ./."));
    }

    @Test
    void organizationOfNameContinuesOverUntaggedWords() {
        assertEquals(List.of("ORGANIZATION Office of the Kelp Union High Envoy for Reefs",
                "ORGANIZATION Office of the Regent", "ORGANIZATION Reef Watch"), names(
                "The/DT Office/NNP/ORGANIZATION of/IN/ORGANIZATION the/DT/ORGANIZATION Kelp/NNP/ORGANIZATION "
                        + "Union/NNP/ORGANIZATION High/NNP Envoy/NNP for/IN Reefs/NNPS urged/VBD calm/NN ./.",
                "The/DT Office/NNP/ORGANIZATION of/IN/ORGANIZATION the/DT/ORGANIZATION Regent/NNP/ORGANIZATION "
                        + "and/CC/ORGANIZATION Reef/NNP/ORGANIZATION Watch/NNP/ORGANIZATION agreed/VBD ./."));
    }

    @Test
    void embassyOfACountryIsAnOrganization() {
        assertEquals(List.of("ORGANIZATION Embassy of Ruritania", "LOCATION Zembla"), names(
                "The/DT Embassy/NNP of/IN Ruritania/NNP/LOCATION in/IN Zembla/NNP/LOCATION issued/VBD a/DT "
                        + "warning/NN ./."));
    }

    @Test
    void stormsDemonymsAndSaintsBuildingsAreNoPeopleOrPlaces() {
        assertEquals(List.of("LOCATION St. Ivo's Cathedral"), names(
                "Storm/NNP Wilma/NNP/PERSON hit/VBD the/DT Ukrainian/JJ/LOCATION coast/NN and/CC St./NNP/PERSON "
                        + "Ivo/NNP/PERSON +'s/POS Cathedral/NNP ./."));
    }
}
