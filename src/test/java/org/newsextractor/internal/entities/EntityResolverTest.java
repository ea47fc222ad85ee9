package org.newsextractor.internal.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsextractor.Person;
import org.newsextractor.Place;
import org.newsextractor.internal.TestTexts;
import org.newsextractor.internal.nlp.AnnotatedText;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver();

    private ResolvedEntities resolve(AnnotatedText text) {
        return new ResolvedEntities(resolver.resolve(text), new TitleFinder(), new PlaceGazetteer());
    }

    @Test
    void theKindOfAPlaceIsNoPartOfItsName() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "The/DT Gaza/NNP/LOCATION Strip/NNP/LOCATION and/CC Gaza/NNP/LOCATION ./."));
        assertEquals(1, r.places().size());
        assertEquals("Gaza Strip", r.places().get(0).name());
    }

    @Test
    void stateAbbreviationsAndDcJoinTheirPlace() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Chicago/NNP/LOCATION ,/, Ill./NNP/LOCATION and/CC Illinois/NNP/LOCATION ./.",
                "Washington/NNP/LOCATION ,/, D.C./NNP/LOCATION ./."));
        assertEquals(List.of("Chicago", "Illinois", "Washington"), r.places().stream().map(p -> p.name()).toList());
    }

    @Test
    void courtesyTitleJoinsTheFullName() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Mrs/NNP/PERSON May/NNP/PERSON spoke/VBD ./.",
                "Theresa/NNP/PERSON May/NNP/PERSON left/VBD ./."));
        assertEquals(List.of("Theresa May"), r.people().stream().map(p -> p.name()).toList());
    }

    @Test
    void namesInCapitalsOrWithALowerCaseParticleAreTheSamePerson() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Ricky/NNP/PERSON van/NNP/PERSON Wolfswinkel/NNP/PERSON signed/VBD ./.",
                "Van/NNP/PERSON Wolfswinkel/NNP/PERSON scored/VBD ./.",
                "DAVID/NNP/PERSON CAMERON/NNP/PERSON spoke/VBD ./.",
                "David/NNP/PERSON Cameron/NNP/PERSON left/VBD ./."));
        assertEquals(List.of("Ricky van Wolfswinkel", "David Cameron"), r.people().stream().map(p -> p.name())
                .toList());
    }

    @Test
    void legalFormAndFirstWordOfACompanyNameJoinIt() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Yahoo/NNP/ORGANIZATION Inc./NNP/ORGANIZATION and/CC Sporting/NNP/ORGANIZATION "
                        + "Lisbon/NNP/ORGANIZATION met/VBD ./.",
                "Yahoo/NNP/ORGANIZATION and/CC Sporting/NNP/ORGANIZATION agreed/VBD ./."));
        assertEquals(List.of("Yahoo Inc.", "Sporting Lisbon"), r.organizations().stream().map(o -> o.name())
                .toList());
    }

    @Test
    void portfolioBeforeATitleIsNoOrganization() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Interior/NNP/ORGANIZATION Minister/NNP Jane/NNP/PERSON Smith/NNP/PERSON spoke/VBD ./.",
                "NATO/NNP/ORGANIZATION Secretary/NNP General/NNP spoke/VBD ./."));
        assertEquals(List.of("NATO"), r.organizations().stream().map(o -> o.name()).toList());
    }

    @Test
    void lastWordOfAnOrganizationIsItsShortName() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Deutsche/NNP/ORGANIZATION Telekom/NNP/ORGANIZATION grew/VBD ./.",
                "Telekom/NNP/PERSON and/CC Nvidia/NNP/ORGANIZATION invest/VBP ./."));
        assertTrue(r.people().isEmpty());
        assertEquals(List.of("Deutsche Telekom", "Nvidia"), r.organizations().stream().map(o -> o.name()).toList());
        assertEquals(2, r.organizations().get(0).mentions().size());
    }

    @Test
    void eventsAreNoEntities() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "He/PRP won/VBD the/DT Berlin/NNP/LOCATION Marathon/NNP/LOCATION ./."));
        assertTrue(r.places().isEmpty());
        assertTrue(r.organizations().isEmpty());
    }

    @Test
    void councilNamedForTwoPlacesIsOneOrganization() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Oadby/NNP/PERSON and/CC Wigston/NNP/ORGANIZATION Borough/NNP/ORGANIZATION "
                        + "Council/NNP/ORGANIZATION met/VBD ./."));
        assertEquals(List.of("Oadby and Wigston Borough Council"),
                r.organizations().stream().map(o -> o.name()).toList());
        assertTrue(r.people().isEmpty());
    }

    @Test
    void placeOrLongPersonNameEndingInAnOrganizationWordIsAnOrganization() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Minneapolis/NNP/LOCATION City/NNP/LOCATION Council/NNP/LOCATION met/VBD ./.",
                "Severn/NNP/PERSON Trent/NNP/PERSON Water/NNP/PERSON said/VBD so/RB ./.",
                "Margaret/NNP/PERSON Court/NNP/PERSON won/VBD ./.",
                "The/DT West/NNP/LOCATION Bank/NNP/LOCATION is/VBZ dry/JJ ./."));
        assertEquals(List.of("Minneapolis City Council", "Severn Trent Water"),
                r.organizations().stream().map(o -> o.name()).toList());
        assertEquals(List.of("Margaret Court"), r.people().stream().map(p -> p.name()).toList());
        assertEquals(List.of("West Bank"), r.places().stream().map(p -> p.name()).toList());
    }

    @Test
    void surnameJoinsTheFullNameEvenWhenItComesFirst() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Biden/NNP/PERSON spoke/VBD ./.",
                "US/NNP/LOCATION President/NNP Joe/NNP/PERSON Biden/NNP/PERSON left/VBD ./."));
        assertEquals(1, r.people().size());
        Person biden = r.people().get(0);
        assertEquals("Joe Biden", biden.name());
        assertEquals(List.of("Biden", "Joe Biden"), biden.mentions().stream().map(m -> m.text()).toList());
        assertTrue(biden.titles().contains("US President"), biden.titles().toString());
    }

    @Test
    void aTitleTheNameStandsInAppositionToIsTheirs() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "The/DT prime/JJ minister/NN ,/, Alan/NNP/PERSON Hughes/NNP/PERSON ,/, visited/VBD the/DT "
                        + "site/NN ./."));
        assertEquals(List.of("prime minister"), r.people().get(0).titles());
        ResolvedEntities notATitle = resolve(TestTexts.parse(
                "The/DT old/JJ house/NN ,/, Alan/NNP/PERSON Hughes/NNP/PERSON said/VBD ,/, was/VBD sold/VBN ./."));
        assertEquals(List.of(), notATitle.people().get(0).titles());
    }

    @Test
    void placeAliasesBecomeOnePlace() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "The/DT United/NNP/LOCATION States/NNP/LOCATION and/CC the/DT U.S./NNP/LOCATION and/CC "
                        + "US/NNP/LOCATION agreed/VBD ./."));
        assertEquals(1, r.places().size());
        Place us = r.places().get(0);
        assertEquals("United States", us.name());
        assertEquals(3, us.mentions().size());
    }

    @Test
    void acronymIntroducedInParenthesesJoinsItsFullName() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "The/DT Federal/NNP/ORGANIZATION Security/NNP/ORGANIZATION Service/NNP/ORGANIZATION (/-LRB- "
                        + "FSB/NNP/ORGANIZATION )/-RRB- spoke/VBD ./.",
                "The/DT FSB/NNP/ORGANIZATION denied/VBD it/PRP ./."));
        assertEquals(1, r.organizations().size());
        assertEquals("Federal Security Service", r.organizations().get(0).name());
        assertEquals(3, r.organizations().get(0).mentions().size());
    }

    @Test
    void loneSurnameTaggedAsPlaceIsThePerson() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Charles/NNP/PERSON Stratford/NNP/PERSON arrived/VBD ./.",
                "Stratford/NNP/LOCATION said/VBD so/RB ./."));
        assertEquals(1, r.people().size());
        assertEquals(0, r.places().size());
        assertEquals(2, r.people().get(0).mentions().size());
    }

    @Test
    void pronounsAreNotPeopleAndMissedMentionsAreFound() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Jen/NNP/PERSON Psaki/NNP/PERSON said/VBD he/PRP/PERSON left/VBD ./.",
                "Psaki/NNP said/VBD more/JJR ./."));
        assertEquals(1, r.people().size());
        assertEquals(List.of("Jen Psaki", "Psaki"),
                r.people().get(0).mentions().stream().map(m -> m.text()).toList());
    }

    @Test
    void twoPeopleWithOneSurnameKeepTheirOwnMentions() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Bill/NNP/PERSON Clinton/NNP/PERSON met/VBD ./.",
                "Hillary/NNP/PERSON Clinton/NNP/PERSON spoke/VBD ./.",
                "Clinton/NNP/PERSON said/VBD more/JJR ./."));
        assertEquals(2, r.people().size());
        Person hillary = r.people().stream().filter(p -> p.name().startsWith("Hillary")).findFirst().orElseThrow();
        assertEquals(2, hillary.mentions().size(), "the lone surname goes to the person mentioned last");
    }

    @Test
    void directionWordBeforeAnotherNameIsNotPartOfTheOrganization() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "leaders/NNS of/IN NATO/NNP/ORGANIZATION Eastern/NNP/ORGANIZATION European/NNP members/NNS ./."));
        assertEquals(List.of("NATO"), r.organizations().stream().map(o -> o.name()).toList());
    }

    @Test
    void groupNamedForAPlaceIsAnOrganizationAndMissedOrganizationsAreFound() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "the/DT Bucharest/NNP/LOCATION Nine/NNP/LOCATION and/CC the/DT Gun/NNP Violence/NNP Archive/NNP "
                        + "and/CC Znak.com/NNP met/VBD ./."));
        assertEquals(List.of("Bucharest Nine", "Gun Violence Archive", "Znak.com"),
                r.organizations().stream().map(o -> o.name()).toList());
        assertEquals(0, r.places().size());
    }

    @Test
    void misspellingOfALongNameIsTheSamePlace() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Magnitogorsk/NNP/LOCATION and/CC Magnitogorsk/NNP/LOCATION and/CC Magnitigorsk/NNP/LOCATION ./."));
        assertEquals(1, r.places().size());
        assertEquals("Magnitogorsk", r.places().get(0).name());
        assertTrue(EntityResolver.oneEditApart("magnitogorsk", "magnitigorsk"));
        assertTrue(!EntityResolver.oneEditApart("austria", "australia"));
    }

    @Test
    void keyIgnoresCaseTheDotsAndPossessive() {
        assertEquals("us", EntityResolver.key("U.S."));
        assertEquals("united states", EntityResolver.key("the United States"));
        assertEquals("russia", EntityResolver.key("Russia’s"));
    }

    @Test
    void namesWithAndWithoutDiacriticsAreOneEntity() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Jan/NNP/PERSON Wóźnicki/NNP/PERSON met/VBD the/DT Øresby/NNP/ORGANIZATION Guild/NNP/ORGANIZATION ./.",
                "Woznicki/NNP/PERSON left/VBD the/DT Oresby/NNP/ORGANIZATION Guild/NNP/ORGANIZATION and/CC "
                        + "Woznicki/NNP said/VBD so/RB ./."));
        assertEquals(1, r.people().size());
        assertEquals(3, r.people().get(0).mentions().size());
        assertEquals(1, r.organizations().size());
        assertEquals("wozniak-oresby", EntityResolver.fold("Woźniak-Øresby"));
    }

    @Test
    void formsOfAddressAreNoPartOfAName() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Cde/NNP/PERSON Farai/NNP/PERSON Ncube/NNP/PERSON spoke/VBD ./.",
                "Mme/NNP/PERSON Ncube/NNP/PERSON and/CC Sheikh/NNP/PERSON Ncube/NNP/PERSON agreed/VBD ./."));
        assertEquals(List.of("Farai Ncube"), r.people().stream().map(p -> p.name()).toList());
        assertEquals(3, r.people().get(0).mentions().size());
    }

    @Test
    void directionWordBeforeAPlaceNamedAloneIsNoPartOfIt() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Northern/NNP/LOCATION Ruritania/NNP/LOCATION and/CC Ruritania/NNP/LOCATION ./.",
                "East/NNP/LOCATION Zembla/NNP/LOCATION and/CC Eastern/NNP/LOCATION Zembla/NNP/LOCATION ./.",
                "West/NNP/LOCATION Africa/NNP/LOCATION and/CC Africa/NNP/LOCATION ./."));
        assertEquals(List.of("Northern Ruritania", "Eastern Zembla", "West Africa", "Africa"),
                r.places().stream().map(p -> p.name()).toList());
        assertEquals(2, r.places().get(1).mentions().size());
    }

    @Test
    void organizationWordOfAFieldIsTheFieldsOrganizationWord() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "The/DT Chile/NNP/ORGANIZATION Department/NNP/ORGANIZATION of/IN/ORGANIZATION Kelp/NNP/ORGANIZATION "
                        + "said/VBD ./.",
                "The/DT Kelp/NNP/ORGANIZATION Department/NNP/ORGANIZATION and/CC the/DT Office/NNP/ORGANIZATION "
                        + "of/IN/ORGANIZATION the/DT/ORGANIZATION Tides/NNP/ORGANIZATION and/CC the/DT "
                        + "Tides/NNP/ORGANIZATION Office/NNP/ORGANIZATION agreed/VBD ./."));
        assertEquals(List.of("Chile Department of Kelp", "Office of the Tides"),
                r.organizations().stream().map(o -> o.name()).toList());
    }

    @Test
    void acronymIntroducedAfterAnyMentionJoinsIt() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "The/DT Zemblan/NNP/ORGANIZATION Kelp/NNP/ORGANIZATION Board/NNP/ORGANIZATION met/VBD ./.",
                "The/DT Kelp/NNP/ORGANIZATION Board/NNP/ORGANIZATION (/-LRB- +KELB/NNP/ORGANIZATION +)/-RRB- "
                        + "met/VBD ./.",
                "KELB/NNP/ORGANIZATION agreed/VBD ./."));
        assertEquals(1, r.organizations().size());
    }

    @Test
    void acronymOfAnOrganizationNamedInFullIsThatOrganizationWhateverNerSaid() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "The/DT Zemblan/NNP/ORGANIZATION Kelp/NNP/ORGANIZATION Authority/NNP/ORGANIZATION met/VBD ./.",
                "ZKA/NNP/PERSON said/VBD so/RB and/CC ZKA/NNP staff/NN agreed/VBD ./."));
        assertTrue(r.people().isEmpty());
        assertEquals(1, r.organizations().size());
        assertEquals(3, r.organizations().get(0).mentions().size());
    }

    @Test
    void capitalIsACityAndABuildingIsOther() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Kyiv/NNP/LOCATION and/CC Masjid/NNP/PERSON al/NNP/PERSON +-/HYPH/PERSON +Tawil/NNP/PERSON ./."));
        assertEquals(List.of(Place.Kind.CITY, Place.Kind.OTHER), r.places().stream().map(p -> p.kind()).toList());
    }

    @Test
    void twoNamesJoinedByAHyphenAreSplitWhenEachNamesSomething() {
        ResolvedEntities r = resolve(TestTexts.parse(
                "Ann/NNP/PERSON Roe/NNP/PERSON met/VBD Bo/NNP/PERSON Tay/NNP/PERSON and/CC "
                        + "Mia/NNP/PERSON Lund/NNP/PERSON +-/HYPH +Roe/NNP ./.",
                "The/DT Roe/NNP/PERSON +-/HYPH +Tay/NNP talks/NNS and/CC the/DT Chile/NNP/LOCATION +-/HYPH "
                        + "+Peru/NNP/LOCATION border/NN ./."));
        assertEquals(List.of("Ann Roe", "Bo Tay", "Mia Lund-Roe"), r.people().stream().map(p -> p.name()).toList());
        assertEquals(2, r.people().get(1).mentions().size());
        assertEquals(List.of("Chile", "Peru"), r.places().stream().map(p -> p.name()).toList());
    }
}
