package org.newsextractor.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a careful reader extracts from one article: the contents of a {@code NAME.gold.json} file.
 *
 * <p>Every scored section is an {@link Optional}: empty when the file leaves the section out (the section is
 * then not scored for this article), present but possibly empty when the file gives it.
 *
 * @param article         the article's file name ("NAME.txt")
 * @param source          where the text comes from
 * @param people          the gold people, if the file gives them
 * @param places          the gold places, if the file gives them
 * @param organizations   the gold organizations, if the file gives them
 * @param optional        entity names that are neither rewarded nor punished
 * @param numbers         the gold numbers, if the file gives them
 * @param optionalNumbers number expressions that are neither rewarded nor punished
 * @param quotations      the gold quotations, if the file gives them
 * @param claims          the gold claims, if the file gives them
 */
public record GoldArticle(String article, String source,
                          Optional<List<GoldEntity>> people, Optional<List<GoldEntity>> places,
                          Optional<List<GoldEntity>> organizations, GoldOptionalNames optional,
                          Optional<List<GoldNumber>> numbers, List<String> optionalNumbers,
                          Optional<List<GoldQuotation>> quotations, Optional<List<GoldClaim>> claims) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**

     * Absent sections become empty optionals; present lists are copied.

     *

     * @param article         the article's file name ("NAME.txt")

     * @param source          where the text comes from

     * @param people          the gold people, if the file gives them

     * @param places          the gold places, if the file gives them

     * @param organizations   the gold organizations, if the file gives them

     * @param optional        entity names that are neither rewarded nor punished

     * @param numbers         the gold numbers, if the file gives them

     * @param optionalNumbers number expressions that are neither rewarded nor punished

     * @param quotations      the gold quotations, if the file gives them

     * @param claims          the gold claims, if the file gives them

     */
    public GoldArticle {
        article = article == null ? "" : article;
        source = source == null ? "" : source;
        people = copy(people);
        places = copy(places);
        organizations = copy(organizations);
        optional = optional == null ? GoldOptionalNames.NONE : optional;
        numbers = copy(numbers);
        optionalNumbers = optionalNumbers == null ? List.of() : List.copyOf(optionalNumbers);
        quotations = copy(quotations);
        claims = copy(claims);
    }

    private static <T> Optional<List<T>> copy(Optional<List<T>> section) {
        return section == null ? Optional.empty() : section.map(List::copyOf);
    }

    /**
     * An article with no section given, to build gold by hand with the {@code with...} methods.
     *
     * @param article the article's file name
     * @return a gold article in which nothing is scored
     */
    public static GoldArticle empty(String article) {
        return new GoldArticle(article, "", Optional.empty(), Optional.empty(), Optional.empty(),
                GoldOptionalNames.NONE, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * @param gold the gold people
     * @return a copy of this article with the people section given
     */
    public GoldArticle withPeople(List<GoldEntity> gold) {
        return new GoldArticle(article, source, Optional.of(gold), places, organizations, optional, numbers,
                optionalNumbers, quotations, claims);
    }

    /**
     * @param gold the gold places
     * @return a copy of this article with the places section given
     */
    public GoldArticle withPlaces(List<GoldEntity> gold) {
        return new GoldArticle(article, source, people, Optional.of(gold), organizations, optional, numbers,
                optionalNumbers, quotations, claims);
    }

    /**
     * @param gold the gold organizations
     * @return a copy of this article with the organizations section given
     */
    public GoldArticle withOrganizations(List<GoldEntity> gold) {
        return new GoldArticle(article, source, people, places, Optional.of(gold), optional, numbers,
                optionalNumbers, quotations, claims);
    }

    /**
     * @param names the optional entity names
     * @return a copy of this article with those optional names
     */
    public GoldArticle withOptional(GoldOptionalNames names) {
        return new GoldArticle(article, source, people, places, organizations, names, numbers,
                optionalNumbers, quotations, claims);
    }

    /**
     * @param gold           the gold numbers
     * @param optionalExprs the optional number expressions
     * @return a copy of this article with the numbers section given
     */
    public GoldArticle withNumbers(List<GoldNumber> gold, List<String> optionalExprs) {
        return new GoldArticle(article, source, people, places, organizations, optional, Optional.of(gold),
                optionalExprs, quotations, claims);
    }

    /**
     * @param gold the gold quotations
     * @return a copy of this article with the quotations section given
     */
    public GoldArticle withQuotations(List<GoldQuotation> gold) {
        return new GoldArticle(article, source, people, places, organizations, optional, numbers,
                optionalNumbers, Optional.of(gold), claims);
    }

    /**
     * @param gold the gold claims
     * @return a copy of this article with the claims section given
     */
    public GoldArticle withClaims(List<GoldClaim> gold) {
        return new GoldArticle(article, source, people, places, organizations, optional, numbers,
                optionalNumbers, quotations, Optional.of(gold));
    }

    /**
     * Reads a gold article from JSON text.
     *
     * @param json the contents of a gold file
     * @return the gold article
     * @throws IllegalArgumentException if the text is not a gold file
     */
    public static GoldArticle parse(String json) {
        try {
            return MAPPER.readValue(json, GoldArticle.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a gold file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a gold article from a {@code NAME.gold.json} file.
     *
     * @param file the gold file
     * @return the gold article
     * @throws UncheckedIOException     if the file cannot be read
     * @throws IllegalArgumentException if the file is not a gold file
     */
    public static GoldArticle read(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), GoldArticle.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(file + " is not a gold file: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
