package org.newsextractor.internal.html;

import org.newsextractor.internal.HtmlTags;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the page furniture: by tag (scripts, navigation, asides, footers, AMP ad and share components), by ARIA
 * role, by hidden state, and by words in the class or id (ads, share bars, related links, comments, cookie banners,
 * newsletter boxes, bylines). Word lists are in {@code models/html/}. A container that holds the headline or most
 * of the page's paragraph text is never furniture by its class alone, so a site-wide wrapper such as
 * {@code <div class="page has-sidebar">} is kept.
 */
final class FurnitureMarker {
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> STORY_TAGS = HtmlTags.of("story");

    private final Set<String> tags;
    private final Set<String> roles;
    private final ClassWords strong;
    private final ClassWords weak;
    private final ClassWords positive;

    FurnitureMarker(List<String> tags, List<String> roles, ClassWords strong, ClassWords weak, ClassWords positive) {
        this.tags = Set.copyOf(tags);
        this.roles = Set.copyOf(roles);
        this.strong = strong;
        this.weak = weak;
        this.positive = positive;
    }

    /**
     * @param page  the parsed page
     * @param title the headline's element, which is never inside furniture
     * @return the furniture of the page
     */
    Furniture mark(Document page, Optional<Element> title) {
        Furniture furniture = new Furniture();
        Map<Element, Integer> paragraphChars = paragraphChars(page);
        int pageChars = paragraphChars.getOrDefault(page.body(), 0);
        for (Element e : page.body().getAllElements()) {
            if (e == page.body() || furniture.covers(e)) {
                continue;
            }
            if (isFurnitureByNature(e)) {
                furniture.mark(e);
                continue;
            }
            boolean holdsStory = title.map(t -> isAncestorOrSelf(e, t)).orElse(false)
                    || paragraphChars.getOrDefault(e, 0) * 2 > pageChars && pageChars > 0;
            if (!holdsStory && isFurnitureByName(e)) {
                furniture.mark(e);
            }
        }
        return furniture;
    }

    /** Furniture whatever it holds: its tag, hidden state, or a header outside the story. */
    private boolean isFurnitureByNature(Element e) {
        String tag = e.normalName();
        if (tags.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return true;
        }
        return tag.equals("header") && e.parents().stream().noneMatch(p -> STORY_TAGS.contains(p.normalName()));
    }

    private boolean isFurnitureByName(Element e) {
        if (roles.contains(e.attr("role").toLowerCase(Locale.ROOT).strip())) {
            return true;
        }
        return strong.matches(e) || weak.matches(e) && !positive.matches(e);
    }

    private static boolean isAncestorOrSelf(Element ancestor, Element e) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** How many characters of paragraph text each element holds. */
    private static Map<Element, Integer> paragraphChars(Document page) {
        Map<Element, Integer> chars = new IdentityHashMap<>();
        for (Element p : page.body().select("p")) {
            int n = p.text().length();
            for (Element at = p; at != null; at = at.parent()) {
                chars.merge(at, n, Integer::sum);
            }
        }
        return chars;
    }
}
