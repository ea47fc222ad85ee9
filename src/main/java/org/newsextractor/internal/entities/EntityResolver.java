package org.newsextractor.internal.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsextractor.Place;
import org.newsextractor.internal.Resources;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Groups name spans into one cluster per real entity: "US President Joe Biden", "Joe Biden" and "Biden" become
 * one person; "US", "U.S." and "the United States" one place; "Federal Security Service (FSB)" and "FSB" one
 * organization. Also finds later mentions of a known name that NER missed.
 */
public final class EntityResolver {
    private final NameSpanFinder finder = new NameSpanFinder();
    private final PlaceGazetteer gazetteer = new PlaceGazetteer();
    private final Map<String, String> placeAliases = aliases("entities/place-aliases.tsv");
    /** Last words that name the kind of a place, left out when names are compared: "Gaza Strip" = "Gaza". */
    private static final Set<String> PLACE_WORDS = NameWords.of("place-kind-word");
    /** Forms of address before a person's name ("Mme", "Cde", "Sheikh"), lower case and without dots. */
    private static final Set<String> HONORIFICS = Set.copyOf(Resources.lines("entities/honorifics.txt"));
    private final Map<String, String> orgAliases = aliases("entities/org-aliases.tsv");
    /** Direction words before a place's name, each to the one form it is compared in ("east" -> "eastern"). */
    private final Map<String, String> directions = aliases("entities/direction-words.tsv");
    /** Places named with a direction word ("south sudan"), and "* name" for names any direction word splits. */
    private final Set<String> directionPlaces = Set.copyOf(Resources.lines("entities/direction-places.txt"));
    /** Generic last words of organization names ("Council", "Group"): never a short name on their own. */
    private final Set<String> orgWords = new HashSet<>(Resources.lines("entities/org-suffixes.txt"));
    private final Set<String> lowerOrgWords = orgWords.stream().map(w -> w.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet());
    private static final java.util.regex.Pattern OF_FIELD =
            java.util.regex.Pattern.compile("(\\S+) of (?:the )?(\\S+(?: \\S+){0,2})");
    private final Set<String> designators = new HashSet<>(Resources.lines("entities/company-designators.txt"));

    private static Map<String, String> aliases(String resource) {
        Map<String, String> map = new HashMap<>();
        for (String[] row : Resources.table(resource)) {
            map.put(key(row[0]), key(row[1]));
        }
        return map;
    }

    /**
     * @param text the annotated article
     * @return the clusters, ordered by first mention
     */
    public List<EntityCluster> resolve(AnnotatedText text) {
        List<NameSpan> spans = finder.find(text);
        spans = splitAroundPeople(spans);
        spans = splitHyphenatedPairs(spans);
        spans = retypeSurnames(spans);
        spans = retypeShortOrganizationNames(spans);
        spans = voteTypes(spans);
        spans = addMissedMentions(text, spans);
        spans = typeAcronyms(text, spans);
        List<EntityCluster> clusters = new ArrayList<>();
        clusters.addAll(clusterPeople(spans));
        Set<String> placeKeys = new HashSet<>();
        for (NameSpan s : spans) {
            if (s.type() == EntityType.LOCATION) {
                String k = withoutLastWords(key(s.text()), PLACE_WORDS);
                placeKeys.add(placeAliases.getOrDefault(k, k));
            }
        }
        clusters.addAll(mergeMisspellings(clusterByKey(spans, EntityType.LOCATION, placeAliases, PLACE_WORDS,
                k -> withoutDirection(k, placeKeys))));
        clusters.addAll(mergeMisspellings(mergeAcronyms(clusterByKey(spans, EntityType.ORGANIZATION, orgAliases,
                designators, this::inverted), text)));
        clusters.sort(Comparator.comparingInt(EntityCluster::firstOffset));
        return clusters;
    }

