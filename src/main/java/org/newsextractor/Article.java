package org.newsextractor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsextractor.internal.html.HtmlArticleReader;

/**
 * An article to extract from: its text and what is known about it. Offsets in an {@link Extraction} point into
 * {@link #text()}.
 *
 * @param title     the headline, when known
 * @param text      the article's text; for HTML input, the story text recovered from the page
 * @param published the publication date: the reference for relative dates such as "on Tuesday"
 * @param authors   the byline's authors
 * @param blocks    for HTML input, where each paragraph of the text came from on the page, in text order; empty
 *                  for plain text (and then left out of the JSON)
 */
public record Article(Optional<String> title, String text, Optional<LocalDate> published, List<String> authors,
                      List<TextBlock> blocks) {
    /**
     * Null optionals and lists become empty.
     *
     * @param title     the headline, when known
     * @param text      the article's text; for HTML input, the story text recovered from the page
     * @param published the publication date: the reference for relative dates such as "on Tuesday"
     * @param authors   the byline's authors
     * @param blocks    where each paragraph of the text came from on the page
     */
    public Article {
        Objects.requireNonNull(text, "text must not be null");
        title = title == null ? Optional.empty() : title;
        published = published == null ? Optional.empty() : published;
        authors = authors == null ? List.of() : List.copyOf(authors);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /**
     * An article with no source blocks, as for plain text.
     *
     * @param title     the headline, when known
     * @param text      the article's text
     * @param published the publication date
     * @param authors   the byline's authors
     */
    public Article(Optional<String> title, String text, Optional<LocalDate> published, List<String> authors) {
        this(title, text, published, authors, List.of());
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
     * @param published its publication date, the reference for relative dates, or null when unknown
     * @return the article
     */
    public static Article of(String text, @Nullable LocalDate published) {
        return new Article(Optional.empty(), text, Optional.ofNullable(published), List.of());
    }

    /**
     * Reads a news page: the story's title and paragraphs (navigation, ads, share buttons, related links,
     * comments, cookie banners and footers dropped), its publication date and byline from the visible text,
     * {@code <meta>} tags or JSON-LD. The text is the title, then the paragraphs, separated by blank lines.
     *
     * @param html the page's HTML
     * @return the article, with a {@link TextBlock} for each paragraph
     * @throws NullPointerException if html is null
     */
    public static Article fromHtml(String html) {
        return fromHtml(html, "");
    }

    /**
     * As {@link #fromHtml(String)}, for a page whose address is known (relative links resolve against it).
     *
     * @param html    the page's HTML
     * @param baseUri the page's address, or empty or null when unknown
     * @return the article
     */
    public static Article fromHtml(String html, @Nullable String baseUri) {
        return HtmlArticleReader.shared().read(Objects.requireNonNull(html, "html"),
                baseUri == null ? "" : baseUri);
    }

    /**
     * @param offset an offset into {@link #text()}, such as a {@link Mention#begin()}
     * @return the block holding that character, for HTML input
     */
    public Optional<TextBlock> blockAt(int offset) {
        return blocks.stream().filter(b -> b.contains(offset)).findFirst();
    }

    /**
     * @param offset an offset into {@link #text()}, such as a {@link Mention#begin()}
     * @return a CSS selector for the page element the character came from, for HTML input
     */
    public Optional<String> cssPathAt(int offset) {
        return blockAt(offset).map(TextBlock::cssPath);
    }

    /**
     * @param date the publication date
     * @return a copy with the publication date set
     */
    public Article withPublished(LocalDate date) {
        return new Article(title, text, Optional.of(date), authors, blocks);
    }

    /**
     * @param newTitle the headline
     * @return a copy with the title set
     */
    public Article withTitle(String newTitle) {
        return new Article(Optional.of(newTitle), text, published, authors, blocks);
    }

    @Override
    public String toString() {
        return "Article[" + title.orElse("(untitled)") + ", " + text.length() + " chars"
                + published.map(d -> ", " + d).orElse("") + (authors.isEmpty() ? "" : ", by " + authors) + "]";
    }
}
