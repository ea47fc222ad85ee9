package org.newsextractor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person named in the article.
 *
 * @param id       unique within the result, for example {@code person-1}
 * @param name     the fullest name the text uses ("Joe Biden")
 * @param titles   roles the text gives the person ("US President", "White House press secretary")
 * @param mentions every mention, in text order
 * @param author   whether the person is one of the article's authors (its byline)
 * @param wikipedia the English Wikipedia page the person links to ({@code Joe_Biden}), when linking is on
 */
public record Person(String id, String name, List<String> titles, List<Mention> mentions, boolean author,
                     Optional<String> wikipedia)
        implements Entity {
    /**
     * Copies the lists so the record stays immutable; a null list becomes empty, a null link empty.
     *
     * @param id       unique within the result, for example {@code person-1}
     * @param name     the fullest name the text uses ("Joe Biden")
     * @param titles   roles the text gives the person ("US President", "White House press secretary")
     * @param mentions every mention, in text order
     * @param author   whether the person is one of the article's authors (its byline)
     * @param wikipedia the English Wikipedia page the person links to, when known
     */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        titles = titles == null ? List.of() : List.copyOf(titles);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        wikipedia = wikipedia == null ? Optional.empty() : wikipedia;
    }

    /**
     * A person with no Wikipedia link.
     *
     * @param id       unique within the result, for example {@code person-1}
     * @param name     the fullest name the text uses ("Joe Biden")
     * @param titles   roles the text gives the person ("US President", "White House press secretary")
     * @param mentions every mention, in text order
     * @param author   whether the person is one of the article's authors (its byline)
     */
    public Person(String id, String name, List<String> titles, List<Mention> mentions, boolean author) {
        this(id, name, titles, mentions, author, Optional.empty());
    }

    /**
     * A person who is not one of the article's authors.
     *
     * @param id       unique within the result
     * @param name     the fullest name the text uses
     * @param titles   roles the text gives the person
     * @param mentions every mention, in text order
     */
    public Person(String id, String name, List<String> titles, List<Mention> mentions) {
        this(id, name, titles, mentions, false);
    }

    /** @return a copy marked as one of the article's authors */
    public Person asAuthor() {
        return new Person(id, name, titles, mentions, true, wikipedia);
    }

    /**
     * @param page the English Wikipedia page name ({@code Joe_Biden}), or empty
     * @return a copy with that link
     */
    public Person withWikipedia(Optional<String> page) {
        return new Person(id, name, titles, mentions, author, page);
    }

    /**
     * A person with no titles, for tests and fixtures built by hand.
     *
     * @param id       the record id
     * @param name     the person's name
     * @param mentions the mentions' texts, or none
     * @return the person, with mentions at offset 0
     */
    public static Person of(String id, String name, String... mentions) {
        return new Person(id, name, List.of(), Records.mentions(mentions));
    }

    @Override
    public String toString() {
        return "Person " + id + " " + name + (titles.isEmpty() ? "" : " " + titles) + " x" + mentions.size()
                + wikipedia.map(w -> " wikipedia:" + w).orElse("");
    }
}
