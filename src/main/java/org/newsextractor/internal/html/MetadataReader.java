package org.newsextractor.internal.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a page's headline, publication date and authors. Each is taken from the most reliable source the page
 * offers: JSON-LD first, then {@code <meta>} tags (Open Graph, article:*, Dublin Core, Parse.ly, Sailthru), then
 * visible elements (the {@code h1}, {@code <time>}, a byline).
 */
final class MetadataReader {
    private static final List<String> TITLE_METAS = List.of("og:title", "twitter:title", "headline", "dc.title");
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "datepublished", "publishdate", "publish-date", "pubdate",
            "parsely-pub-date", "sailthru.date", "article.published", "dc.date.issued", "dc.date.created",
            "dcterms.created", "dc.date", "date", "article:modified_time", "datemodified");
    private static final List<String> AUTHOR_METAS =
            org.newsextractor.internal.Resources.lines("html/author-metas.txt");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+");

    private final BylineParser bylines;
    private final ClassWords bylineClasses;
    private final ClassWords dateClasses;

    MetadataReader(BylineParser bylines, ClassWords bylineClasses, ClassWords dateClasses) {
        this.bylines = bylines;
        this.bylineClasses = bylineClasses;
        this.dateClasses = dateClasses;
    }

    PageMetadata read(Document page) {
        Optional<JsonLdArticle> jsonLd = JsonLdArticle.find(page);
        Optional<Element> titleSource = titleSource(page, jsonLd);
        Optional<String> title = titleSource.map(e -> titleText(e, page)).filter(t -> !t.isBlank());
        return new PageMetadata(title, titleSource, published(page, jsonLd), authors(page, jsonLd), jsonLd);
    }

    // ---- title

    private Optional<Element> titleSource(Document page, Optional<JsonLdArticle> jsonLd) {
        List<String> declared = new ArrayList<>();
        for (String name : TITLE_METAS) {
            meta(page, name).ifPresent(m -> declared.add(m.attr("content")));
        }
        jsonLd.flatMap(j -> j.text("headline")).ifPresent(declared::add);
        Elements headings = page.body().select("h1");
        for (Element h1 : headings) {
            if (declared.stream().anyMatch(d -> sameTitle(d, h1.text()))) {
                return Optional.of(h1);
            }
        }
        Optional<Element> storyHeading = headings.stream()
                .filter(h -> !h.text().isBlank())
                .filter(h -> h.closest("article, main, [itemprop=headline]") != null || h.hasAttr("itemprop"))
                .findFirst();
        if (storyHeading.isPresent()) {
            return storyHeading;
        }
        for (String name : TITLE_METAS) {
            Optional<Element> m = meta(page, name).filter(e -> !e.attr("content").isBlank());
            if (m.isPresent()) {
                return m;
            }
        }
        if (jsonLd.flatMap(j -> j.text("headline")).isPresent()) {
            return jsonLd.map(JsonLdArticle::script);
        }
        Optional<Element> firstHeading = headings.stream().filter(h -> !h.text().isBlank()).findFirst();
        return firstHeading.or(() -> Optional.ofNullable(page.selectFirst("head > title")));
    }

    private static String titleText(Element source, Document page) {
        return switch (source.normalName()) {
            case "meta" -> source.attr("content").strip();
            case "script" -> JsonLdArticle.find(page).flatMap(j -> j.text("headline")).orElse("");
            case "title" -> withoutSiteName(source.text());
            default -> source.text().strip();
        };
    }

    /** "Storm hits coast | Daily Courier" -> "Storm hits coast": the longest part. */
    private static String withoutSiteName(String title) {
        String best = "";
        for (String part : TITLE_SUFFIX.split(title.strip())) {
            if (part.length() > best.length()) {
                best = part.strip();
            }
        }
        return best;
    }

    static boolean sameTitle(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.length() > 20 && y.contains(x)
                || y.length() > 20 && x.contains(y));
    }

    private static String normalize(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    // ---- date

    private Optional<LocalDate> published(Document page, Optional<JsonLdArticle> jsonLd) {
        Optional<LocalDate> fromJsonLd = jsonLd.flatMap(j -> j.text("datePublished").or(() -> j.text("dateCreated")))
                .flatMap(DateParser::parse);
        if (fromJsonLd.isPresent()) {
            return fromJsonLd;
        }
        for (String name : DATE_METAS) {
            Optional<LocalDate> d = meta(page, name).flatMap(m -> DateParser.parse(m.attr("content")));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element e : page.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            Optional<LocalDate> d = DateParser.parse(e.hasAttr("content") ? e.attr("content")
                    : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
            if (d.isPresent()) {
                return d;
            }
        }
        return page.body().getAllElements().stream()
                .filter(dateClasses::matches)
                .filter(e -> e.text().length() < 120)
                .map(e -> DateParser.parse(e.text()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    // ---- authors

    private List<String> authors(Document page, Optional<JsonLdArticle> jsonLd) {
        List<String> fromJsonLd = jsonLd.map(JsonLdArticle::authorNames).orElse(List.of()).stream()
                .flatMap(a -> bylines.names(a).stream()).distinct().toList();
        if (!fromJsonLd.isEmpty()) {
            return fromJsonLd;
        }
        for (String name : AUTHOR_METAS) {
            List<String> names = meta(page, name)
                    .map(m -> m.attr("content"))
                    .filter(c -> !c.contains("://"))
                    .map(bylines::names).orElse(List.of());
            if (!names.isEmpty()) {
                return names;
            }
        }
        for (Element e : page.body().select("[rel=author], [itemprop=author]")) {
            List<String> names = bylines.names(e.text());
            if (!names.isEmpty()) {
                return names;
            }
        }
        return page.body().getAllElements().stream()
                .filter(bylineClasses::matches)
                .filter(e -> e.text().length() < 200)
                .map(e -> bylines.names(e.text()))
                .filter(n -> !n.isEmpty())
                .findFirst().orElse(List.of());
    }

    /** @return the first {@code <meta>} whose property, name or itemprop is the given key, ignoring case */
    private static Optional<Element> meta(Document page, String key) {
        for (Element m : page.select("meta[content]")) {
            for (String attr : List.of("property", "name", "itemprop")) {
                if (m.attr(attr).equalsIgnoreCase(key)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }
}
