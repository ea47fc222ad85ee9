package org.newsextractor.internal.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsextractor.Article;
import org.newsextractor.TextBlock;
import org.newsextractor.internal.Resources;

/**
 * Reads a news page into an {@link Article}: metadata first ({@link MetadataReader}), then the furniture is
 * marked ({@link FurnitureMarker}), the story's containers chosen ({@link ContentFinder}) and their paragraphs
 * collected ({@link ParagraphCollector}). A byline or date line at the top of the story becomes metadata, not
 * text. When the page shows (almost) no body but its JSON-LD has an {@code articleBody}, that text is used.
 *
 * <p>The text is the headline, then each paragraph, separated by blank lines ({@code "\n\n"}); each has a
 * {@link TextBlock} naming the element it came from. Thread-safe; the word lists load once.
 */
public final class HtmlArticleReader {
    private static final String SEPARATOR = "\n\n";
    private static final int LEADING_LINES = 4;
    private static final int MAX_DATE_LINE_CHARS = 80;
    /** The shown body must reach this share of the JSON-LD articleBody, or the articleBody is used instead. */
    private static final double MIN_SHOWN_SHARE = 0.5;
    private static final int MAX_LABEL_WORDS = 4;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”’»)]$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final HtmlArticleReader SHARED = new HtmlArticleReader();

    private final MetadataReader metadata;
    private final FurnitureMarker marker;
    private final ContentFinder finder;
    private final ParagraphCollector collector = new ParagraphCollector();
    private final BylineParser bylines;

    private HtmlArticleReader() {
        ClassWords strong = new ClassWords(Resources.lines("html/furniture-strong.txt"));
        ClassWords positive = new ClassWords(Resources.lines("html/content-positive.txt"));
        this.bylines = new BylineParser(Resources.lines("html/byline-roles.txt"));
        this.metadata = new MetadataReader(bylines,
                new ClassWords(List.of("byline|bylines|author|authors|author name|writer|contributor")),
                new ClassWords(List.of("date|dateline|time|timestamp|published|publish date|posted")));
        this.marker = new FurnitureMarker(Resources.lines("html/furniture-tags.txt"),
                Resources.lines("html/furniture-roles.txt"), strong,
                new ClassWords(Resources.lines("html/furniture-weak.txt")), positive);
        this.finder = new ContentFinder(positive, strong);
    }

    /** @return the reader every caller shares */
    public static HtmlArticleReader shared() {
        return SHARED;
    }

    /**
     * @param html    the page
     * @param baseUri the page's address, or empty
     * @return the story as an article
     */
    public Article read(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri);
        PageMetadata meta = metadata.read(page);
        Furniture furniture = marker.mark(page, meta.titleSource().filter(e -> meta.titleIsHeading()));
        List<Element> containers = finder.find(page, furniture);
        List<Paragraph> paragraphs = new ArrayList<>(
                collector.collect(containers, furniture, headings(containers, meta.title())));
        List<String> authors = new ArrayList<>(meta.authors());
        Optional<LocalDate> published = meta.published();
        published = takeLeadingMetadata(paragraphs, authors, published);
        if (useJsonLdBody(paragraphs, meta)) {
            paragraphs = jsonLdParagraphs(meta.jsonLd().orElseThrow());
        }
        if (published.isEmpty()) {
            published = visibleDate(containers);
        }
        return assemble(meta, paragraphs, published, authors);
    }

    /** The headline's heading, and any heading in the story that repeats it, are not body text. */
    private static Set<Element> headings(List<Element> containers, Optional<String> title) {
        Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
        title.ifPresent(t -> containers.forEach(c -> c.select("h1, h2").stream()
                .filter(h -> MetadataReader.sameTitle(t, h.text())).forEach(skip::add)));
        return skip;
    }

    /**
     * Removes a byline or date line among the first paragraphs, keeping what it says as metadata, and a short
     * label (a section name or kicker such as "Europe") before the first real paragraph.
     */
    private Optional<LocalDate> takeLeadingMetadata(List<Paragraph> paragraphs, List<String> authors,
                                                    Optional<LocalDate> published) {
        Optional<LocalDate> date = published;
        for (int i = 0; i < Math.min(LEADING_LINES, paragraphs.size()); i++) {
            String text = paragraphs.get(i).text();
            boolean byline = bylines.isByline(text);
            Optional<LocalDate> dateLine = text.length() <= MAX_DATE_LINE_CHARS && !text.endsWith(".")
                    ? DateParser.parse(text) : Optional.empty();
            if (!byline && dateLine.isEmpty()) {
                if (i == 0 && isLabel(text)) {
                    paragraphs.remove(i--);
                }
                continue;
            }
            if (byline && authors.isEmpty()) {
                authors.addAll(bylines.names(text));
            }
            if (date.isEmpty()) {
                date = dateLine.or(() -> DateParser.parse(text));
            }
            paragraphs.remove(i--);
        }
        return date;
    }

    private static boolean isLabel(String text) {
        return text.split("\\s+").length <= MAX_LABEL_WORDS && !SENTENCE_END.matcher(text).find();
    }

    private static boolean useJsonLdBody(List<Paragraph> paragraphs, PageMetadata meta) {
        int bodyChars = meta.jsonLd().flatMap(j -> j.text("articleBody")).map(String::length).orElse(0);
        int shownChars = paragraphs.stream().mapToInt(p -> p.text().length()).sum();
        return bodyChars > 0 && shownChars < bodyChars * MIN_SHOWN_SHARE;
    }

    /** The JSON-LD articleBody as paragraphs: one a line, or the paragraphs of its HTML. */
    private List<Paragraph> jsonLdParagraphs(JsonLdArticle jsonLd) {
        String body = jsonLd.text("articleBody").orElseThrow();
        List<Paragraph> paragraphs = new ArrayList<>();
        if (body.contains("</")) {
            Document fragment = Jsoup.parseBodyFragment(body);
            for (Paragraph p : collector.collect(List.of(fragment.body()), new Furniture(), Set.of())) {
                paragraphs.add(new Paragraph(p.text(), jsonLd.script()));
            }
            return paragraphs;
        }
        for (String line : PARAGRAPH_BREAK.split(body.strip())) {
            String text = line.replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(text, jsonLd.script()));
            }
        }
        return paragraphs;
    }

    /** A date shown near the story ("Published 5 March 2024") when the page has no date metadata. */
    private static Optional<LocalDate> visibleDate(List<Element> containers) {
        if (containers.isEmpty() || containers.get(0).parent() == null) {
            return Optional.empty();
        }
        return containers.get(0).parent().getAllElements().stream()
                .filter(e -> !e.ownText().isBlank() && e.text().length() <= MAX_DATE_LINE_CHARS)
                .map(e -> DateParser.parse(e.text()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Article assemble(PageMetadata meta, List<Paragraph> paragraphs, Optional<LocalDate> published,
                                    List<String> authors) {
        StringBuilder text = new StringBuilder();
        List<TextBlock> blocks = new ArrayList<>();
        if (meta.title().isPresent()) {
            append(text, blocks, meta.title().get(), meta.titleSource().orElseThrow());
        }
        for (Paragraph p : paragraphs) {
            if (meta.title().map(t -> t.equals(p.text())).orElse(false)) {
                continue;
            }
            append(text, blocks, p.text(), p.source());
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        return new Article(meta.title(), text.toString(), published, authors, blocks);
    }

    private static void append(StringBuilder text, List<TextBlock> blocks, String paragraph, Element source) {
        if (!text.isEmpty()) {
            text.append(SEPARATOR);
        }
        int begin = text.length();
        text.append(paragraph);
        blocks.add(new TextBlock(begin, text.length(), source.cssSelector()));
    }
}
