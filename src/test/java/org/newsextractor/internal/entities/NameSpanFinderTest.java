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
                        + "Chan/NNP/PERSON said/VBD ./."));
    }

    @Test
    void modifiersAndPrefixesAfterOrBeforeAHyphenStayOut() {
        assertEquals(List.of("LOCATION Zembla", "PERSON Roe", "ORGANIZATION Acme"), names(
                "Zembla/NNP/LOCATION +-/HYPH +Based/NNP firms/NNS and/CC Anti/NNP +-/HYPH +Roe/NNP/PERSON "
                        + "groups/NNS met/VBD Acme/NNP/ORGANIZATION +-/HYPH +owned/VBN shops/NNS ./."));
    }
}
