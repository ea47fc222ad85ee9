package org.newsextractor.internal.html;

import org.newsextractor.internal.HtmlTags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses the containers that hold the story, in the manner of Mozilla's Readability: every paragraph of some
 * length scores its parent fully, its grandparent by half and further ancestors less; containers are weighed by
 * tag and by story or furniture words in their class; the best container, discounted by how much of its text is
 * links, wins, and its siblings join it when they, or a container inside them, score well too (a story split across
 * several containers).
 */
final class ContentFinder {
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final double CLASS_WEIGHT = 25;
    private static final Set<String> PARAGRAPH_TAGS = HtmlTags.of("content-paragraph");
    private static final Set<String> BLOCK_TAGS = HtmlTags.of("content-block");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private final ClassWords positive;
    private final ClassWords negative;

    ContentFinder(ClassWords positive, ClassWords negative) {
        this.positive = positive;
        this.negative = negative;
    }

    /**
     * @param page      the parsed page
     * @param furniture what to ignore
     * @return the story's containers in page order; empty when no paragraph of some length is found
     */
    List<Element> find(Document page, Furniture furniture) {
        Map<Element, Double> scores = score(page, furniture);
        if (scores.isEmpty()) {
            return List.of();
        }
        Element top = scores.entrySet().stream()
                .max(Comparator.comparingDouble(en -> en.getValue() * (1 - linkDensity(en.getKey()))))
                .orElseThrow().getKey();
        top = climbOnlyChildren(top, page, furniture);
        return withSiblings(top, scores, furniture);
    }

    private Map<Element, Double> score(Document page, Furniture furniture) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : page.body().getAllElements()) {
            if (!isParagraph(p) || furniture.covers(p)) {
                continue;
            }
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double points = 1 + text.split(",", -1).length - 1 + Math.min(text.length() / 100, 3);
            Element at = p.parent();
            for (int level = 0; level < ANCESTOR_LEVELS && at != null && at != page.body().parent(); level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Element target = at;
                scores.computeIfAbsent(target, this::initialScore);
                scores.merge(target, points / divider, Double::sum);
                at = at.parent();
            }
        }
        return scores;
    }

    /** A paragraph, or a div holding text and no block of its own (many pages write paragraphs as divs). */
    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return true;
        }
        return tag.equals("div") && e.children().stream().noneMatch(c -> BLOCK_TAGS.contains(c.normalName()))
                && !e.ownText().isBlank();
    }

    private double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (positive.matches(e)) {
            score += CLASS_WEIGHT;
        }
        if (negative.matches(e)) {
            score -= CLASS_WEIGHT;
        }
        return score;
    }

    /** A container that is its parent's only child says no more than its parent; take the parent. */
    private static Element climbOnlyChildren(Element top, Document page, Furniture furniture) {
        Element at = top;
        while (at.parent() != null && at.parent() != page.body()
                && at.parent().children().stream().filter(c -> !furniture.covers(c)).count() == 1) {
            at = at.parent();
        }
        return at;
    }

    private List<Element> withSiblings(Element top, Map<Element, Double> scores, Furniture furniture) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
            } else if (!furniture.covers(sibling) && joins(sibling, top, topScore, threshold, scores)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static boolean joins(Element sibling, Element top, double topScore, double threshold,
                                 Map<Element, Double> scores) {
        double bonus = !top.className().isBlank() && sibling.className().equals(top.className())
                ? topScore * 0.2 : 0;
        Optional<Double> score = bestWithin(sibling, scores);
        if (score.isPresent() && score.get() + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        String text = sibling.text();
        double links = linkDensity(sibling);
        return text.length() > 80 && links < 0.25
                || text.length() > 0 && links == 0 && SENTENCE_END.matcher(text).find();
    }

    /**
     * The best score of the element or of a container inside it: a sibling that wraps a paragraph block
     * ({@code <div data-component="text-block"><div class="rich-text"><p>}) scores through what it wraps.
     */
    private static Optional<Double> bestWithin(Element sibling, Map<Element, Double> scores) {
        return scores.entrySet().stream()
                .filter(en -> en.getKey() == sibling || en.getKey().parents().contains(sibling))
                .map(en -> en.getValue() * (1 - linkDensity(en.getKey())))
                .max(Double::compare);
    }

    /** @return the share of the element's text that is link text */
    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, links / (double) total);
    }
}