    /**
     * Lower-cased, without diacritics ("Erdoğan" = "Erdogan"), a leading "the", dots in acronyms, or a possessive: the
     * form names are compared in.
     */
    public static String key(String name) {
        String k = fold(name).strip();
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        k = k.replaceAll("['’]s$", "");
        return k.replace(".", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * "First Minister of Scotland Nicola Sturgeon, Labour": NER sometimes runs a place or organization into a
     * person's full name. A longer span holding a person's full name found elsewhere is split around it.
     */
    private List<NameSpan> splitAroundPeople(List<NameSpan> spans) {
        List<List<String>> fullNames = new ArrayList<>();
        for (NameSpan s : spans) {
            if (s.type() == EntityType.PERSON && s.size() > 1) {
                fullNames.add(words(s));
            }
        }
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            int at = -1;
            List<String> name = null;
            if (s.type() != EntityType.PERSON && s.size() > 2) {
                for (List<String> n : fullNames) {
                    int i = java.util.Collections.indexOfSubList(words(s), n);
                    if (i >= 0 && n.size() < s.size()) {
                        at = i;
                        name = n;
                        break;
                    }
                }
            }
            if (at < 0) {
                out.add(s);
                continue;
            }
            int personFrom = s.from() + at;
            int personTo = personFrom + name.size();
            addPart(out, s, s.from(), personFrom);
            out.add(part(s, personFrom, personTo, EntityType.PERSON));
            addPart(out, s, personTo, s.to());
        }
        return out;
    }

    /**
     * "Smith-Jones talks", "Zembla-Ruritania border": two names a hyphen joins into one span are split again when
     * each part names something by itself: a person's surname or name found elsewhere in the article, or a place the
     * gazetteer knows (when it does not know the whole, as it knows "Guinea-Bissau").
     */
    private List<NameSpan> splitHyphenatedPairs(List<NameSpan> spans) {
        Set<String> personNames = new HashSet<>();
        for (NameSpan s : spans) {
            if (s.type() == EntityType.PERSON && !s.text().contains("-")) {
                personNames.add(fold(s.text()));
                if (s.size() > 1) {
                    personNames.add(fold(s.lastWord()));
                }
            }
        }
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            List<int[]> parts = hyphenParts(s);
            boolean split = parts.size() > 1 && s.type() != EntityType.ORGANIZATION;
            for (int[] p : parts) {
                String partText = part(s, p[0], p[1], s.type()).text();
                split &= s.type() == EntityType.PERSON ? personNames.contains(fold(partText))
                        : isKnownPlace(partText) && !isKnownPlace(s.text());
            }
            if (!split) {
                out.add(s);
                continue;
            }
            for (int[] p : parts) {
                out.add(part(s, p[0], p[1], s.type()));
            }
        }
        return out;
    }

    private boolean isKnownPlace(String name) {
        return gazetteer.kindOf(name) != null || placeAliases.containsKey(key(name));
    }

