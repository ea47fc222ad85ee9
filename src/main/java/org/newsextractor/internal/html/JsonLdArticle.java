package org.newsextractor.internal.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsextractor.internal.Json;

/**
 * The schema.org article a page describes in JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code ReportageNewsArticle}, {@code BlogPosting}, ...), looked for in every
 * {@code <script type="application/ld+json">}, in arrays and in {@code @graph}.
 *
 * @param node   the article's JSON object
 * @param script the script element that holds it
 */
record JsonLdArticle(JsonNode node, Element script) {
    private static final Pattern ARTICLE_TYPE = Pattern.compile(".*(?:Article|BlogPosting|Report)$");

    /** @return the first article described on the page */
    static Optional<JsonLdArticle> find(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = Json.mapper().readTree(script.data());
                Optional<JsonNode> article = findIn(root);
                if (article.isPresent()) {
                    return Optional.of(new JsonLdArticle(article.get(), script));
                }
            } catch (JsonProcessingException e) {
                // A broken script is common on real pages; the other sources still serve.
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findIn(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = findIn(item);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isArticle(node.get("@type"))) {
            return Optional.of(node);
        }
        return findIn(node.get("@graph"));
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).matches();
    }

    /** @return the text of a field, when it is a non-blank string */
    Optional<String> text(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText().strip()) : Optional.empty();
    }

    /** @return the names of the authors who are people (organizations as authors are left out) */
    List<String> authorNames() {
        List<String> names = new ArrayList<>();
        collectAuthors(node.get("author"), names);
        return names;
    }

    private static void collectAuthors(JsonNode author, List<String> names) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> collectAuthors(a, names));
        } else if (author.isTextual()) {
            names.add(author.asText().strip());
        } else if (author.isObject() && !"Organization".equals(author.path("@type").asText())) {
            String name = author.path("name").asText("").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
    }
}
