package org.newsextractor.internal.numbers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsextractor.internal.Resources;

/**
 * The word lists the number rules use, loaded once from {@code models/numbers/*.tsv}. Immutable, so one
 * instance can be shared by all threads. Every lookup takes a word in any case.
 */
final class NumberLexicon {

    /** The roles of the connectors and marks in {@code joiners.tsv}. */
    enum Joiner {
        /** Between the bounds of a range whose unit follows the second: "between 36 and 40 people". */
        RANGE_BOUND,
        /** Between two records that make one range: "from 14 to 31". */
        RANGE,
        /** Glued to both numbers of a range written as one: "36-40". */
        RANGE_GLUED,
        /** Glued between two years of a span: "2020-21". */
        YEAR_RANGE,
        /** A hyphen split off inside a written number: "sixty - one". */
        NUMBER_DASH,
        /** Between a date and the bare day that ends its range: "July 9 to 12". */
        DATE_RANGE,
        /** A mark that ends a phrase: a year before it belongs to another phrase than a date after it. */
        CLAUSE_MARK,
        /** An opening bracket before a unit: "20 (kg)". */
        BRACKET_OPEN,
        /** A closing bracket after a unit. */
        BRACKET_CLOSE,
        /** A preposition before a bare year that keeps it a year beside a count: "in 2015 to 27,500". */
        YEAR_CUE,
        /** A preposition that gives a side its share after a percentage: "Labour on 17". */
        SHARE_CUE,
        /** A preposition opening a sentence with a year that every month and day of it takes: "In 2016, ...". */
        YEAR_SCOPE;

