package org.newsextractor.internal.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.Entity;
import org.newsextractor.Mention;
import org.newsextractor.Organization;
import org.newsextractor.internal.TestTexts;
import org.newsextractor.internal.linking.EntityLinker;
import org.newsextractor.internal.linking.TinyIndex;
import org.newsextractor.internal.nlp.AnnotatedText;

/** Records get their Wikipedia page from a made-up index, and records of one type on the same page merge. */
class LinkedEntitiesTest {
    private static final EntityLinker LINKER = new EntityLinker(TinyIndex.of(
            "Zemblan Department of Ports\tZemblan_Department_of_Ports\t1.0",
            "Ports Department\tZemblan_Department_of_Ports\t0.95",
            "Ports Office\tZemblan_Department_of_Ports\t0.6",
            "Zembla\tZembla\t0.9",
            "Zembla City\tZembla\t0.85",
            "Ann Vesk\tAnn_Vesk\t0.99",
            "Vesk\tVesk_(river)\t0.9",
            "Dana Hale\tDana_Hale\t0.95",
            "Dana Hale Moore\tDana_Hale_Moore\t0.9",
            "Hale\tHalvor_Hale\t0.95",
            "Lena Ostrova\tLena_Ostrova\t0.99",
            "Lena Ostrova Kay\tLena_Ostrova_Kay\t0.6",
            "Vestrahavn\tVestrahavn\t0.9",
            "Vestrehavn\tVestrehavn_(island)\t0.85",
            "Bramholt\tBramholt,_Ohio\t0.9",
            "Dunmere\tDunmere,_Ohio\t0.6",
            "Zemblan Courier\tThe_Zemblan_Courier_(newspaper)\t0.95",
            "Ports Secretary\tSecretary_of_Ports_(Zembla)\t0.9",
            "Saint Vesk\tSaint_Vesk_Cathedral\t0.9"));

    private final EntityResolver resolver = new EntityResolver();

    private ResolvedEntities resolve(EntityLinker linker, String... sentences) {
        AnnotatedText text = TestTexts.parse(sentences);
        return new ResolvedEntities(resolver.resolve(text), new TitleFinder(), new PlaceGazetteer(), linker);
    }

    @Test
    void twoOrganizationsSurelyOnTheSamePageBecomeOne() {
        ResolvedEntities r = resolve(LINKER,
                "The/DT Ports/NNP/ORGANIZATION Department/NNP/ORGANIZATION said/VBD ./.",
                "The/DT Zemblan/NNP/ORGANIZATION Department/NNP/ORGANIZATION of/IN/ORGANIZATION "
                        + "Ports/NNP/ORGANIZATION agreed/VBD ./.");

        assertEquals(1, r.organizations().size());
        Organization o = r.organizations().get(0);
        assertEquals("org-1", o.id());
        assertEquals("Zemblan Department of Ports", o.name());
        assertEquals(Optional.of("Zemblan_Department_of_Ports"), o.wikipedia());
        assertEquals(List.of("Ports Department", "Zemblan Department of Ports"),
                o.mentions().stream().map(Mention::text).toList());
        // The tokens of both names lead to the one record, so speakers and claims find it.
        Entity first = r.at(0, 1).orElseThrow();
        assertEquals(first, r.at(1, 1).orElseThrow());
    }

    @Test
    void aLinkThatIsNotSureLinksButDoesNotMerge() {
        ResolvedEntities r = resolve(LINKER,
                "The/DT Ports/NNP/ORGANIZATION Office/NNP/ORGANIZATION said/VBD ./.",
                "The/DT Zemblan/NNP/ORGANIZATION Department/NNP/ORGANIZATION of/IN/ORGANIZATION "
                        + "Ports/NNP/ORGANIZATION agreed/VBD ./.");

        assertEquals(2, r.organizations().size());
        assertEquals(List.of(Optional.of("Zemblan_Department_of_Ports"), Optional.of("Zemblan_Department_of_Ports")),
                r.organizations().stream().map(Organization::wikipedia).toList());
    }

    @Test
    void recordsOfDifferentTypesOnOnePageStaySeparate() {
        ResolvedEntities r = resolve(LINKER,
                "Zembla/NNP/LOCATION voted/VBD ./.",
                "Zembla/NNP/ORGANIZATION City/NNP/ORGANIZATION won/VBD ./.");

        assertEquals(1, r.places().size());
        assertEquals(1, r.organizations().size());
        assertEquals(Optional.of("Zembla"), r.places().get(0).wikipedia());
    }

    @Test
    void aPersonLinksByTheFullNameNotBySurnameAlone() {
        ResolvedEntities r = resolve(LINKER,
                "Ann/NNP/PERSON Vesk/NNP/PERSON spoke/VBD ./.",
                "Vesk/NNP/PERSON left/VBD ./.",
                "Tom/NNP/PERSON Vesk/NNP/PERSON stayed/VBD ./.");

        assertEquals(List.of("Ann Vesk", "Tom Vesk"), r.people().stream().map(p -> p.name()).toList());
        assertEquals(List.of(Optional.of("Ann_Vesk"), Optional.empty()),
                r.people().stream().map(p -> p.wikipedia()).toList());
    }

