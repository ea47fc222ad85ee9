package org.newsextractor.internal.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsextractor.Entity;
import org.newsextractor.Mention;
import org.newsextractor.Organization;
import org.newsextractor.Person;
import org.newsextractor.Place;
import org.newsextractor.internal.linking.EntityLinker;
import org.newsextractor.internal.linking.LinkIndex;
import org.jspecify.annotations.Nullable;

/** The article's entity records, with a way back from a token to the record it names. */
public final class ResolvedEntities {
    private final List<Person> people = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Organization> organizations = new ArrayList<>();
    private final Map<Long, Entity> byToken = new HashMap<>();
    private final List<Map.Entry<NameSpan, Entity>> spans = new ArrayList<>();

    /**
     * Builds the records from clusters: ids by type in order of first mention.
     *
     * @param clusters the clusters, in order of first mention
     * @param titles   finds people's titles
     * @param places   finds places' kinds
     */
    public ResolvedEntities(List<EntityCluster> clusters, TitleFinder titles, PlaceGazetteer placesKinds) {
        this(clusters, titles, placesKinds, null);
    }

    /**
     * Builds the records from clusters, with Wikipedia links when a linker is given: ids by type in order of first
     * mention. Two clusters of one type whose links are both sure ({@link EntityLinker#SURE_SCORE}) and name the same
     * page become one record ("State Department" and "United States Department of State").
     *
     * @param clusters the clusters, in order of first mention
     * @param titles   finds people's titles
     * @param places   finds places' kinds
     * @param linker   finds Wikipedia pages, or null for no links
     */
    public ResolvedEntities(List<EntityCluster> clusters, TitleFinder titles, PlaceGazetteer placesKinds,
                            @Nullable EntityLinker linker) {
        List<Optional<LinkIndex.Link>> links = new ArrayList<>();
        if (linker != null) {
            clusters = linkAndMerge(clusters, linker, new PageTypes(placesKinds), links);
        }
        for (int n = 0; n < clusters.size(); n++) {
            EntityCluster c = clusters.get(n);
            List<Mention> mentions = c.spans().stream()
                    .sorted(java.util.Comparator.comparingInt(NameSpan::begin))
                    .map(s -> new Mention(s.text(), s.begin(), s.end(), s.sentence().index())).toList();
            String name = c.longestName();
            Optional<String> page = links.isEmpty() ? Optional.empty() : links.get(n).map(LinkIndex.Link::page);
            Entity entity = switch (c.type()) {
                case PERSON -> add(people, new Person("person-" + (people.size() + 1),
                        EntityResolver.withoutHonorific(name), titles.titles(c),
                        mentions, false, page));
                case LOCATION -> add(places, new Place("place-" + (places.size() + 1), name,
                        PlaceKinds.kindOf(c, placesKinds, placeKindOf(page, placesKinds)), mentions, page));
                case ORGANIZATION -> add(organizations, new Organization("org-" + (organizations.size() + 1), name,
                        mentions, page));
            };
            for (NameSpan s : c.spans()) {
                spans.add(Map.entry(s, entity));
                for (int i = s.from(); i < s.to(); i++) {
                    byToken.put(tokenKey(s.sentence().index(), i), entity);
                }
            }
        }
    }