        static Joiner of(String role) {
            return valueOf(role.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** A unit of time: its singular name and its ISO 8601 designator ("H" with time flag for hours). */
    record DurationUnit(String singular, String designator, boolean timePart, int factor) {
    }

    private static volatile NumberLexicon shared;

    private final Map<String, Double> numberWords;
    private final Map<String, Double> multipliers;
    private final Map<String, Double> casedMultipliers;
    private final Map<String, Double> fractions;
    private final Set<String> vagueAmounts;
    private final Map<String, String> currencies;
    private final Map<String, String> currencyLetters;
    private final Set<String> yearParts;
    private final Map<String, Double> currencyFactors;
    private final Map<String, String> measureUnits;
    private final Map<String, String> casedMeasureUnits;
    private final Set<String> weightCues;
    private final Set<String> shareNouns;
    private final Map<String, DurationUnit> durationUnits;
    private final Map<String, String> qualifiers;
    private final Map<String, String> trailingQualifiers;
    private final Set<String> casualtyVerbs;
    private final Set<String> ageCues;
    private final Set<String> tollNouns;
    private final Set<String> monthNames;
    private final Set<String> weekdays;
    private final Set<String> relativeDateWords;
    private final Set<String> monthCues;
    private final Set<String> publicationCues;
    private final Set<String> futureModals;
    private final Set<String> percentWords;
    private final Set<String> signWords;
    private final Set<String> countedNounSkips;
    private final Set<String> rateWords;
    private final Map<String, String> boundQualifiers;
    private final Map<Joiner, Set<String>> joiners;
    private final Set<String> timeOfDayCues;
    private final Map<String, String> tallyCues;
    private final Map<String, String> scoreUnits;
    private final Set<String> personNouns;
    private final Set<String> peopleVerbs;
    private final Set<String> peopleCues;
    private final Set<String> changeVerbs;
    private final Set<String> oneNonCounts;
    private final Map<String, String> irregularPlurals;
    private final Set<String> ageVerbs;
    private final Map<String, String> measureUnitsBefore;
    private final Map<String, String> scaledEvents;
    private final Set<String> collectivePeopleNouns;

    private NumberLexicon() {
        numberWords = doubles("number_words.tsv");
        multipliers = doubles("multipliers.tsv");
        casedMultipliers = doubles("multipliers_cased.tsv");
        fractions = doubles("fractions.tsv");
        vagueAmounts = words("vague_amounts.tsv");
        currencies = strings("currencies.tsv");
        currencyLetters = strings("currency_letters_cased.tsv");
        yearParts = words("year_parts.tsv");
        Map<String, Double> factors = new HashMap<>();
        for (String[] row : rows("currencies.tsv")) {
            factors.put(row[0], row.length > 2 ? Double.parseDouble(row[2]) : 1.0);
        }
        currencyFactors = Map.copyOf(factors);
        measureUnits = strings("measure_units.tsv");
        casedMeasureUnits = strings("measure_units_cased.tsv");
        weightCues = words("weight_cues.tsv");
        shareNouns = words("share_nouns.tsv");
        qualifiers = strings("qualifiers.tsv");
        trailingQualifiers = strings("trailing_qualifiers.tsv");
        casualtyVerbs = words("casualty_verbs.tsv");
        ageCues = words("age_cues.tsv");
        tollNouns = words("toll_nouns.tsv");
        monthNames = words("month_names.tsv");
        weekdays = words("weekdays.tsv");
        relativeDateWords = words("relative_date_words.tsv");
        monthCues = words("month_cues.tsv");
        publicationCues = words("publication_cues.tsv");
        futureModals = words("future_modals.tsv");
        percentWords = words("percent_words.tsv");
        signWords = words("sign_words.tsv");
        countedNounSkips = words("counted_noun_skips.tsv");
        rateWords = words("rate_words.tsv");
        boundQualifiers = strings("bound_qualifiers.tsv");
        Map<Joiner, Set<String>> byRole = new java.util.EnumMap<>(Joiner.class);
        for (String[] row : rows("joiners.tsv")) {
            byRole.computeIfAbsent(Joiner.of(row[0]), r -> new HashSet<>()).add(row[1]);
        }
        for (Joiner role : Joiner.values()) {
            byRole.put(role, Set.copyOf(byRole.getOrDefault(role, Set.of())));
        }
        joiners = byRole;
        Set<String> cues = new HashSet<>();
        for (String[] row : rows("time_of_day_cues.tsv")) {
            cues.add(row[0] + " " + row[1]);
        }
        timeOfDayCues = Set.copyOf(cues);
        tallyCues = strings("tally_cues.tsv");
        scoreUnits = strings("score_units.tsv");
        peopleVerbs = words("people_verbs.tsv");
        peopleCues = words("people_cues.tsv");
        changeVerbs = words("change_verbs.tsv");
        Set<String> nonCounts = new HashSet<>();
        for (String[] row : rows("one_non_counts.tsv")) {
            nonCounts.add(row[0] + " " + row[1]);
        }
        oneNonCounts = Set.copyOf(nonCounts);
        irregularPlurals = strings("irregular_plurals.tsv");
        personNouns = withPlurals(words("person_nouns.tsv"));
        ageVerbs = words("age_verbs.tsv");
        measureUnitsBefore = strings("measure_units_before.tsv");
        scaledEvents = strings("scaled_events.tsv");
        collectivePeopleNouns = words("collective_people_nouns.tsv");
        Map<String, DurationUnit> units = new HashMap<>();
        for (String[] row : rows("duration_units.tsv")) {
            String code = row[2];
            boolean time = code.startsWith("T");
            String rest = time ? code.substring(1) : code;
            int factor = rest.length() > 1 ? Integer.parseInt(rest.substring(1)) : 1;
            units.put(row[0], new DurationUnit(row[1], rest.substring(0, 1), time, factor));
        }
        durationUnits = Map.copyOf(units);
    }

    /** @return the lexicon shared by the whole JVM, loaded on first use */
    static NumberLexicon shared() {
        NumberLexicon l = shared;
        if (l == null) {
            synchronized (NumberLexicon.class) {
                l = shared;
                if (l == null) {
                    l = new NumberLexicon();
                    shared = l;
                }
            }
        }
        return l;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    Optional<Double> numberWord(String word) {
        return Optional.ofNullable(numberWords.get(key(word)));
    }

    /** @return the scale a word names: "million", "k"; "M" and "G" only in upper case */
    Optional<Double> multiplier(String word) {
        return Optional.ofNullable(casedMultipliers.get(word)).or(() -> Optional.ofNullable(multipliers.get(key(word))));
    }

    /** @return whether the word is a scale only in this case ("G", "MM"), so never a unit of measure */
    boolean isCasedMultiplier(String word) {
        return casedMultipliers.containsKey(word);
    }

    Optional<Double> fraction(String word) {
        return Optional.ofNullable(fractions.get(key(word)));
    }

    boolean isVagueAmount(String word) {
        return vagueAmounts.contains(key(word));
    }

    /** @return the ISO 4217 code of a currency word or symbol */
    Optional<String> currency(String word) {
        return Optional.ofNullable(currencies.get(key(word)));
    }

    /** @return whether the word hyphened before a year names a part of it ("mid" of "mid-2015") */
    boolean isYearPart(String word) {
        return yearParts.contains(key(word));
    }

    /** @return the ISO 4217 code of letters written before an amount with their exact case ("N", "R", "Sh") */
    Optional<String> currencyLetters(String letters) {
        return Optional.ofNullable(currencyLetters.get(letters));
    }

    /** @return what one of the named unit is worth in its currency: 0.01 for "cents", else 1 */
    double currencyFactor(String word) {
        return currencyFactors.getOrDefault(key(word), 1.0);
    }

    /** @return the singular unit of measure a word names; "MB" and "Mb" differ by case */
    Optional<String> measureUnit(String word) {
        return Optional.ofNullable(casedMeasureUnits.get(word)).or(() -> Optional.ofNullable(measureUnits.get(key(word))));
    }

    /** @return whether the word makes "pounds" near it a weight ("weighs", "baby", "lost") */
    boolean isWeightCue(String word) {
        return weightCues.contains(key(word));
    }

    /** @return whether the noun makes a fraction before it a share of a whole ("a two-thirds majority") */
    boolean isShareNoun(String word) {
        return shareNouns.contains(key(word));
    }

    Optional<DurationUnit> durationUnit(String word) {
        return Optional.ofNullable(durationUnits.get(key(word)));
    }

    /** @return the qualifier a phrase before a number states, the phrase given in lower case words */
    Optional<String> qualifier(String phrase) {
        return Optional.ofNullable(qualifiers.get(key(phrase)));
    }

    Optional<String> trailingQualifier(String phrase) {
        return Optional.ofNullable(trailingQualifiers.get(key(phrase)));
    }

    boolean isCasualtyVerb(String word) {
        return casualtyVerbs.contains(key(word));
    }

    boolean isAgeCue(String word) {
        return ageCues.contains(key(word));
    }

    /** @return whether the noun names a body of people, whose size is a count of people ("population") */
    boolean isCollectivePeopleNoun(String word) {
        return collectivePeopleNouns.contains(key(word));
    }

    /** @return the unit a word names when written before its number ("magnitude 7.1") */
    Optional<String> measureUnitBefore(String word) {
        return Optional.ofNullable(measureUnitsBefore.get(key(word)));
    }

    /** @return the scale's unit when the word names an event measured on it ("earthquake": magnitude) */
    Optional<String> scaleOfEvent(String word) {
        return Optional.ofNullable(scaledEvents.get(key(word)));
    }

    /** @return whether a bare number with no noun after this verb is an age ("turned 70") */
    boolean isAgeVerb(String word) {
        return ageVerbs.contains(key(word));
    }

    boolean isTollNoun(String word) {
        return tollNouns.contains(key(word));
    }

    boolean isMonthName(String word) {
        return monthNames.contains(key(word).replace(".", ""));
    }

    boolean isWeekday(String word) {
        return weekdays.contains(key(word));
    }

    /** @return whether the word makes a DATE relative to the article's date ("yesterday", "week") */
    boolean isRelativeDateWord(String word) {
        return relativeDateWords.contains(key(word));
    }

    /** @return whether the word before a lone month name makes it a time ("in May"), not a name */
    boolean isMonthCue(String word) {
        return monthCues.contains(key(word));
    }

    /** @return whether the word opens a publication line of a news page ("Published", "Updated") */
    boolean isPublicationCue(String word) {
        return publicationCues.contains(key(word));
    }

    /** @return whether the modal puts a bare weekday or month in the future ("will", "'ll") */
    boolean isFutureModal(String word) {
        return futureModals.contains(key(word));
    }

    /** @return whether the word after a number makes it a percentage ("percent", "%") */
    boolean isPercentWord(String word) {
        return percentWords.contains(key(word));
    }

    /** @return whether the word before a number makes it negative ("minus") */
    boolean isSignWord(String word) {
        return signWords.contains(key(word));
    }

    /** @return whether the word is skipped between a number and what it counts ("20 more people") */
    boolean isCountedNounSkip(String word) {
        return countedNounSkips.contains(key(word));
    }

    /** @return whether the word joins a unit and a unit of time into a rate ("per", "an", "/") */
    boolean isRateWord(String word) {
        return rateWords.contains(key(word));
    }

    /** @return "lower" or "upper": the side of a range a qualifier bounds ("more than" is lower) */
    Optional<String> boundSide(String qualifier) {
        return Optional.ofNullable(boundQualifiers.get(key(qualifier)));
    }

    /** @return whether the word or mark, as written, plays the role */
    boolean isJoiner(Joiner role, String word) {
        return joiners.get(role).contains(word);
    }

    /**
     * @param where "before" or "after" the clock reading
     * @param word  the word there
     * @return whether the word makes a clock reading a time of day ("at 10:30:00")
     */
    boolean isTimeOfDayCue(String where, String word) {
        return timeOfDayCues.contains(where + " " + key(word));
    }

    /** @return what a tally counts when this word speaks of it ("passed" gives "votes", "won" gives "-") */
    /** @return what a score counts in the sport this word speaks of ("football" gives "goals") */
    Optional<String> scoreUnit(String word) {
        return Optional.ofNullable(scoreUnits.get(key(word)));
    }

    Optional<String> tallyCue(String word) {
        return Optional.ofNullable(tallyCues.get(key(word)));
    }

    /** @return whether the verb right after a bare number makes it a count of people ("9,000 live in") */
    boolean isPeopleVerb(String word) {
        return peopleVerbs.contains(key(word));
    }

    /** @return whether the phrase (lower-case words) right before a bare number makes it a count of people */
    boolean isPeopleCue(String phrase) {
        return peopleCues.contains(key(phrase));
    }

    /** @return whether the verb says a count changed or reached a level ("rose", "reached") */
    boolean isChangeVerb(String word) {
        return changeVerbs.contains(key(word));
    }

    /** @return whether the noun names a person, whose age a number in commas after it may be */
    boolean isPersonNoun(String word) {
        return personNouns.contains(key(word));
    }

    /**
     * @param where "before" or "after" the word "one"
     * @param word  the word there
     * @return whether the word makes "one" count nothing ("no one", "one way")
     */
    boolean isOneNonCount(String where, String word) {
        return oneNonCounts.contains(where + " " + key(word));
    }

    /**
     * @param unit a counted noun, perhaps of several words ("person", "crew member")
     * @return it in the plural, its last word made plural ("people", "crew members")
     */
    String plural(String unit) {
        int space = unit.lastIndexOf(' ');
        String head = unit.substring(space + 1);
        String plural = irregularPlurals.get(key(head));
        if (plural == null && irregularPlurals.containsValue(key(head))) {
            plural = head; // "people" is already plural
        }
        return unit.substring(0, space + 1) + (plural != null ? plural : EnglishPlural.of(head));
    }

    /** @return the nouns and their plurals ("victim", "victims", "man", "men") */
    private Set<String> withPlurals(Set<String> nouns) {
        Set<String> all = new java.util.HashSet<>(nouns);
        for (String noun : nouns) {
            all.add(plural(noun));
        }
        return Set.copyOf(all);
    }

    private static List<String[]> rows(String file) {
        return Resources.table("numbers/" + file);
    }

    private static Map<String, Double> doubles(String file) {
        Map<String, Double> map = new HashMap<>();
        for (String[] row : rows(file)) {
            map.put(row[0], Double.parseDouble(row[1]));
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> strings(String file) {
        Map<String, String> map = new HashMap<>();
        for (String[] row : rows(file)) {
            map.put(row[0], row[1]);
        }
        return Map.copyOf(map);
    }

    private static Set<String> words(String file) {
        Set<String> set = new HashSet<>();
        List<String[]> rows = rows(file);
        for (String[] row : rows) {
            set.add(row[0]);
        }
        return Set.copyOf(set);
    }
}