    /** @return the token ranges between the glued hyphens of a span, or the whole span when it has none */
    private static List<int[]> hyphenParts(NameSpan s) {
        List<int[]> parts = new ArrayList<>();
        Sentence sentence = s.sentence();
        int start = s.from();
        for (int i = s.from() + 1; i < s.to() - 1; i++) {
            Token t = sentence.token(i);
            if (t.text().equals("-") && sentence.token(i - 1).end() == t.begin()
                    && t.end() == sentence.token(i + 1).begin()) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, s.to()});
        return parts;
    }

    private void addPart(List<NameSpan> out, NameSpan whole, int from, int to) {
        if (from < to && whole.sentence().token(from).isCapitalized()) {
            NameSpan p = part(whole, from, to, whole.type());
            out.add(gazetteer.kindOf(p.text()) != null ? p.withType(EntityType.LOCATION) : p);
        }
    }

    private static NameSpan part(NameSpan whole, int from, int to, EntityType type) {
        Sentence s = whole.sentence();
        String all = whole.text();
        int base = whole.begin();
        String text = all.substring(s.token(from).begin() - base, s.token(to - 1).end() - base);
        return new NameSpan(type, s, from, to, text);
    }

    /**
     * "Magnitogorsk" and "Magnitigorsk": scraped and hastily written text misspells long names; two names of eight
     * or more letters one edit apart are one entity, named by the more frequent spelling.
     */
    private static List<EntityCluster> mergeMisspellings(List<EntityCluster> clusters) {
        List<EntityCluster> out = new ArrayList<>(clusters);
        for (EntityCluster a : clusters) {
            for (EntityCluster b : clusters) {
                if (a == b || !out.contains(a) || !out.contains(b) || a.spans().size() < b.spans().size()) {
                    continue;
                }
                String ka = key(a.longestName());
                String kb = key(b.longestName());
                if (ka.length() >= 8 && kb.length() >= 8 && oneEditApart(ka, kb)) {
                    b.spans().forEach(a::add);
                    out.remove(b);
                }
            }
        }
        return out;
    }

    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }

    /** "Stratford said": a lone word that is the surname of a person named in full is that person, not a town. */
    private static List<NameSpan> retypeSurnames(List<NameSpan> spans) {
        Map<String, Boolean> surnames = new HashMap<>();
        for (NameSpan s : spans) {
            if (s.type() == EntityType.PERSON && s.size() > 1) {
                surnames.put(s.lastWord(), true);
            }
        }
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            boolean surname = s.size() == 1 && s.type() != EntityType.PERSON && surnames.containsKey(s.text());
            out.add(surname ? s.withType(EntityType.PERSON) : s);
        }
        return out;
    }

    /**
     * "Deutsche Telekom ... Telekom said": a lone word NER took for a person is the short name of an organization
     * whose name it ends, when no person of the article has it as a surname.
     */
    private List<NameSpan> retypeShortOrganizationNames(List<NameSpan> spans) {
        Set<String> surnames = new HashSet<>();
        Set<String> orgEndings = new HashSet<>();
        for (NameSpan s : spans) {
            if (s.type() == EntityType.PERSON && s.size() > 1) {
                surnames.add(s.lastWord());
            } else if (s.type() == EntityType.ORGANIZATION && s.size() > 1 && !orgWords.contains(s.lastWord())) {
                orgEndings.add(s.lastWord());
            }
        }
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            boolean shortName = s.size() == 1 && s.type() == EntityType.PERSON && orgEndings.contains(s.text())
                    && !surnames.contains(s.text());
            out.add(shortName ? s.withType(EntityType.ORGANIZATION) : s);
        }
        return out;
    }

    /** The same name tagged as a place here and an organization there gets the type most of its mentions have. */
    private static List<NameSpan> voteTypes(List<NameSpan> spans) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (NameSpan s : spans) {
            votes.computeIfAbsent(key(s.text()), k -> new LinkedHashMap<>()).merge(s.type(), 1, Integer::sum);
        }
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            EntityType winner = votes.get(key(s.text())).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(s.type());
            out.add(winner == s.type() ? s : s.withType(winner));
        }
        return out;
    }

    /**
     * NER misses some mentions of a name it found elsewhere ("Biden-Zelenskyy", a name at a sentence start).
     * Any capitalized occurrence of a known name, or of a person's surname, becomes a mention too.
     */
    private static List<NameSpan> addMissedMentions(AnnotatedText text, List<NameSpan> spans) {
        Map<String, EntityType> known = new HashMap<>();
        int longest = 1;
        for (NameSpan s : spans) {
            known.putIfAbsent(withoutMarks(s.text()), s.type()); // "Erdogan" is also a mention of "Erdoğan"
            if (s.size() > 1 && s.sentence().token(s.from()).text().equals("The")) {
                known.putIfAbsent(withoutMarks(s.text().substring(4)), s.type()); // "The Courier", "the Courier"
            }
            longest = Math.max(longest, s.size());
            if (s.type() == EntityType.PERSON && s.size() > 1) {
                known.putIfAbsent(withoutMarks(s.lastWord()), EntityType.PERSON);
            }
        }
        List<NameSpan> out = new ArrayList<>(spans);
        for (Sentence sentence : text.sentences()) {
            boolean[] covered = new boolean[sentence.size()];
            for (NameSpan s : spans) {
                if (s.sentence().index() == sentence.index()) {
                    for (int i = s.from(); i < s.to(); i++) {
                        covered[i] = true;
                    }
                }
            }
            for (int i = 0; i < sentence.size(); i++) {
                if (covered[i] || !sentence.token(i).isCapitalized()) {
                    continue;
                }
                for (int len = Math.min(longest, sentence.size() - i); len >= 1; len--) {
                    if (anyCovered(covered, i, i + len)) {
                        continue;
                    }
                    String candidate = text.text().substring(sentence.token(i).begin(),
                            sentence.token(i + len - 1).end());
                    EntityType type = known.get(withoutMarks(candidate));
                    if (type != null && NameSpanFinder.canBeInName(sentence.token(i + len - 1))) {
                        out.add(new NameSpan(type, sentence, i, i + len, candidate));
                        for (int k = i; k < i + len; k++) {
                            covered[k] = true;
                        }
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(NameSpan::begin));
        return out;
    }

    /**
     * An acronym that spells the initials of an organization the article names in full ("ZKA" after "Zemblan Kelp
     * Authority") names that organization, wherever it stands: NER's other type for it is corrected, and where NER
     * missed it, it becomes a mention. Acronyms of three or more letters, and none that names a known place.
     */
    private List<NameSpan> typeAcronyms(AnnotatedText text, List<NameSpan> spans) {
        Set<String> expansions = new HashSet<>();
        for (NameSpan s : spans) {
            if (s.type() == EntityType.ORGANIZATION && s.size() >= 3) {
                String initials = initials(s.text());
                if (initials.length() >= 3) {
                    expansions.add(initials);
                }
            }
        }
        if (expansions.isEmpty()) {
            return spans;
        }
        List<NameSpan> out = new ArrayList<>();
        Set<Long> covered = new HashSet<>();
        for (NameSpan s : spans) {
            boolean acronym = s.size() == 1 && s.type() != EntityType.ORGANIZATION && isAcronymOf(s.text(), expansions);
            out.add(acronym ? s.withType(EntityType.ORGANIZATION) : s);
            for (int i = s.from(); i < s.to(); i++) {
                covered.add(((long) s.sentence().index() << 32) | i);
            }
        }
        for (Sentence sentence : text.sentences()) {
            for (Token t : sentence.tokens()) {
                if (!covered.contains(((long) sentence.index() << 32) | t.index()) && t.isProperNoun()
                        && isAcronymOf(t.text(), expansions)) {
                    out.add(new NameSpan(EntityType.ORGANIZATION, sentence, t.index(), t.index() + 1, t.text()));
                }
            }
        }
        out.sort(Comparator.comparingInt(NameSpan::begin));
        return out;
    }

    private boolean isAcronymOf(String word, Set<String> expansions) {
        String letters = word.replace(".", "");
        return letters.length() >= 3 && isAcronym(word) && expansions.contains(letters)
                && !placeAliases.containsKey(key(word)) && gazetteer.kindOf(letters) == null;
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * People: full names first, then each shorter name joins the person whose full name contains it ("Biden" joins
     * "Joe Biden"); when two people share a surname, the one mentioned most recently wins.
     */
    private static List<EntityCluster> clusterPeople(List<NameSpan> spans) {
        List<NameSpan> people = spans.stream().filter(s -> s.type() == EntityType.PERSON).toList();
        List<NameSpan> longestFirst = new ArrayList<>(people);
        longestFirst.sort(Comparator.comparingInt((NameSpan n) -> withoutHonorific(lower(words(n))).size())
                .reversed().thenComparingInt(NameSpan::begin));
        Map<String, EntityCluster> byFullName = new LinkedHashMap<>();
        for (NameSpan s : longestFirst) {
            if (s.size() < 2) {
                continue;
            }
            List<String> words = withoutHonorific(lower(words(s))); // "DAVID CAMERON", "Van Wolfswinkel", "Mrs May"
            EntityCluster owner = byFullName.values().stream()
                    .filter(c -> containsRun(lower(c.nameWords()), words)).findFirst().orElse(null);
            if (owner == null) {
                owner = new EntityCluster(EntityType.PERSON);
                byFullName.put(s.text(), owner);
            }
            owner.add(s);
        }
        List<EntityCluster> clusters = new ArrayList<>(byFullName.values());
        Map<String, EntityCluster> singles = new HashMap<>();
        for (NameSpan s : people) {
            if (s.size() >= 2) {
                continue;
            }
            EntityCluster owner = bestPersonFor(s, clusters);
            if (owner == null) {
                owner = singles.computeIfAbsent(fold(s.text()),
                        k -> new EntityCluster(EntityType.PERSON));
            }
            owner.add(s);
        }
        clusters.addAll(singles.values());
        return clusters;
    }

    private static EntityCluster bestPersonFor(NameSpan single, List<EntityCluster> clusters) {
        String word = fold(single.text());
        EntityCluster best = null;
        int bestScore = Integer.MIN_VALUE;
        for (EntityCluster c : clusters) {
            List<String> name = lower(c.nameWords());
            if (name.isEmpty() || !name.contains(word)) {
                continue;
            }
            // Surnames beat first names; then the person mentioned most recently before this mention.
            int score = (name.get(name.size() - 1).equals(word) ? 1_000_000_000 : 0)
                    + c.lastMentionBefore(single.begin());
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** "Mrs May" is "May": a courtesy title is no part of the name it is compared by. */
    private static List<String> withoutHonorific(List<String> words) {
        return words.size() > 1 && HONORIFICS.contains(words.get(0).replace(".", ""))
                ? words.subList(1, words.size()) : words;
    }

    /**
     * @param name a person's fullest name
     * @return it without a form of address before two or more words ("Cde Tendai Moyo" -> "Tendai Moyo")
     */
    static String withoutHonorific(String name) {
        String[] words = name.split(" ");
        if (words.length >= 3 && HONORIFICS.contains(fold(words[0]).replace(".", ""))) {
            return name.substring(name.indexOf(' ') + 1);
        }
        return name;
    }

    /** Words in the form they are compared in: lower case, without diacritics. */
    private static List<String> lower(List<String> words) {
        return words.stream().map(EntityResolver::fold).toList();
    }

    /**
     * @param s a name or word
     * @return it in lower case with its letters' diacritics removed ("Brudziński" -> "brudzinski", "Øster" ->
     *     "oster"), so that names written with and without them compare equal
     */
    public static String fold(String s) {
        return withoutMarks(s).toLowerCase(Locale.ROOT);
    }

    /**
     * @param s a name or word
     * @return it with its letters' diacritics removed, in its own case ("Erdoğan" -> "Erdogan")
     */
    static String withoutMarks(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'þ' -> out.append("th");
                case '’', 'ʼ', '‘' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> words(NameSpan s) {
        return s.tokens().stream().map(Token::text).toList();
    }

    private static boolean containsRun(List<String> whole, List<String> part) {
        return java.util.Collections.indexOfSubList(whole, part) >= 0;
    }

    /** Places and organizations: one cluster per name, after mapping known aliases to their full name. */
    private static List<EntityCluster> clusterByKey(List<NameSpan> spans, EntityType type,
                                                    Map<String, String> aliases, Set<String> droppedLastWords,
                                                    java.util.function.UnaryOperator<String> canonical) {
        Map<String, EntityCluster> byKey = new LinkedHashMap<>();
        for (NameSpan s : spans) {
            if (s.type() != type) {
                continue;
            }
            String k = withoutLastWords(key(s.text()), droppedLastWords);
            k = aliases.getOrDefault(k, k);
            k = canonical.apply(k);
            k = aliases.getOrDefault(k, k);
            byKey.computeIfAbsent(k, x -> new EntityCluster(type)).add(s);
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * "northern zembla" -> "zembla" when the article names Zembla by itself too, or the gazetteer knows it as a
     * country or a state, and the gazetteer does not know the whole name (as it knows "north korea"); otherwise the
     * direction word in one form ("east" -> "eastern").
     *
     * @param key       a place's key
     * @param placeKeys the keys of all place names in the article
     */
    String withoutDirection(String key, Set<String> placeKeys) {
        int space = key.indexOf(' ');
        if (space < 0) {
            return key;
        }
        String direction = directions.get(key.substring(0, space));
        if (direction == null) {
            return key;
        }
        String rest = key.substring(space + 1);
        if (directionPlaces.contains(key) || directionPlaces.contains("* " + rest)) {
            return key;
        }
        String restName = placeAliases.getOrDefault(rest, rest);
        Place.Kind restKind = gazetteer.kindOf(rest);
        if (gazetteer.kindOf(key) == null && !placeAliases.containsKey(key) && (restKind == Place.Kind.COUNTRY
                || restKind == Place.Kind.STATE_OR_PROVINCE || placeKeys.contains(restName))) {
            return restName;
        }
        return direction + " " + rest;
    }

    /**
     * "department of state" -> "state department", "ministry of the interior" -> "interior ministry": an organization
     * word, "of" and a field of up to three words, in the order the short form uses.
     */
    String inverted(String key) {
        java.util.regex.Matcher m = OF_FIELD.matcher(key);
        if (m.matches() && lowerOrgWords.contains(m.group(1)) && !m.group(2).contains(" of ")) {
            return m.group(2) + " " + m.group(1);
        }
        return key;
    }

    /**
     * @return the key without a country or a state before a name of two or more words ("united states department
     *     of state" -> "department of state"), or the key itself
     */
    private String withoutPlacePrefix(String key) {
        String[] words = key.split(" ");
        for (int n = Math.min(3, words.length - 2); n >= 1; n--) {
            String prefix = String.join(" ", java.util.Arrays.asList(words).subList(0, n));
            String place = placeAliases.getOrDefault(prefix, prefix);
            Place.Kind kind = gazetteer.kindOf(place);
            if (kind == Place.Kind.COUNTRY || kind == Place.Kind.STATE_OR_PROVINCE) {
                return key.substring(prefix.length() + 1);
            }
        }
        return key;
    }

    /** "yahoo inc" -> "yahoo": legal-form words at the end, while a word is left. */
    private static String withoutLastWords(String key, Set<String> dropped) {
        String k = key.replace(",", "").strip();
        int space = k.lastIndexOf(' ');
        while (space > 0 && dropped.contains(k.substring(space + 1))) {
            k = k.substring(0, space).strip();
            space = k.lastIndexOf(' ');
        }
        return k;
    }

    /**
     * Organizations: an acronym joins the full name it abbreviates ("FSB" after "Federal Security Service (FSB)",
     * "NATO" and "North Atlantic Treaty Organization"), and a shorter name that ends a longer one joins it
     * ("Foreign Relations Committee" and "Senate Foreign Relations Committee").
     */
    private List<EntityCluster> mergeAcronyms(List<EntityCluster> orgs, AnnotatedText text) {
        List<EntityCluster> out = new ArrayList<>(orgs);
        for (EntityCluster shortOne : orgs) {
            String shortName = shortOne.longestName();
            for (EntityCluster longOne : orgs) {
                if (longOne == shortOne || !out.contains(longOne) || !out.contains(shortOne)) {
                    continue;
                }
                String longName = longOne.longestName();
                if (longName.length() <= shortName.length()) {
                    continue;
                }
                boolean acronym = isAcronym(shortName) && (initials(longName).equals(shortName.replace(".", ""))
                        || longOne.spans().stream().anyMatch(m -> introducedAs(text, m.text(), shortName)));
                boolean suffix = longName.endsWith(" " + shortName) && (shortName.contains(" ")
                        || !orgWords.contains(shortName) && shortName.length() > 2); // "Deutsche Telekom", "Telekom"
                String shortKey = inverted(key(shortName));
                boolean placed = shortKey.contains(" ") && inverted(withoutPlacePrefix(key(longName))).equals(shortKey);
                boolean prefix = !shortName.contains(" ") && !orgWords.contains(shortName)
                        && longName.startsWith(shortName + " ") && onlyLongNameStartingWith(orgs, shortName, longOne);
                if (acronym || suffix || prefix || placed) { // prefix: "Sporting Lisbon", "Sporting"
                    shortOne.spans().forEach(longOne::add);
                    out.remove(shortOne);
                }
            }
        }
        return out;
    }

    private static boolean onlyLongNameStartingWith(List<EntityCluster> orgs, String word, EntityCluster longOne) {
        return orgs.stream().noneMatch(c -> c != longOne && c.longestName().startsWith(word + " "));
    }

    private static boolean isAcronym(String name) {
        String letters = name.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 8 && letters.chars().allMatch(Character::isUpperCase);
    }

    private static String initials(String name) {
        StringBuilder s = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                s.append(word.charAt(0));
            }
        }
        return s.toString();
    }

    /** "Federal Security Service (FSB)": the text itself introduces the acronym. */
    private static boolean introducedAs(AnnotatedText text, String longName, String acronym) {
        return text.text().contains(longName + " (" + acronym + ")");
    }
}