    /**
     * Links every cluster, gives it the type its page surely has ({@link #typeByLink}), and merges the clusters of
     * one type that surely link to the same page into the first of them (which keeps its place in the order of first
     * mention).
     *
     * @param clusters the clusters, in order of first mention
     * @param linker   finds the pages
     * @param pages    tells what a page is
     * @param links    receives the link of each cluster returned, in the same order
     * @return the clusters after splitting, retyping and merging
     */
    static List<EntityCluster> linkAndMerge(List<EntityCluster> clusters, EntityLinker linker, PageTypes pages,
                                            List<Optional<LinkIndex.Link>> links) {
        clusters = splitByLinks(clusters, linker);
        List<EntityCluster> out = new ArrayList<>();
        Map<String, Integer> sureByPage = new HashMap<>();
        for (EntityCluster c : clusters) {
            boolean person = c.type() == EntityType.PERSON;
            String name = person ? EntityResolver.withoutHonorific(c.longestName()) : c.longestName();
            List<String> texts = c.spans().stream().map(NameSpan::text).toList();
            Optional<LinkIndex.Link> link = linker.link(name, texts, person);
            if (person && link.isEmpty() && name.contains(" ")) {
                // "Al-Aqsa" NER took for a person: its page, as a place's, may be a building or a town.
                Optional<LinkIndex.Link> asPlace = linker.linkText(name, false).filter(ResolvedEntities::isSure);
                if (asPlace.isPresent() && pages.of(asPlace.get().page())
                        .filter(w -> w.isSurelyPlace() || w == PageTypes.What.BUILDING).isPresent()) {
                    link = asPlace;
                }
            }
            Optional<EntityType> type = link.filter(ResolvedEntities::isSure)
                    .map(l -> typeByLink(c.type(), pages.of(l.page())))
                    .orElse(Optional.of(c.type()));
            if (type.isEmpty()) {
                continue;
            }
            EntityCluster typed = c;
            if (type.get() != c.type()) {
                typed = new EntityCluster(type.get());
                c.spans().forEach(typed::add);
            }
            if (link.isPresent() && isSure(link.get())) {
                String key = typed.type() + " " + link.get().page();
                Integer first = sureByPage.get(key);
                if (first != null) {
                    EntityCluster merged = new EntityCluster(typed.type());
                    out.get(first).spans().forEach(merged::add);
                    typed.spans().forEach(merged::add);
                    out.set(first, merged);
                    if (link.get().score() > links.get(first).orElseThrow().score()) {
                        links.set(first, link);
                    }
                    continue;
                }
                sureByPage.put(key, out.size());
            }
            out.add(typed);
            links.add(link);
        }
        return out;
    }

    private static Optional<org.newsextractor.Place.Kind> placeKindOf(Optional<String> page, PlaceGazetteer gazetteer) {
        return page.flatMap(p -> new PageTypes(gazetteer).of(p)).flatMap(PageTypes::placeKind);
    }

    private static boolean isSure(LinkIndex.Link link) {
        return link.score() >= EntityLinker.SURE_SCORE;
    }

    /**
     * The type a record has by what its page surely is, kept conservative: a person or organization whose page is a
     * country, a state or a town by Wikipedia's title conventions is a place ("Washington" linked to {@code
     * Washington,_D.C.}), as is a person whose page is a building; a place whose page is a publication, a company or
     * a party is an organization; a place or organization whose page is a religion ({@code Islam}) or an office
     * ({@code Supreme_Leader_of_Iran}) is no entity.
     *
     * @param type the record's type
     * @param page what its page is, if known
     * @return the type, or empty for no entity
     */
    static Optional<EntityType> typeByLink(EntityType type, Optional<PageTypes.What> page) {
        if (page.isEmpty()) {
            return Optional.of(type);
        }
        PageTypes.What what = page.get();
        if (type != EntityType.LOCATION && what.isSurelyPlace()
                || type == EntityType.PERSON && what == PageTypes.What.BUILDING) {
            return Optional.of(EntityType.LOCATION);
        }
        if (type == EntityType.LOCATION && what == PageTypes.What.ORGANIZATION) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (type != EntityType.PERSON && (what == PageTypes.What.RELIGION || what == PageTypes.What.OFFICE)) {
            return Optional.empty();
        }
        return Optional.of(type);
    }

