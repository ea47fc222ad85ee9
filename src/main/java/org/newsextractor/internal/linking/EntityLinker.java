package org.newsextractor.internal.linking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses the Wikipedia page of one entity from its names, with a {@link LinkIndex}. The policy, kept
 * conservative because a wrong link is worse than none:
 * <ul>
 * <li>The fullest name is tried first; if the index knows it, its page is the link. Otherwise every other mention
 *     text is tried and the page with the highest score wins (the longer text on a tie). A mention that is only
 *     part of the fullest name, fewer of its words ("Biden" of "Joe Biden"), is not tried: alone it may name someone else. A leading
 *     "the" is also tried without it.</li>
 * <li>A page is taken only when at least {@link #MIN_SCORE} of the name's links go to it, and for a person at
 *     least {@link #SURE_SCORE}: a person's name that several notable people share ("Tom Watson") often names
 *     someone else in the news, and most people in the news have no page at all.</li>
 * <li>A person's page must end in the person's surname, diacritics aside ("Erdogan" takes
 *     {@code Recep_Tayyip_Erdoğan}), and have no comma; a name of one word takes only a page of more than one
 *     (a lone "Stratford" never takes a town).</li>
 * <li>A place's or organization's page must share a capitalized word (capitalized in both) with the text it was
 *     found by, or that text is
 *     an acronym of the page's words ("US", {@code United_States}), or an acronym whose link is nearly certain
 *     (at least {@link #SURE_SCORE}).</li>
 * </ul>
 */
public final class EntityLinker {
    /** The least share of a name's links that must go to a page for the page to be taken. */
    public static final double MIN_SCORE = 0.5;
    /** A share of links above which a link is taken as certain: enough to merge two records on it. */
    public static final double SURE_SCORE = 0.8;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PARENTHESIS = Pattern.compile("_\\(.*\\)$");

    private final LinkIndex index;

    /** @param index the names and their pages */
    public EntityLinker(LinkIndex index) {
        this.index = index;
    }

    /**
     * @param name     the entity's fullest name
     * @param mentions the texts of its mentions, in any order; repeats and the name itself are ignored
     * @param person   whether the entity is a person
     * @return the page, with the share of the name's links that go to it
     */
    public Optional<LinkIndex.Link> link(String name, Collection<String> mentions, boolean person) {
        Optional<LinkIndex.Link> byName = lookup(name, name, person);
        if (byName.isPresent()) {
            return byName;
        }
        List<String> nameWords = words(name);
        List<String> others = new ArrayList<>();
        for (String m : mentions) {
            String text = m.strip();
            if (!text.isEmpty() && !text.equals(name) && !others.contains(text)
                    && !isPartOf(words(text), nameWords)) {
                others.add(text);
            }
        }
        others.sort(java.util.Comparator.comparingInt(String::length).reversed());
        Optional<LinkIndex.Link> best = Optional.empty();
        for (String text : others) {
            Optional<LinkIndex.Link> link = lookup(text, name, person);
            if (link.isPresent() && (best.isEmpty() || link.get().score() > best.get().score())) {
                best = link;
            }
        }
        return best;
    }

    /**
     * The page one text links to by itself, by the same rules as a record's name: for a record's mentions that may
     * name different entities.
     *
     * @param text   a mention's text
     * @param person whether the entity is a person
     * @return the page, with the share of the text's links that go to it
     */
    public Optional<LinkIndex.Link> linkText(String text, boolean person) {
        return lookup(text, text, person);
    }

    /**
     * @param part  a text
     * @param whole another text
     * @return whether the part has fewer words than the whole and they are found together in it, diacritics and
     *     case aside ("Biden" of "Joe Biden")
     */
    public static boolean isPartOf(String part, String whole) {
        return isPartOf(words(part), words(whole));
    }

    /** "Biden" of "Joe Biden": fewer words, found together in the name. */
    private static boolean isPartOf(List<String> words, List<String> nameWords) {
        return words.size() < nameWords.size() && java.util.Collections.indexOfSubList(nameWords, words) >= 0;
    }

    private Optional<LinkIndex.Link> lookup(String text, String name, boolean person) {
        Optional<LinkIndex.Link> link = index.lookup(text);
        if (link.isEmpty() && (text.startsWith("the ") || text.startsWith("The "))) {
            text = text.substring(4);
            link = index.lookup(text);
        }
        if (link.isEmpty() || link.get().score() < (person ? SURE_SCORE : MIN_SCORE)) {
            return Optional.empty();
        }
        String page = link.get().page();
        boolean fits = person ? hasSurname(page, name) : fitsName(page, text, link.get().score());
        return fits ? link : Optional.empty();
    }

    /**
     * The page's title, without a parenthesis, ends in the last word of the person's name, has no comma (a place's
     * "Town,_Region"), and, for a name of one word, has more than one: a lone surname links only to a person's page.
     */
    static boolean hasSurname(String page, String name) {
        List<String> nameWords = words(name);
        String title = PARENTHESIS.matcher(page).replaceAll("");
        List<String> titleWords = words(title);
        if (nameWords.isEmpty() || titleWords.isEmpty() || title.contains(",")
                || nameWords.size() == 1 && titleWords.size() == 1) {
            return false;
        }
        return titleWords.get(titleWords.size() - 1).equals(nameWords.get(nameWords.size() - 1));
    }

    /** The page and the text share a capitalized word, or the text is an acronym of the page or a sure acronym. */
    static boolean fitsName(String page, String text, double score) {
        List<String> pageWords = new ArrayList<>();
        for (String w : page.split("[_\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                pageWords.addAll(words(w));
            }
        }
        for (String w : text.split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && pageWords.containsAll(words(w))
                    && !words(w).isEmpty()) {
                return true;
            }
        }
        String letters = text.replace(".", "");
        if (letters.length() < 2 || letters.length() > 8 || !letters.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        if (score >= SURE_SCORE) {
            return true;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : PARENTHESIS.matcher(page).replaceAll("").split("[_\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                initials.appendCodePoint(w.codePointAt(0));
            }
        }
        return initials.toString().equals(letters);
    }

    /** Lower-case words without diacritics or punctuation. */
    static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
    }
}
