package org.newsextractor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article to extract from: its text and what is known about it. Offsets in an {@link Extraction} point into
 * {@link #text()}.
 *
 * @param title     the headline, when known
 * @param text      the article's text; for HTML input, the story text recovered from the page
 * @param published the publication date: the reference for relative dates such as "on Tuesday"
 * @param authors   the byline's authors
 */
public record Article(Optional<String> title, String text, Optional<LocalDate> published, List<String> authors) {
    /**
     * Null optionals and lists become empty.
     *
     * @param title     the headline, when known
     * @param text      the article's text; for HTML input, the story text recovered from the page
     * @param published the publication date: the reference for relative dates such as "on Tuesday"
     * @param authors   the byline's authors
     */
    public Article {
        Objects.requireNonNull(text, "text must not be null");
        title = title == null ? Optional.empty() : title;
        published = published == null ? Optional.empty() : published;
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /**
     * @param text the article's text, as scraped
     * @return an article with nothing known but its text
     */
    public static Article of(String text) {
        return new Article(Optional.empty(), text, Optional.empty(), List.of());
    }

    /**
     * @param text      the article's text
     * @param published its publication date, the reference for relative dates
     * @return the article
     */
    public static Article of(String text, LocalDate published) {
        return new Article(Optional.empty(), text, Optional.of(published), List.of());
    }

    /**
     * @param date the publication date
     * @return a copy with the publication date set
     */
    public Article withPublished(LocalDate date) {
        return new Article(title, text, Optional.of(date), authors);
    }

    /**
     * @param newTitle the headline
     * @return a copy with the title set
     */
    public Article withTitle(String newTitle) {
        return new Article(Optional.of(newTitle), text, published, authors);
    }

    @Override
    public String toString() {
        return "Article[" + title.orElse("(untitled)") + ", " + text.length() + " chars"
                + published.map(d -> ", " + d).orElse("") + (authors.isEmpty() ? "" : ", by " + authors) + "]";
    }
}
