package org.newsextractor.internal.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.entities.PageTypes.What;

/** What a page's title says it is: made-up towns, real regions and words from the resources. */
class PageTypesTest {
    private final PageTypes pages = new PageTypes(new PlaceGazetteer());

    @Test
    void aParenthesisSaysWhatThePageIs() {
        assertEquals(Optional.of(What.COUNTRY), pages.of("Zembla_(country)"));
        assertEquals(Optional.of(What.STATE_OR_PROVINCE), pages.of("Ostrava_Vale_(U.S._state)"));
        assertEquals(Optional.of(What.ORGANIZATION), pages.of("The_Zemblan_Courier_(newspaper)"));
        assertEquals(Optional.of(What.BUILDING), pages.of("Vesk_Hall_(building)"));
        assertEquals(Optional.empty(), pages.of("Vesk_(band)"));
    }

    @Test
    void aTownIsTitledWithItsStateOrCountry() {
        assertEquals(Optional.of(What.CITY), pages.of("Bramholt,_Ohio"));
        assertEquals(Optional.of(What.CITY), pages.of("Bramholt,_Poland"));
        // A building or a body in the town is not the town; neither is a town in a town.
        assertEquals(Optional.empty(), pages.of("University_of_Bramholt,_Ohio"));
        assertEquals(Optional.empty(), pages.of("Bramholt,_Zembla"));
    }

    @Test
    void theGazetteerKnowsCountriesStatesAndTownNames() {
        assertEquals(Optional.of(What.COUNTRY), pages.of("Poland"));
        assertEquals(Optional.of(What.STATE_OR_PROVINCE), pages.of("Ohio"));
        // A town's name in the gazetteer gives a kind but, shared with companies, makes nothing a place.
        assertEquals(Optional.of(What.CITY_NAME), pages.of("Gdańsk"));
        assertEquals(false, What.CITY_NAME.isSurelyPlace());
    }

    @Test
    void buildingsReligionsAndOfficesByTheirWords() {
        assertEquals(Optional.of(What.BUILDING), pages.of("Al-Vesk_Mosque"));
        assertEquals(Optional.of(What.BUILDING), pages.of("Masjid_al-Vesk"));
        assertEquals(Optional.of(What.RELIGION), pages.of("Islam"));
        assertEquals(Optional.of(What.OFFICE), pages.of("Supreme_Leader_of_Zembla"));
        assertEquals(Optional.of(What.OFFICE), pages.of("Zemblan_Secretary_of_State"));
        // An organization word heads a body, not an office.
        assertEquals(Optional.empty(), pages.of("Ministry_of_Ports_(Zembla)"));
        assertEquals(Optional.empty(), pages.of("National_Guard_of_Zembla"));
    }
}
