package org.newsextractor.internal.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
    private final EntityLinker linker = new EntityLinker(TinyIndex.of(
            "Jane Zorn\tJane_Zorn\t0.97",
            "Zorn\tZorn_(band)\t0.7",
            "Kadri\tAili_Kädri\t0.9",
            "Ida Park\tIda_Park_(footballer)\t0.4",
            "Tom Reyes\tTom_Reyes_(golfer)\t0.6",
            "Reyes Holdings\tReyes_Holdings\t0.6",
            "Stratwell\tStratwell,_Zembla\t0.95",
            "Zemblan Ministry of Ports\tMinistry_of_Ports_(Zembla)\t1.0",
            "Ministry of Ports\tMinistry_of_Ports_(Ruritania)\t0.6",
            "ZMP\tMinistry_of_Ports_(Zembla)\t0.85",
            "ZRB\tZemblan_Rail_Board\t0.6",
            "XQ\tSomething_Else_Entirely\t0.6",
            "Zembla\tZembla\t0.9",
            "Old Harbour\tPort_Royal\t0.9"));

    private Optional<String> link(String name, List<String> mentions, boolean person) {
        return linker.link(name, mentions, person).map(LinkIndex.Link::page);
    }

    @Test
    void theFullestNameComesFirst() {
        assertEquals(Optional.of("Ministry_of_Ports_(Zembla)"),
                link("Zemblan Ministry of Ports", List.of("Ministry of Ports", "Zemblan Ministry of Ports"), false));
    }

    @Test
    void aPartOfTheNameIsNotTriedAlone() {
        // "Zorn" alone links to a band; as part of "Jane Zorn" it must not.
        assertEquals(Optional.empty(), link("Ann Zorn", List.of("Ann Zorn", "Zorn"), true));
        assertEquals(Optional.of("Jane_Zorn"), link("Jane Zorn", List.of("Zorn"), true));
    }

    @Test
    void anotherMentionIsTriedWhenTheNameIsUnknown() {
        assertEquals(Optional.of("Jane_Zorn"), link("Jane Zörn", List.of("Jane Zörn", "Jane Zorn"), true));
        assertEquals(Optional.of("Ministry_of_Ports_(Zembla)"), link("Zembla Ports Ministry", List.of("ZMP"), false));
    }

    @Test
    void aPageMostLinksDoNotTakeIsNoLink() {
        assertEquals(Optional.empty(), link("Ida Park", List.of(), true));
        // A person's name that several notable people share needs a surer link than an organization's.
        assertEquals(Optional.empty(), link("Tom Reyes", List.of(), true));
        assertEquals(Optional.of("Reyes_Holdings"), link("Reyes Holdings", List.of(), false));
    }

    @Test
    void aPersonsPageMustHoldTheSurname() {
        // A lone surname that is a town's name gives no person a town.
        assertEquals(Optional.empty(), link("Stratwell", List.of("Stratwell"), true));
        assertEquals(Optional.of("Stratwell,_Zembla"), link("Stratwell", List.of(), false));
        assertEquals(Optional.of("Aili_Kädri"), link("Kadri", List.of(), true));
        assertEquals(Optional.empty(), link("Zorn", List.of(), true));
    }

    @Test
    void aPlaceOrOrganizationPageMustShareAWordOrBeSpelledByTheAcronym() {
        assertEquals(Optional.of("Zemblan_Rail_Board"), link("ZRB", List.of(), false));
        assertEquals(Optional.empty(), link("XQ", List.of(), false));
        assertEquals(Optional.empty(), link("Old Harbour", List.of(), false));
    }

    @Test
    void aLeadingTheIsAlsoTriedWithout() {
        assertEquals(Optional.of("Zembla"), link("the Zembla", List.of(), false));
    }

    @Test
    void surnamesAndWordsAreComparedWithoutDiacritics() {
        assertEquals(true, EntityLinker.hasSurname("Recep_Tayyip_Erdoğan", "Erdogan"));
        assertEquals(true, EntityLinker.hasSurname("Bashar_al-Assad", "Bashar al-Assad"));
        assertEquals(false, EntityLinker.hasSurname("Erdogan_(film)", "Ali Kaya"));
        assertEquals(List.of("sao", "paulo"), EntityLinker.words("São-Paulo"));
    }
}