    @Test
    void aRecordWhoseNamesSurelyLinkToTwoPagesIsSplit() {
        // The resolver puts "Dana Hale" with "Dana Hale Moore", whose name holds it; the index knows both people.
        ResolvedEntities r = resolve(LINKER,
                "Dana/NNP/PERSON Hale/NNP/PERSON Moore/NNP/PERSON spoke/VBD ./.",
                "Dana/NNP/PERSON Hale/NNP/PERSON left/VBD ./.",
                "Hale/NNP/PERSON sang/VBD ./.");

        assertEquals(List.of("Dana Hale Moore", "Dana Hale"), r.people().stream().map(p -> p.name()).toList());
        assertEquals(List.of("person-1", "person-2"), r.people().stream().map(p -> p.id()).toList());
        assertEquals(List.of(Optional.of("Dana_Hale_Moore"), Optional.of("Dana_Hale")),
                r.people().stream().map(p -> p.wikipedia()).toList());
        // The lone surname is not looked up (it would link to a third man) and goes to the most recent holder.
        assertEquals(List.of("Dana Hale", "Hale"),
                r.people().get(1).mentions().stream().map(Mention::text).toList());
        assertEquals(r.people().get(1), r.at(2, 0).orElseThrow());
    }

    @Test
    void aRecordIsNotSplitOnALinkThatIsNotSure() {
        ResolvedEntities r = resolve(LINKER,
                "Lena/NNP/PERSON Ostrova/NNP/PERSON Kay/NNP/PERSON spoke/VBD ./.",
                "Lena/NNP/PERSON Ostrova/NNP/PERSON left/VBD ./.");

        assertEquals(1, r.people().size());
        assertEquals(List.of("Lena Ostrova Kay", "Lena Ostrova"),
                r.people().get(0).mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aPlaceAndItsNamesakeMergedAsMisspellingsAreSplit() {
        ResolvedEntities withLinks = resolve(LINKER,
                "Vestrahavn/NNP/LOCATION voted/VBD ./.",
                "Vestrehavn/NNP/LOCATION flooded/VBD ./.");
        ResolvedEntities without = resolve(null,
                "Vestrahavn/NNP/LOCATION voted/VBD ./.",
                "Vestrehavn/NNP/LOCATION flooded/VBD ./.");

        assertEquals(1, without.places().size());
        assertEquals(List.of(Optional.of("Vestrahavn"), Optional.of("Vestrehavn_(island)")),
                withLinks.places().stream().map(p -> p.wikipedia()).toList());
    }

    @Test
    void anOrganizationWhosePageIsSurelyATownIsAPlace() {
        ResolvedEntities r = resolve(LINKER,
                "Bramholt/NNP/ORGANIZATION voted/VBD ./.",
                "Dunmere/NNP/ORGANIZATION agreed/VBD ./.");

        assertEquals(List.of("Bramholt"), r.places().stream().map(p -> p.name()).toList());
        assertEquals(org.newsextractor.Place.Kind.CITY, r.places().get(0).kind());
        // A link that is not sure changes no type.
        assertEquals(List.of("Dunmere"), r.organizations().stream().map(o -> o.name()).toList());
    }

    @Test
    void aPlaceWhosePageIsANewspaperIsAnOrganization() {
        ResolvedEntities r = resolve(LINKER, "The/DT Zemblan/NNP/LOCATION Courier/NNP/LOCATION reported/VBD ./.");

        assertEquals(0, r.places().size());
        assertEquals(List.of(Optional.of("The_Zemblan_Courier_(newspaper)")),
                r.organizations().stream().map(Organization::wikipedia).toList());
    }

    @Test
    void anOrganizationWhosePageIsAnOfficeIsNoEntity() {
        ResolvedEntities r = resolve(LINKER, "The/DT Ports/NNP/ORGANIZATION Secretary/NNP/ORGANIZATION spoke/VBD ./.");

        assertEquals(0, r.organizations().size());
        assertEquals(Optional.empty(), r.at(0, 1));
    }

    @Test
    void aPersonWhoseNameSurelyLinksToABuildingIsAPlace() {
        ResolvedEntities r = resolve(LINKER, "Saint/NNP/PERSON Vesk/NNP/PERSON burned/VBD ./.");

        assertEquals(0, r.people().size());
        assertEquals(List.of(org.newsextractor.Place.Kind.OTHER), r.places().stream().map(p -> p.kind()).toList());
        assertEquals(Optional.of("Saint_Vesk_Cathedral"), r.places().get(0).wikipedia());
    }

    @Test
    void withoutALinkerNothingIsLinkedOrMerged() {
        ResolvedEntities r = resolve(null,
                "The/DT Ports/NNP/ORGANIZATION Department/NNP/ORGANIZATION said/VBD ./.",
                "The/DT Zemblan/NNP/ORGANIZATION Department/NNP/ORGANIZATION of/IN/ORGANIZATION "
                        + "Ports/NNP/ORGANIZATION agreed/VBD ./.");

        assertEquals(2, r.organizations().size());
        assertEquals(List.of(Optional.empty(), Optional.empty()),
                r.organizations().stream().map(Organization::wikipedia).toList());
    }
}
