package org.newsextractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsextractor.internal.Json;

/**
 * Everything extracted from one article. Immutable; compares by value; reads from and writes to JSON.
 *
 * @param people        one record per person
 * @param places        one record per place
 * @param organizations one record per organization
 * @param numbers       every numeric expression, in text order
 * @param quotations    every quotation, in text order
 * @param claims        statements attributed to a source in reported speech, in text order
 * @param article       the article the records come from: its title, text (which offsets point into), date, authors
 */
public record Extraction(List<Person> people, List<Place> places, List<Organization> organizations,
                         List<Quantity> numbers, List<Quotation> quotations, List<Claim> claims,
                         Article article) {

    /** The version of the JSON schema this library writes; see the README. */
    public static final int SCHEMA_VERSION = 2;

    /** An extraction with nothing in it, as for an empty article. */
    public static final Extraction EMPTY =
            new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * An extraction whose article is known only by an empty text, for tests and fixtures built by hand.
     *
     * @param people        one record per person
     * @param places        one record per place
     * @param organizations one record per organization
     * @param numbers       every numeric expression, in text order
     * @param quotations    every quotation, in text order
     * @param claims        statements attributed to a source in reported speech, in text order
     */
    public Extraction(List<Person> people, List<Place> places, List<Organization> organizations,
                      List<Quantity> numbers, List<Quotation> quotations, List<Claim> claims) {
        this(people, places, organizations, numbers, quotations, claims, Article.of(""));
    }

    /**
     * Copies every list so the record stays immutable; a null list becomes empty.
     *
     * @param people        one record per person
     * @param places        one record per place
     * @param organizations one record per organization
     * @param numbers       every numeric expression, in text order
     * @param quotations    every quotation, in text order
     * @param claims        statements attributed to a source in reported speech, in text order
     * @param article       the article the records come from: its title, text (which offsets point into), date, authors
     */
    public Extraction {
        people = people == null ? List.of() : List.copyOf(people);
        places = places == null ? List.of() : List.copyOf(places);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        quotations = quotations == null ? List.of() : List.copyOf(quotations);
        claims = claims == null ? List.of() : List.copyOf(claims);
        article = article == null ? Article.of("") : article;
    }

    /**
     * Starts an extraction built by hand, for tests and fixtures: add only the records the test cares about.
     *
     * <pre>{@code
     * Extraction x = Extraction.builder()
     *         .people(Person.of("person-1", "Jane Smith"))
     *         .places(Place.of("place-1", "Paris", Place.Kind.CITY))
     *         .build();
     * }</pre>
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param newArticle the article these records come from
     * @return a copy that carries the article
     */
    public Extraction withArticle(Article newArticle) {
        return new Extraction(people, places, organizations, numbers, quotations, claims, newArticle);
    }

    /** @return {@link #SCHEMA_VERSION}, written into every JSON document */
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** @return how many records of all kinds this holds; 0 for an article with nothing to extract */
    public int recordCount() {
        return people.size() + places.size() + organizations.size() + numbers.size() + quotations.size()
                + claims.size();
    }

    /** @return people, places and organizations together */
    public List<Entity> entities() {
        List<Entity> all = new ArrayList<>(people);
        all.addAll(places);
        all.addAll(organizations);
        return List.copyOf(all);
    }

    /**
     * Finds an entity record by id, as a {@link Speaker} refers to one.
     *
     * @param id the record id
     * @return the person, place or organization with that id
     */
    public Optional<Entity> entity(String id) {
        return Stream.of(people, places, organizations).flatMap(List::stream)
                .map(Entity.class::cast).filter(e -> e.id().equals(id)).findFirst();
    }

    /** @return this extraction as pretty-printed JSON */
    public String toJson() {
        return Json.write(this);
    }

    /**
     * Reads an extraction from JSON written by {@link #toJson()}.
     *
     * @param json the JSON text
     * @return the extraction
     * @throws IllegalArgumentException if the text is not an extraction of a schema this library reads
     */
    public static Extraction fromJson(String json) {
        return Json.read(json);
    }

    /**
     * Writes this extraction to a JSON file, atomically: the file is complete or absent.
     *
     * @param file where to write
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Path file) {
        try {
            Json.writeAtomically(this, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Reads an extraction from a JSON file.
     *
     * @param file the file
     * @return the extraction
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Extraction read(Path file) {
        try {
            return Json.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads an extraction from a JSON classpath resource, as test fixtures are kept.
     *
     * @param name the resource name, for example {@code "/fixtures/article.json"}
     * @return the extraction
     * @throws IllegalArgumentException if there is no such resource
     */
    public static Extraction fromResource(String name) {
        return Json.readResource(name);
    }

    /** @return a readable multi-line table of everything extracted */
    public String toTable() {
        StringBuilder s = new StringBuilder();
        section(s, "People", people);
        section(s, "Places", places);
        section(s, "Organizations", organizations);
        section(s, "Numbers", numbers);
        section(s, "Quotations", quotations);
        section(s, "Claims", claims);
        return s.toString();
    }

    private static void section(StringBuilder s, String title, List<?> items) {
        s.append(title).append(" (").append(items.size()).append(")\n");
        for (Object item : items) {
            s.append("  ").append(item).append('\n');
        }
    }

    /** Builds an {@link Extraction} by hand; every list starts empty and each call adds to it. */
    public static final class Builder {
        private final List<Person> people = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final List<Organization> organizations = new ArrayList<>();
        private final List<Quantity> numbers = new ArrayList<>();
        private final List<Quotation> quotations = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private Article article = Article.of("");

        private Builder() {
        }

        /**
         * @param more people to add
         * @return this builder
         */
        public Builder people(Person... more) {
            people.addAll(List.of(more));
            return this;
        }

        /**
         * @param more places to add
         * @return this builder
         */
        public Builder places(Place... more) {
            places.addAll(List.of(more));
            return this;
        }

        /**
         * @param more organizations to add
         * @return this builder
         */
        public Builder organizations(Organization... more) {
            organizations.addAll(List.of(more));
            return this;
        }

        /**
         * @param more numbers to add
         * @return this builder
         */
        public Builder numbers(Quantity... more) {
            numbers.addAll(List.of(more));
            return this;
        }

        /**
         * @param more quotations to add
         * @return this builder
         */
        public Builder quotations(Quotation... more) {
            quotations.addAll(List.of(more));
            return this;
        }

        /**
         * @param more claims to add
         * @return this builder
         */
        public Builder claims(Claim... more) {
            claims.addAll(List.of(more));
            return this;
        }

        /**
         * @param source the article the records come from (default: an empty text)
         * @return this builder
         */
        public Builder article(Article source) {
            this.article = java.util.Objects.requireNonNull(source, "article");
            return this;
        }

        /**
         * @param text the article's text, when nothing else about it matters
         * @return this builder
         */
        public Builder text(String text) {
            return article(Article.of(text));
        }

        /** @return the extraction */
        public Extraction build() {
            return new Extraction(people, places, organizations, numbers, quotations, claims, article);
        }
    }

    @Override
    public String toString() {
        return "Extraction[" + people.size() + " people, " + places.size() + " places, " + organizations.size()
                + " organizations, " + numbers.size() + " numbers, " + quotations.size() + " quotations, "
                + claims.size() + " claims]";
    }
}
