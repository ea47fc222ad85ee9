package org.newsextractor.internal.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsextractor.Place;
import org.newsextractor.internal.Resources;

/**
 * What the title of an English Wikipedia page says about what the page is, from resources that say it: CoreNLP's
 * gazetteer (countries, states and provinces, cities, religions), Wikipedia's own title conventions (a town as
 * "Town,_State"; a parenthesis such as "(country)" or "(magazine)", listed in {@code
 * models/entities/page-disambiguators.tsv}), the words of buildings and of titles in {@code models/entities/}. The
 * WikiDict itself has no types. Titles only: nothing is stored.
 */
final class PageTypes {
    /** What a page is, as far as its title tells. */
    enum What {
        COUNTRY, STATE_OR_PROVINCE,
        /** A town by Wikipedia's conventions ("Gilroy,_California", "(city)"). */
        CITY,
        /**
         * A title the gazetteer lists as a city and nothing more: its half a million towns share their names with
         * companies and people ("Nokia"), so this gives a place its kind but makes nothing a place.
         */
        CITY_NAME,
        BUILDING, ORGANIZATION, RELIGION, OFFICE;

        /** @return whether a record of another type that surely links here is a place */
        boolean isSurelyPlace() {
            return this == COUNTRY || this == STATE_OR_PROVINCE || this == CITY;
        }
    }

    private static final Map<String, What> DISAMBIGUATORS = new HashMap<>();
    private static final Set<String> BUILDING_WORDS = Set.copyOf(Resources.lines("entities/building-words.txt"));
    private static final Set<String> RELIGIONS = Set.copyOf(Resources.lines("entities/religions.txt"));
    private static final Set<String> ORG_WORDS = Set.copyOf(Resources.lines("entities/org-suffixes.txt"));

    static {
        for (String[] row : Resources.table("entities/page-disambiguators.tsv")) {
            DISAMBIGUATORS.put(row[0], row[1].equals("OTHER") ? What.BUILDING : What.valueOf(row[1]));
        }
    }

    private final PlaceGazetteer gazetteer;

    PageTypes(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param page a page name ({@code Gilroy,_California})
     * @return what the title says the page is, if it says
     */
    Optional<What> of(String page) {
        String title = page.replace('_', ' ').strip();
        int paren = title.lastIndexOf(" (");
        if (paren > 0 && title.endsWith(")")) {
            String inside = title.substring(paren + 2, title.length() - 1).toLowerCase(Locale.ROOT);
            What said = DISAMBIGUATORS.get(inside.substring(inside.lastIndexOf(' ') + 1));
            if (said != null) {
                return Optional.of(said);
            }
            title = title.substring(0, paren);
        }
        Optional<What> place = gazetteerKind(title);
        if (place.isPresent()) {
            return place;
        }
        int comma = title.indexOf(", ");
        if (comma > 0 && title.indexOf(',', comma + 1) < 0) {
            Optional<What> region = gazetteerKind(title.substring(comma + 2));
            String town = title.substring(0, comma);
            if (region.isPresent() && region.get() != What.CITY_NAME && !town.contains(" of ")
                    && !BUILDING_WORDS.contains(lastWord(town))) {
                return Optional.of(What.CITY); // "Gilroy, California": Wikipedia's title for a town
            }
        }
        if (!title.contains(" ") && (RELIGIONS.contains(title) || gazetteer.isReligion(title))) {
            return Optional.of(What.RELIGION);
        }
        List<String> words = List.of(title.split(" "));
        if (BUILDING_WORDS.contains(words.get(0)) || BUILDING_WORDS.contains(words.get(words.size() - 1))) {
            return Optional.of(What.BUILDING);
        }
        int of = title.indexOf(" of ");
        if (of > 0) {
            String head = lastWord(title.substring(0, of));
            if (!ORG_WORDS.contains(head) && TitleWords.all().contains(head.toLowerCase(Locale.ROOT))) {
                return Optional.of(What.OFFICE); // "Supreme Leader of Zembla", "Secretary of State"
            }
        }
        return Optional.empty();
    }

    /** The gazetteer's place kind of a title, diacritics aside ("Gdańsk" is listed as "gdansk"). */
    private Optional<What> gazetteerKind(String title) {
        Place.Kind kind = gazetteer.kindOf(title);
        if (kind == null) {
            kind = gazetteer.kindOf(EntityResolver.withoutMarks(title));
        }
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(switch (kind) {
            case COUNTRY -> What.COUNTRY;
            case STATE_OR_PROVINCE -> What.STATE_OR_PROVINCE;
            default -> What.CITY_NAME;
        });
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    /** @return the kind of place a page is, if it is a place */
    static Optional<Place.Kind> placeKind(What what) {
        return switch (what) {
            case COUNTRY -> Optional.of(Place.Kind.COUNTRY);
            case STATE_OR_PROVINCE -> Optional.of(Place.Kind.STATE_OR_PROVINCE);
            case CITY, CITY_NAME -> Optional.of(Place.Kind.CITY);
            case BUILDING -> Optional.of(Place.Kind.OTHER);
            default -> Optional.empty();
        };
    }
}
