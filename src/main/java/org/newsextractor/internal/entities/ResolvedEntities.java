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
        for (EntityCluster c : clusters) {
            List<Mention> mentions = c.spans().stream()
                    .sorted(java.util.Comparator.comparingInt(NameSpan::begin))
                    .map(s -> new Mention(s.text(), s.begin(), s.end(), s.sentence().index())).toList();
            String name = c.longestName();
            Entity entity = switch (c.type()) {
                case PERSON -> add(people, new Person("person-" + (people.size() + 1),
                        EntityResolver.withoutHonorific(name), titles.titles(c),
                        mentions));
                case LOCATION -> add(places, new Place("place-" + (places.size() + 1), name,
                        PlaceKinds.kindOf(c, placesKinds), mentions));
                case ORGANIZATION -> add(organizations, new Organization("org-" + (organizations.size() + 1), name,
                        mentions));
            };
            for (NameSpan s : c.spans()) {
                spans.add(Map.entry(s, entity));
                for (int i = s.from(); i < s.to(); i++) {
                    byToken.put(tokenKey(s.sentence().index(), i), entity);
                }
            }
        }
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
