package org.newsextractor.internal.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsextractor.Place;
import org.newsextractor.internal.Resources;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Turns CoreNLP's per-token NER tags into name spans, repairing what coarse NER gets wrong in news: pronouns
 * tagged PERSON, names run together across commas or possessives, seats of government tagged as places.
 */
public final class NameSpanFinder {
    private static final java.util.Set<String> DIRECTIONS =
            NameWords.of("direction");
    private final Map<String, Optional<EntityType>> typeOverrides = new HashMap<>();
    /** Names are short; the cap keeps a run of capitalized words in hostile input from costing quadratic time. */
    private static final int MAX_NAME_TOKENS = 12;
    private static final java.util.Set<String> GROUP_NUMBERS = NameWords.of("group-number");
    /** Organization words whose names often join two fields with "and": "Food and Drug Administration". */
    private static final java.util.Set<String> PAIR_ORG_WORDS = NameWords.of("pair-org-word");
    /** Organization words that also end names of rooms and buildings ("Oval Office", "Lincoln Center"). */
    private static final java.util.Set<String> PLACE_LIKE_ORG_WORDS = NameWords.of("place-like-org-word");
    private static final java.util.Set<String> CONNECTORS = NameWords.of("connector");
    private static final java.util.regex.Pattern WEB_SITE =
            java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9-]*\\.(com|org|net|ru|ua|info|news|co\\.uk)");
    private final java.util.Set<String> orgSuffixes =
            new java.util.HashSet<>(Resources.lines("entities/org-suffixes.txt"));
    private final java.util.Set<String> placeSuffixes =
            new java.util.HashSet<>(Resources.lines("entities/place-suffixes.txt"));
    private final java.util.Set<String> eventWords =
            new java.util.HashSet<>(Resources.lines("entities/event-words.txt"));
    private final java.util.Set<String> titleWords = TitleWords.all();
    private final java.util.Set<String> portfolios =
            new java.util.HashSet<>(Resources.lines("entities/portfolios.txt"));
    private final java.util.Set<String> nameParticles =
            new java.util.HashSet<>(Resources.lines("entities/name-particles.txt"));
    private final java.util.Set<String> hyphenPrefixes =
            new java.util.HashSet<>(Resources.lines("entities/hyphen-prefixes.txt"));
    /** "Borsetshire police": lower-case heads, as word lists, longest first. */
    private final List<List<String>> lowercaseOrgHeads = Resources.lines("entities/lowercase-org-heads.txt").stream()
            .map(l -> List.of(l.split("\\s+"))).sorted(java.util.Comparator.comparingInt(l -> -l.size())).toList();
    private final java.util.Set<String> religions =
            new java.util.HashSet<>(Resources.lines("entities/religions.txt"));
    private final java.util.Set<String> buildingWords =
            new java.util.HashSet<>(Resources.lines("entities/building-words.txt"));
    private final java.util.Set<String> publicationWords =
            new java.util.HashSet<>(Resources.lines("entities/publication-words.txt"));
    private final PlaceGazetteer gazetteer = new PlaceGazetteer();
    private final java.util.Set<String> stormWords =
            new java.util.HashSet<>(Resources.lines("entities/storm-words.txt"));
    private final java.util.Set<String> agencyFields =
            new java.util.HashSet<>(Resources.lines("entities/agency-fields.txt"));
    private final java.util.Set<String> hyphenSuffixes =
            new java.util.HashSet<>(Resources.lines("entities/hyphen-suffixes.txt"));
    private static final java.util.Set<String> REPORTING = NameWords.of("reporting-lemma");
    private static final java.util.Set<String> PORTFOLIO_TITLES = NameWords.of("portfolio-title");

    /** Loads the type corrections from {@code models/entities/types.tsv}. */
    public NameSpanFinder() {
        for (String[] row : Resources.table("entities/types.tsv")) {
            typeOverrides.put(row[0], row[1].equals("NONE") ? Optional.empty()
                    : Optional.of(EntityType.valueOf(row[1])));
        }
    }

    /**
     * @param text the annotated article
     * @return the name spans in text order
     */
    public List<NameSpan> find(AnnotatedText text) {
        List<NameSpan> spans = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            // The repairs look only at this sentence's names, so that a long text costs linear time.
            List<NameSpan> here = new ArrayList<>();
            int i = 0;
            while (i < sentence.size()) {
                EntityType type = EntityType.fromNer(sentence.token(i).ner());
                if (type == null || !canBeInName(sentence.token(i))) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < sentence.size() && (EntityType.fromNer(sentence.token(j).ner()) == type
                        && canBeInName(sentence.token(j)) || isGluedHyphen(sentence, j)
                        || isPossessiveInsideName(sentence, j, type) || isCommaInsideName(sentence, j, type))) {
                    j++;
                }
                addSpan(here, text.text(), sentence, i, j, type);
                i = j;
            }
            addMissedOrganizations(here, text.text(), sentence);
            addMissedCapitals(here, sentence);
            addOrganizationsOfNames(here, text.text(), sentence);
            extendOrganizationsOfNames(here, text.text(), sentence);
            addPublications(here, text.text(), sentence);
            joinCoordinatedOrganizations(here, text.text(), sentence);
            spans.addAll(here);
        }
        spans.sort(java.util.Comparator.comparingInt(NameSpan::begin));
        return ContextTyping.repair(text, spans);
    }

    /**
     * Organizations NER left untagged or called MISC: a run of capitalized words ending in an organization word
     * ("Gun Violence Archive"), or a web site's name ("Znak.com").
     */
    private void addMissedOrganizations(List<NameSpan> spans, String text, Sentence sentence) {
        int i = 0;
        while (i < sentence.size()) {
            Token t = sentence.token(i);
            if (!isUntaggedName(t)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < sentence.size() && j - i < MAX_NAME_TOKENS && (isUntaggedName(sentence.token(j))
                    || CONNECTORS.contains(sentence.token(j).text()) && j + 1 < sentence.size()
                    && isUntaggedName(sentence.token(j + 1)))) {
                j++;
            }
            int end = j;
            while (end > i + 1 && !orgSuffixes.contains(sentence.token(end - 1).text())) {
                end--; // "the Gun Violence Archive and Znak.com": the name ends at its organization word
            }
            boolean orgWord = end - i >= 2 && orgSuffixes.contains(sentence.token(end - 1).text());
            boolean site = j - i == 1 && WEB_SITE.matcher(t.text()).matches();
            if (orgWord || site) {
                end = site ? j : end;
                spans.add(new NameSpan(EntityType.ORGANIZATION, sentence, i, end,
                        text.substring(t.begin(), sentence.token(end - 1).end())));
                j = end;
            } else if (j - i > 1) {
                j = i + 1; // look again from the next word: a site's name may follow
            }
            i = j;
        }
    }

    /**
     * A capital city NER left untagged, alone between lower-case words: CoreNLP's models predate spellings such as
     * "Kyiv", which news now uses.
     */
    private void addMissedCapitals(List<NameSpan> spans, Sentence sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.token(i);
            boolean alone = (i == 0 || !sentence.token(i - 1).isCapitalized() || sentence.token(i - 1).pos().equals("DT"))
                    && (i + 1 == sentence.size() || !sentence.token(i + 1).isCapitalized());
            if (t.ner().equals("O") && t.isProperNoun() && alone && PlaceKinds.isCapital(t.text())
                    && spans.stream().noneMatch(n -> n.from() <= t.index() && t.index() < n.to())) {
                spans.add(new NameSpan(EntityType.LOCATION, sentence, i, i + 1, t.text()));
            }
        }
    }

    private static boolean isUntaggedName(Token t) {
        boolean capitalizedAdjective = t.pos().equals("JJ") && t.index() > 0; // "Great Orchestra of ..."
        return (t.ner().equals("O") || t.ner().equals("MISC")) && t.isCapitalized()
                && (t.isProperNoun() || capitalizedAdjective || WEB_SITE.matcher(t.text()).matches());
    }

    private void addSpan(List<NameSpan> spans, String text, Sentence sentence, int from, int to, EntityType type) {
        int of = personOfOrganizationAt(sentence, from, to, type);
        if (of > 0) {
            addSpan(spans, text, sentence, from, of, EntityType.PERSON); // "Jane Roe of the Kelp Party": two
            addSpan(spans, text, sentence, of + 2, to, type);
            return;
        }
        int and = twoOrganizationsAt(text, sentence, from, to, type);
        if (and > 0) {
            addSpan(spans, text, sentence, from, and, type); // "Health Zembla and Transport Ruritania": two
            addSpan(spans, text, sentence, and + 1, to, type);
            return;
        }
        from = joinHyphenatedStart(spans, text, sentence, from, type);
        to = joinHyphenatedEnd(sentence, to);
        // Trim words that cannot start or end a name ("of", "and" at the edges).
        while (from < to && !sentence.token(from).isCapitalized() && !startsWithDigit(sentence.token(from))
                && !isParticleBeforeHyphen(sentence, from)) {
            from++;
        }
        while (to > from && !sentence.token(to - 1).isCapitalized() && !startsWithDigit(sentence.token(to - 1))
                && !isNamePartAfterHyphen(sentence, to - 1)) {
            to--;
        }
        if (from >= to) {
            return;
        }
        // "NATO Eastern European members": a direction word that starts the next adjective phrase.
        if (to - from > 1 && to < sentence.size() && DIRECTIONS.contains(sentence.token(to - 1).text())
                && sentence.token(to).isCapitalized()) {
            to--;
        }
        if (from >= to) {
            return;
        }
        if (type == EntityType.PERSON && isGivenNameAfterTitle(sentence, from - 1)) {
            from--; // "President Ruben Tayo Marquez": NER left the first given name out
        } else if (type != EntityType.PERSON && isAgencyField(sentence, from - 1)
                && gazetteer.kindOf(text.substring(sentence.token(from).begin(), sentence.token(to - 1).end())) != null) {
            from--; // "Transport Zembla": a public body named for its field and its place
            type = EntityType.ORGANIZATION;
        }
        int head = lowercaseOrgHead(sentence, to, type);
        if (head > to) {
            to = head; // "Borsetshire police": an organization named for the place
            type = EntityType.ORGANIZATION;
        }
        if (type == EntityType.ORGANIZATION && isTitleCase(sentence)) {
            to = endAtOrganizationWord(sentence, from, to); // "Supreme Court Issues New Ruling": a headline
        }
        if (type == EntityType.ORGANIZATION && isOwnerlessPossessiveName(sentence, from, to)) {
            from -= 2; // "the Alzheimer's Society": the possessive is part of the name
        }
        String name = text.substring(sentence.token(from).begin(), sentence.token(to - 1).end());
        Optional<EntityType> override = typeOverrides.get(name);
        if (override != null) {
            if (override.isEmpty()) {
                return;
            }
            type = override.get();
        } else if (to - from == 1 && portfolios.contains(name) && to < sentence.size()
                && PORTFOLIO_TITLES.contains(sentence.token(to).text())) {
            return; // "Digital Minister Karsten Wildberger": a title, not an organization named "Digital"
        } else if (to - from == 1 && type != EntityType.PERSON && titleWords.contains(name.toLowerCase(Locale.ROOT))
                && to < sentence.size() && sentence.token(to).isNer("PERSON")) {
            return; // "Justice Hammada Dashen": the title of the person after it
        } else if (type == EntityType.PERSON && (from > 0 && stormWords.contains(sentence.token(from - 1).text())
                || to - from == 2 && stormWords.contains(sentence.token(from).text()))) {
            return; // "Storm Hilda": a storm, not a person
        } else if (type != EntityType.PERSON && to - from == 1 && gazetteer.isNationality(name)
                && gazetteer.kindOf(name) == null) {
            return; // "Ukrainian": a demonym is no place
        } else if (type == EntityType.PERSON && to + 1 < sentence.size() && sentence.token(to).pos().equals("POS")
                && buildingWords.contains(sentence.token(to + 1).text())) {
            to += 2; // "St. Olaf's Cathedral": a building named for a saint
            type = EntityType.LOCATION;
            name = text.substring(sentence.token(from).begin(), sentence.token(to - 1).end());
        } else if (type != EntityType.PERSON && isReligion(name, sentence.token(to - 1).text())) {
            return; // "Islam", "Christendom", "Sunni Islam": a religion is neither a place nor an organization
        } else if (type == EntityType.ORGANIZATION && isOffice(sentence, from, to)) {
            return; // "Supreme Leader of Zembla": a title, not an organization
        } else if (type == EntityType.PERSON && to - from > 1 && (buildingWords.contains(sentence.token(from).text())
                || buildingWords.contains(sentence.token(to - 1).text()))) {
            type = EntityType.LOCATION; // "Masjid al-Nur", "Ruben Tayo Stadium": a building, not a person
        } else if (to - from > 1 && eventWords.contains(sentence.token(to - 1).text())) {
            return; // "Berlin Marathon": an event, not a place
        } else if (to - from > 1 && placeSuffixes.contains(sentence.token(to - 1).text())
                && !isTitledPerson(sentence, from, to, type)) {
            type = EntityType.LOCATION; // "Parliament Square", "Karl Marx Avenue"
        } else if (to - from > 1 && type == EntityType.LOCATION && GROUP_NUMBERS.contains(sentence.token(to - 1).text())) {
            type = EntityType.ORGANIZATION; // a group named for a place: "Visegrad Four", "Bucharest Nine"
        } else if (endsInOrganizationWord(sentence, from, to, type)) {
            type = EntityType.ORGANIZATION; // "Minneapolis City Council", "Severn Trent Water"
        }
        if (type == EntityType.ORGANIZATION && isPlacePairBefore(spans, sentence, from, to)) {
            // "Oadby and Wigston Borough Council": a council named for two places
            from = spans.remove(spans.size() - 1).from();
            name = text.substring(sentence.token(from).begin(), sentence.token(to - 1).end());
        } else if (type == EntityType.ORGANIZATION && isUntaggedPairBefore(sentence, from, to)) {
            from -= 2; // "Food and Agriculture Organization": NER left the first word out
            name = text.substring(sentence.token(from).begin(), sentence.token(to - 1).end());
        }
        spans.add(new NameSpan(type, sentence, from, to, name));
    }

    /**
     * A one-word name (NER often calls it a person or a place), then "and", right before an organization that ends
     * in a word such names end in: "Oadby and Wigston Borough Council", "Brighton and Hove City Council".
     */
    private boolean isPlacePairBefore(List<NameSpan> spans, Sentence sentence, int from, int to) {
        if (spans.isEmpty() || from < 2 || !PAIR_ORG_WORDS.contains(sentence.token(to - 1).text())) {
            return false; // "Kenya and World Bank officials" are two
        }
        NameSpan previous = spans.get(spans.size() - 1);
        String and = sentence.token(from - 1).text();
        return (and.equals("and") || and.equals("&")) && previous.sentence() == sentence
                && previous.type() != EntityType.ORGANIZATION
                && previous.to() == from - 1 && previous.to() - previous.from() == 1;
    }

    /** An untagged capitalized word and "and" before an organization that ends in an organization word. */
    private boolean isUntaggedPairBefore(Sentence sentence, int from, int to) {
        if (from < 2 || !PAIR_ORG_WORDS.contains(sentence.token(to - 1).text())) {
            return false;
        }
        Token first = sentence.token(from - 2);
        // "Disaster and Emergency Management Agency": the tagger may take the capitalized first word for a noun
        return sentence.token(from - 1).text().equals("and") && first.ner().equals("O")
                && (first.pos().equals("NNP") || first.pos().equals("NN") && from >= 3) && first.isCapitalized() && (from < 3 || !sentence.token(from - 3).isCapitalized()
                || sentence.token(from - 3).pos().equals("POS"));
    }

    /**
     * A place or person name that ends in an organization word is an organization named for a place or a person:
     * "Minneapolis City Council", "Wigston Borough Council". A person needs three words, so that "Margaret Court"
     * stays a person.
     */
    private boolean endsInOrganizationWord(Sentence sentence, int from, int to, EntityType type) {
        int words = to - from;
        boolean longEnough = type == EntityType.LOCATION && words >= 2 || type == EntityType.PERSON && words >= 3;
        String last = sentence.token(to - 1).text();
        return longEnough && orgSuffixes.contains(last) && !PLACE_LIKE_ORG_WORDS.contains(last);
    }

    /**
     * "Employers' Organisation", "Kurdistan Workers' Party", "People's Liberation Army": NER tags the possessive mark
     * with the name on both sides of it, after a plural noun (tagged NNS, or NNPS when capitalized). After a proper
     * name it marks an owner: "United Nations' Food and Agriculture Organization" (NNP).
     */
    private boolean isPossessiveInsideName(Sentence s, int i, EntityType type) {
        return s.token(i).pos().equals("POS") && i > 0
                && (s.token(i - 1).pos().equals("NNS") || s.token(i - 1).pos().equals("NNPS")
                    || isOfficeOfTitle(s, i))
                && EntityType.fromNer(s.token(i).ner()) == type && i + 1 < s.size()
                && EntityType.fromNer(s.token(i + 1).ner()) == type && canBeInName(s.token(i + 1));
    }

    /**
     * "Sumter County Sheriff's Office", "the Attorney General's Office": an office named for the title of whoever
     * holds it, a title word before the possessive and an organization word after it.
     */
    private boolean isOfficeOfTitle(Sentence s, int i) {
        return s.token(i - 1).pos().equals("NNP") && titleWords.contains(s.token(i - 1).lower())
                && i + 1 < s.size() && orgSuffixes.contains(s.token(i + 1).text());
    }

    /**
     * "Senator Ruth Lake", "Dr. John Hill": a person NER tagged whole, after a title, keeps a surname that is also a
     * place word.
     */
    private boolean isTitledPerson(Sentence s, int from, int to, EntityType type) {
        if (type != EntityType.PERSON || from == 0) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!s.token(k).isNer("PERSON")) {
                return false;
            }
        }
        String before = s.token(from - 1).lower().replace(".", "");
        return titleWords.contains(before) || titleWords.contains(before + ".");
    }

    /**
     * "The Alzheimer's Society", "Women's Aid": an organization made only of organization words ("Society", "Aid")
     * after a capitalized word and "'s" that NER tagged as no name of its own names the whole; after a name NER
     * knows, the possessive marks an owner ("Velora's Foundation").
     */
    private boolean isOwnerlessPossessiveName(Sentence s, int from, int to) {
        if (from < 2 || !s.token(from - 1).pos().equals("POS")) {
            return false;
        }
        Token owner = s.token(from - 2);
        if (!owner.isCapitalized() || !owner.pos().startsWith("NN") || !owner.isNer("O")) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!orgSuffixes.contains(s.token(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** @return where the name ends: after its last organization word, when one stands before its last word */
    private int endAtOrganizationWord(Sentence sentence, int from, int to) {
        if (orgSuffixes.contains(sentence.token(to - 1).text())) {
            return to;
        }
        for (int k = to - 2; k > from; k--) {
            if (orgSuffixes.contains(sentence.token(k).text())) {
                return k + 1;
            }
        }
        return to;
    }

    /** A headline: most of its longer words start with a capital, so NER runs names on into the words after. */
    private static boolean isTitleCase(Sentence sentence) {
        int words = 0;
        int capitalized = 0;
        for (Token t : sentence.tokens()) {
            if (t.text().length() > 3 && t.text().chars().allMatch(Character::isLetter)) {
                words++;
                capitalized += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalized * 10 >= words * 8;
    }

    /**
     * The words a hyphen glues before a name belong to it when NER left them out: a capitalized word it did not tag
     * ("Save-A-Pet Trust" tagged from "A-Pet"), a lower-case particle ("al-Qasr", "el-Amin"), or, when the name would
     * start with a lower-case word, the capitalized word before it even if NER gave it to the name before ("Acme
     * Man-kei Lo": "Man" belongs to the person, not to "Acme Man").
     *
     * @return the repaired first index
     */
    private int joinHyphenatedStart(List<NameSpan> spans, String text, Sentence s, int from, EntityType type) {
        while (from >= 2 && isGlued(s, from - 1) && s.token(from - 1).text().equals("-")) {
            Token word = s.token(from - 2);
            if (!isWord(word) || word.end() != s.token(from - 1).begin()) {
                break;
            }
            NameSpan previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            boolean owned = previous != null && previous.sentence() == s && previous.to() == from - 1;
            boolean lowerStart = !s.token(from).isCapitalized() && !startsWithDigit(s.token(from));
            if (owned && lowerStart && word.isCapitalized()) {
                spans.remove(spans.size() - 1); // take the word from the name NER ran it into
                if (previous.to() - 1 > previous.from()) {
                    spans.add(new NameSpan(previous.type(), s, previous.from(), previous.to() - 1,
                            text.substring(previous.begin(), s.token(previous.to() - 2).end())));
                }
                from -= 2;
            } else if (!owned && word.isCapitalized() && (word.ner().equals("O") || word.ner().equals("MISC"))
                    && !hyphenPrefixes.contains(word.text())) {
                from -= 2;
            } else if (!owned && nameParticles.contains(word.text())) {
                from -= 2;
            } else {
                break;
            }
            NameSpan before = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (before != null && before.sentence() == s && before.to() == from && before.type() == type) {
                spans.remove(spans.size() - 1); // "Omar" + "al-Fahdi": one name again
                from = before.from();
            }
        }
        return from;
    }

    /**
     * The word a hyphen glues after a name belongs to it when it is a proper noun NER left out ("Jane Smith-Roe") or
     * the lower-case second half of a given name ("Li Wei-ming", "Kim Jong-un").
     *
     * @return the repaired end index
     */
    private int joinHyphenatedEnd(Sentence s, int to) {
        while (to + 1 < s.size() && s.token(to).text().equals("-") && isGlued(s, to)) {
            Token word = s.token(to + 1);
            boolean untagged = word.ner().equals("O") || word.ner().equals("MISC");
            if (!untagged || !isWord(word) || !(word.isProperNoun() || word.pos().equals("FW"))
                    || hyphenSuffixes.contains(word.lower())) {
                break;
            }
            to += 2;
        }
        return to;
    }

    /** A hyphen with no space on either side. */
    private static boolean isGlued(Sentence s, int i) {
        return i > 0 && i + 1 < s.size() && s.token(i - 1).end() == s.token(i).begin()
                && s.token(i).end() == s.token(i + 1).begin();
    }

    private static boolean isWord(Token t) {
        return !t.text().isEmpty() && Character.isLetter(t.text().charAt(0));
    }

    /** "al" in "al-Qasr": a lower-case particle that a hyphen joins to the capitalized rest of a name. */
    private boolean isParticleBeforeHyphen(Sentence s, int i) {
        return nameParticles.contains(s.token(i).text()) && i + 2 < s.size() && s.token(i + 1).text().equals("-")
                && isGlued(s, i + 1) && s.token(i + 2).isCapitalized();
    }

    /** "ming" in "Li Wei-ming": a lower-case proper noun glued by a hyphen to the capitalized word before it. */
    private boolean isNamePartAfterHyphen(Sentence s, int i) {
        Token t = s.token(i);
        return i >= 2 && isWord(t) && !hyphenSuffixes.contains(t.lower()) && (t.isProperNoun() || t.pos().equals("FW")) && s.token(i - 1).text().equals("-")
                && isGlued(s, i - 1) && s.token(i - 2).isCapitalized();
    }

    /** A religion's name, its followers' or its adjective, unless an organization word ends it. */
    private boolean isReligion(String name, String lastWord) {
        return !orgSuffixes.contains(lastWord) && (religions.contains(name) || gazetteer.isReligion(name));
    }

    /**
     * "Supreme Leader of Zembla", "Chief Justice": a name whose head (its last word, or the word before "of") is a
     * title word and that has no organization word is an office.
     */
    private boolean isOffice(Sentence s, int from, int to) {
        int head = to - 1;
        for (int k = from + 1; k < to; k++) {
            if (s.token(k).text().equals("of")) {
                head = k - 1;
                break;
            }
        }
        for (int k = from; k < to; k++) {
            if (orgSuffixes.contains(s.token(k).text())) {
                return false;
            }
        }
        if (publicationWords.contains(s.token(to - 1).text())) {
            return false; // "The Zembla Economist"
        }
        return head > from && titleWords.contains(s.token(head).lower()) && s.token(head).isCapitalized();
    }

    /**
     * "told The Zembla Courier", "The Daily Record reported": after a capitalized "The" in mid-sentence (or at the
     * start, before a reporting verb), capitalized words that end in a newspaper's or magazine's last word are its
     * title, whatever NER made of them; the names found inside it give way.
     */
    private void addPublications(List<NameSpan> spans, String text, Sentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!s.token(i).text().equals("The")) {
                continue;
            }
            int end = i + 1;
            while (end < s.size() && end - i <= MAX_NAME_TOKENS && s.token(end).isCapitalized()
                    && canBeInName(s.token(end)) && !s.token(end).isNer("PERSON")) {
                end++;
            }
            if (end == i + 1 || !publicationWords.contains(s.token(end - 1).text())) {
                continue;
            }
            boolean reported = end < s.size() && REPORTING.contains(s.token(end).lemma());
            if (i == 0 && !reported || crosses(spans, s, i, end)) {
                continue;
            }
            final int a = i;
            final int b = end;
            spans.removeIf(n -> n.sentence() == s && n.from() >= a && n.to() <= b);
            spans.add(new NameSpan(EntityType.ORGANIZATION, s, i, end,
                    text.substring(s.token(i).begin(), s.token(end - 1).end())));
            i = end - 1;
        }
    }

    /**
     * @return where an "and" splits an organization span into two names of two words or more that each end in an
     *     organization word or a place ("Acme Bank and Zemblan Post Office", "Health Canada and Transport Scotland"),
     *     the first may also be complete with an "of" phrase ("Office of the President and Acme Bank"); or -1.
     *     "Department of Health and Social Care" and "Trinidad and Tobago Police" stay whole
     */
    private int twoOrganizationsAt(String text, Sentence s, int from, int to, EntityType type) {
        if (type != EntityType.ORGANIZATION) {
            return -1;
        }
        for (int k = from + 2; k < to - 2; k++) {
            String w = s.token(k).text();
            if ((w.equals("and") || w.equals("&")) && (endsAName(text, s, from, k) || hasOf(s, from, k))
                    && endsAName(text, s, k + 1, to) && s.token(k + 1).isCapitalized()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * @return where "of the" splits an organization span into a person's name and the organization the person is of
     *     ("Jane Roe of the Kelp Party"): two or three proper nouns that name no place and hold no organization word,
     *     then an organization ending in an organization word; or -1
     */
    private int personOfOrganizationAt(Sentence s, int from, int to, EntityType type) {
        if (type != EntityType.ORGANIZATION || to - from < 5 || !orgSuffixes.contains(s.token(to - 1).text())) {
            return -1;
        }
        for (int k = from + 2; k <= from + 3 && k + 2 < to; k++) {
            if (!s.token(k).text().equals("of") || !s.token(k + 1).text().equals("the")) {
                continue;
            }
            for (int i = from; i < k; i++) {
                Token t = s.token(i);
                if (!t.pos().equals("NNP") || !t.isCapitalized() || orgSuffixes.contains(t.text())
                        || gazetteer.kindOf(t.text()) != null || titleWords.contains(t.lower())) {
                    return -1;
                }
            }
            return k;
        }
        return -1;
    }

    /** "Office of the President" before "and Acme Bank": a name with its "of" phrase complete. */
    private static boolean hasOf(Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (s.token(k).text().equals("of")) {
                return s.token(to - 1).isCapitalized();
            }
        }
        return false;
    }

    private boolean endsAName(String text, Sentence s, int from, int to) {
        String last = s.token(to - 1).text();
        if (orgSuffixes.contains(last)) {
            return true;
        }
        Place.Kind kind = gazetteer.kindOf(last);
        return kind == Place.Kind.COUNTRY || kind == Place.Kind.STATE_OR_PROVINCE;
    }

    /** "Transport" in "Transport Zembla": a field word NER left untagged, capitalized, before a place's name. */
    private boolean isAgencyField(Sentence s, int i) {
        if (i < 0) {
            return false;
        }
        Token t = s.token(i);
        boolean untagged = t.ner().equals("O") || t.ner().equals("MISC");
        return untagged && agencyFields.contains(t.text()) && (i == 0 || !s.token(i - 1).isCapitalized()
                || s.token(i - 1).pos().equals("DT"));
    }

    /** An untagged proper noun between a title word and a person's name: a given name NER left out. */
    private boolean isGivenNameAfterTitle(Sentence s, int i) {
        if (i < 1) {
            return false;
        }
        Token t = s.token(i);
        return t.isNer("O") && t.pos().equals("NNP") && t.isCapitalized() && isWord(t)
                && !titleWords.contains(t.lower()) && titleWords.contains(s.token(i - 1).lower())
                && !org.newsextractor.internal.AnimateNouns.get().isOnlyCommonNoun(t.text()); // "Chief Observer"
    }

    /**
     * @return the end of a lower-case organization head after a place or organization name ("Borsetshire police",
     *     "Ambridge city council"), or {@code to} when none follows
     */
    private int lowercaseOrgHead(Sentence s, int to, EntityType type) {
        if (type == EntityType.PERSON) {
            return to;
        }
        for (List<String> phrase : lowercaseOrgHeads) {
            int end = to + phrase.size();
            if (end > s.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < phrase.size() && match; k++) {
                match = s.token(to + k).text().equals(phrase.get(k));
            }
            if (match) {
                return end;
            }
        }
        return to;
    }

    /**
     * "United Nations Educational, Scientific and Cultural Organization": NER tags the comma with the name on both
     * sides, and an "and" later in the same run shows the comma lists fields of one name.
     */
    private static boolean isCommaInsideName(Sentence s, int i, EntityType type) {
        if (!s.token(i).text().equals(",") || EntityType.fromNer(s.token(i).ner()) != type || i == 0
                || EntityType.fromNer(s.token(i - 1).ner()) != type) {
            return false;
        }
        for (int k = i + 1; k < s.size() && EntityType.fromNer(s.token(k).ner()) == type; k++) {
            String w = s.token(k).text();
            if (w.equals("and") || w.equals("&")) {
                return k > i + 1 && s.token(i + 1).isCapitalized();
            }
            if (!s.token(k).isCapitalized() && !w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Office of the UN High Commissioner for Human Rights", "Bureau of the Zemblan Navy": an organization word NER
     * left untagged, then "of" or "for" and a name, is one organization that holds the names NER found inside it.
     */
    private void addOrganizationsOfNames(List<NameSpan> spans, String text, Sentence s) {
        for (int i = 0; i + 2 < s.size(); i++) {
            Token word = s.token(i);
            String connector = s.token(i + 1).text();
            if (!orgSuffixes.contains(word.text()) || !isUntaggedName(word)
                    || !connector.equals("of") && !connector.equals("for") || covered(spans, s, i, i + 1)) {
                continue;
            }
            int from = i;
            while (from > 0 && isUntaggedName(s.token(from - 1)) && !covered(spans, s, from - 1, from)) {
                from--; // "Permanent Bureau of ..."
            }
            int k = i + 2;
            if (s.token(k).text().equals("the") && k + 1 < s.size()) {
                k++;
            }
            int end = k;
            while (end < s.size() && end - from < MAX_NAME_TOKENS) {
                Token t = s.token(end);
                boolean nameWord = t.isCapitalized() && canBeInName(t) && !t.isNer("PERSON")
                        && (t.isProperNoun() || t.pos().equals("JJ"));
                boolean joiner = (CONNECTORS.contains(t.text()) || t.text().equals("and")) && end > k
                        && end + 1 < s.size() && s.token(end + 1).isCapitalized() && !s.token(end + 1).isNer("PERSON");
                if (!nameWord && !joiner) {
                    break;
                }
                end++;
            }
            if (end == k || crosses(spans, s, from, end)) {
                continue;
            }
            final int a = from;
            final int b = end;
            spans.removeIf(n -> n.sentence() == s && n.from() >= a && n.to() <= b);
            spans.add(new NameSpan(EntityType.ORGANIZATION, s, from, end,
                    text.substring(s.token(from).begin(), s.token(end - 1).end())));
            i = end - 1;
        }
    }

    /**
     * "Office of the Zemblan Republic High Envoy for Kelp": NER ends an organization that starts with an organization
     * word and "of" where the name inside it ends; the capitalized words NER left untagged after it still belong to it.
     */
    private void extendOrganizationsOfNames(List<NameSpan> spans, String text, Sentence s) {
        for (int k = 0; k < spans.size(); k++) {
            NameSpan a = spans.get(k);
            if (a.sentence() != s || a.type() != EntityType.ORGANIZATION || a.size() < 3
                    || !orgSuffixes.contains(a.sentence().token(a.from()).text())
                    || !s.token(a.from() + 1).text().equals("of")) {
                continue;
            }
            int end = a.to();
            while (end < s.size() && end - a.from() < MAX_NAME_TOKENS) {
                Token t = s.token(end);
                boolean untaggedWord = isUntaggedName(t) && t.isProperNoun();
                boolean joiner = (t.text().equals("for") || t.text().equals("of") || t.text().equals("on"))
                        && end > a.to() && end + 1 < s.size() && isUntaggedName(s.token(end + 1));
                if (!untaggedWord && !joiner) {
                    break;
                }
                end++;
            }
            if (end > a.to() && !covered(spans, s, a.to(), end)) {
                spans.set(k, new NameSpan(EntityType.ORGANIZATION, s, a.from(), end,
                        text.substring(a.begin(), s.token(end - 1).end())));
            }
        }
    }

    private static boolean covered(List<NameSpan> spans, Sentence s, int from, int to) {
        return spans.stream().anyMatch(n -> n.sentence() == s && n.from() < to && from < n.to());
    }

    /** @return whether a name found so far starts inside [from, to) and ends after it, or the other way round */
    private static boolean crosses(List<NameSpan> spans, Sentence s, int from, int to) {
        return spans.stream().anyMatch(n -> n.sentence() == s && n.from() < to && from < n.to()
                && (n.from() < from || n.to() > to));
    }

    /**
     * Organization names whose fields NER split at "and" or a comma, joined again:
     * <ul>
     *   <li>after a name with an organization word and "of" or "for", a list of capitalized words NER left untagged
     *       that ends in "and": "Institute of Soil and Water Studies", "Ministry of Arts, Sport and Heritage";</li>
     *   <li>before a list of one-word fields that ends in an organization word: "Northland Academic, Musical and
     *       Literary Society".</li>
     * </ul>
     */
    private void joinCoordinatedOrganizations(List<NameSpan> spans, String text, Sentence s) {
        for (int k = 0; k < spans.size(); k++) {
            NameSpan a = spans.get(k);
            if (a.sentence() != s || a.type() != EntityType.ORGANIZATION) {
                continue;
            }
            int end = coordinatedEnd(spans, s, a);
            if (end <= a.to()) {
                continue;
            }
            final int stop = end;
            spans.removeIf(o -> o != a && o.sentence() == s && o.from() >= a.to() && o.from() < stop);
            int at = spans.indexOf(a);
            spans.set(at, new NameSpan(EntityType.ORGANIZATION, s, a.from(), end,
                    text.substring(a.begin(), s.token(end - 1).end())));
        }
    }

    /** @return where a list of fields that continues organization a ends, or a.to() when none does */
    private int coordinatedEnd(List<NameSpan> spans, Sentence s, NameSpan a) {
        boolean fieldsOf = false;
        for (int i = a.from(); i + 1 < a.to(); i++) {
            String next = s.token(i + 1).text();
            fieldsOf |= orgSuffixes.contains(s.token(i).text()) && (next.equals("of") || next.equals("for"));
        }
        int i = a.to();
        int conjuncts = 0;
        int longest = 0;
        boolean sawAnd = false;
        boolean untagged = true; // "Ministry of Defence and Acme": NER tagged Acme as an organization of its own
        while (i + 1 < s.size() && !sawAnd) {
            String joiner = s.token(i).text();
            if (!joiner.equals(",") && !joiner.equals("and") && !joiner.equals("&")) {
                break;
            }
            sawAnd = !joiner.equals(",");
            if (!sawAnd && i + 2 < s.size() && s.token(i + 1).text().matches("and|&")) {
                i++; // "Educational, Scientific, and Cultural Organisation": a serial comma before the last field
                sawAnd = true;
            }
            int j = i + 1;
            while (j < s.size() && isFieldWord(spans, s, j)) {
                untagged &= s.token(j).ner().equals("O") || s.token(j).ner().equals("MISC");
                j++;
            }
            if (j == i + 1) {
                return a.to();
            }
            final int start = i + 1;
            final int stop = j;
            if (conjuncts == 0 && s.token(start).isNer("ORGANIZATION") && spans.stream().anyMatch(o -> o.sentence() == s
                    && o.from() == start && o.to() == stop && o.size() > 1)) {
                return a.to(); // "Bank of Zembla and Acme Bank": NER found the second name by itself
            }
            conjuncts++;
            longest = Math.max(longest, j - i - 1);
            i = j;
        }
        if (!sawAnd || conjuncts == 0) {
            return a.to();
        }
        if (i < s.size() && s.token(i).isCapitalized()) {
            return a.to();
        }
        boolean endsInOrgWord = orgSuffixes.contains(s.token(i - 1).text());
        if (fieldsOf && untagged && !endsInOrgWord && longest <= 3) {
            return i;
        }
        if (endsInOrgWord && !fieldsOf && a.size() >= 2 && longest <= 3 && !orgSuffixes.contains(a.lastWord())) {
            return i;
        }
        return a.to();
    }

    /** A capitalized word NER left untagged, or tagged as an organization that has no organization word. */
    private boolean isFieldWord(List<NameSpan> spans, Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isCapitalized() || !canBeInName(t) || t.pos().startsWith("PRP")) {
            return false;
        }
        if (t.ner().equals("O") || t.ner().equals("MISC")) {
            return true;
        }
        return t.ner().equals("ORGANIZATION") && spans.stream().anyMatch(o -> o.sentence() == s && o.from() <= i
                && i < o.to() && o.type() == EntityType.ORGANIZATION && o.tokens().stream()
                .limit(o.size() - 1L).noneMatch(w -> orgSuffixes.contains(w.text())));
    }

    /** "Schoch-Spana": a hyphen with no space on either side, between two words NER tagged alike. */
    private static boolean isGluedHyphen(Sentence s, int i) {
        return s.token(i).text().equals("-") && i > 0 && i + 1 < s.size()
                && s.token(i - 1).end() == s.token(i).begin() && s.token(i).end() == s.token(i + 1).begin()
                && s.token(i + 1).ner().equals(s.token(i - 1).ner());
    }

    private static boolean startsWithDigit(Token token) {
        return !token.text().isEmpty() && Character.isDigit(token.text().charAt(0));
    }

    /**
     * Pronouns, punctuation (other than inside abbreviations), possessive marks and file names never belong to a
     * name.
     */
    static boolean canBeInName(Token token) {
        String pos = token.pos();
        if (pos.startsWith("PRP") || pos.equals("POS") || pos.equals("WP")) {
            return false;
        }
        String t = token.text();
        if (t.isEmpty()) {
            return false;
        }
        if (t.indexOf('.') >= 0 && t.chars().anyMatch(Character::isDigit) && t.chars().anyMatch(Character::isLetter)) {
            return false; // "Jack Abramoff Jan1006.jpg": a file name left from an image caption
        }
        char c = t.charAt(0);
        return Character.isLetterOrDigit(c) || t.equals("&");
    }
}