    /**
     * Splits each cluster whose mentions surely link to two or more different pages, one cluster per page ("Dana
     * Hale" and "Dana Hale Moore" merged as one person because one name holds the other). The evidence must be as
     * strong as for a merge: each of the two texts alone links at least {@link EntityLinker#SURE_SCORE} to its page.
     * A one-word text that is part of a longer one ("Hale") is not looked up, since alone it may name anyone; it
     * goes to a part whose name holds it, the one mentioned most recently before it (else the first such part).
     *
     * @param clusters the clusters, in order of first mention
     * @param linker   finds the pages
     * @return the clusters after splitting, in order of first mention
     */
    static List<EntityCluster> splitByLinks(List<EntityCluster> clusters, EntityLinker linker) {
        List<EntityCluster> out = new ArrayList<>();
        boolean split = false;
        for (EntityCluster c : clusters) {
            List<EntityCluster> parts = split(c, linker);
            split |= parts.size() > 1;
            out.addAll(parts);
        }
        if (split) {
            out.sort(java.util.Comparator.comparingInt(EntityCluster::firstOffset));
        }
        return out;
    }

    private static List<EntityCluster> split(EntityCluster c, EntityLinker linker) {
        boolean person = c.type() == EntityType.PERSON;
        List<String> texts = c.spans().stream().map(s -> lookupText(s, person)).distinct().toList();
        if (texts.size() < 2) {
            return List.of(c);
        }
        Map<String, String> pageOf = new HashMap<>();
        for (String t : texts) {
            boolean oneWordPart = !t.contains(" ") && texts.stream().anyMatch(o -> EntityLinker.isPartOf(t, o));
            if (!oneWordPart) {
                linker.linkText(t, person).filter(l -> l.score() >= EntityLinker.SURE_SCORE)
                        .ifPresent(l -> pageOf.put(t, l.page()));
            }
        }
        if (pageOf.values().stream().distinct().count() < 2) {
            return List.of(c);
        }
        List<NameSpan> inOrder = c.spans().stream().sorted(java.util.Comparator.comparingInt(NameSpan::begin))
                .toList();
        Map<String, EntityCluster> byPage = new java.util.LinkedHashMap<>();
        for (NameSpan s : inOrder) {
            String page = pageOf.get(lookupText(s, person));
            if (page != null) {
                byPage.computeIfAbsent(page, p -> new EntityCluster(c.type())).add(s);
            }
        }
        List<EntityCluster> parts = new ArrayList<>(byPage.values());
        for (NameSpan s : inOrder) {
            if (!pageOf.containsKey(lookupText(s, person))) {
                ownerOf(s, parts, person).add(s);
            }
        }
        return parts;
    }

    /** The part whose names hold the span's text, mentioned most recently before it; else the first part. */
    private static EntityCluster ownerOf(NameSpan span, List<EntityCluster> parts, boolean person) {
        String text = lookupText(span, person);
        EntityCluster best = null;
        int bestBefore = Integer.MIN_VALUE;
        for (EntityCluster part : parts) {
            boolean holds = part.spans().stream().map(s -> lookupText(s, person))
                    .anyMatch(t -> t.equals(text) || EntityLinker.isPartOf(text, t));
            int before = part.lastMentionBefore(span.begin());
            if (holds && (best == null || before > bestBefore)) {
                best = part;
                bestBefore = before;
            }
        }
        return best != null ? best : parts.get(0);
    }

    private static String lookupText(NameSpan s, boolean person) {
        return person ? EntityResolver.withoutHonorific(s.text()) : s.text();
    }

    private static <T> T add(List<T> list, T item) {
        list.add(item);
        return item;
    }

    private static long tokenKey(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    public List<Person> people() {
        return people;
    }

    public List<Place> places() {
        return places;
    }

    public List<Organization> organizations() {
        return organizations;
    }

    /** @return the entity a token belongs to, if it is part of a name */
    public Optional<Entity> at(int sentence, int token) {
        return Optional.ofNullable(byToken.get(tokenKey(sentence, token)));
    }

    /** @return every name span with its entity, in text order */
    public List<Map.Entry<NameSpan, Entity>> spans() {
        List<Map.Entry<NameSpan, Entity>> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt(e -> e.getKey().begin()));
        return sorted;
    }
}
