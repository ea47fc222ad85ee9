package org.newsextractor.internal.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.Sentence;
import org.newsextractor.internal.nlp.Token;

/**
 * Repairs a name's type, or finds a name NER missed, from the words around it rather than the name itself:
 * <ul>
 *   <li>"Minneapolis, MN": two capital letters after a place and a comma are a state or province;</li>
 *   <li>"the Schwarz Group, Ionos and Deutsche Telekom": a one-word name listed between organizations is one;</li>
 *   <li>"MINNEAPOLIS (FOX 9) –": the outlet in a dateline's parentheses is an organization;</li>
 *   <li>"..., Sputnik reported", "; ZTV24 reported": an untagged name or call sign that reports is a news outlet.</li>
 * </ul>
 */
final class ContextTyping {
    private static final Set<String> LIST_JOINERS = org.newsextractor.internal.FunctionWords.of("list-joiner");
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
    private static final Set<String> ARTICLES = org.newsextractor.internal.FunctionWords.of("article");
    private static final int MAX_OUTLET_TOKENS = 3;
    /** WordNet's nouns for kinds of organization ({@code models/speech/organization-nouns.txt}). */
    private static final Set<String> ORGANIZATION_NOUNS =
            Set.copyOf(org.newsextractor.internal.Resources.lines("speech/organization-nouns.txt"));

    private ContextTyping() {
    }

    /**
     * @param text  the annotated article
     * @param spans the name spans found so far, in text order
     * @return the spans with types repaired and missed outlets added, in text order
     */
    static List<NameSpan> repair(AnnotatedText text, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            NameSpan s = spans.get(k);
            if (isDeterminedSingleName(s)) {
                continue; // "the Bill was passed", "a Gates": a person's name takes no article
            }
            if (isStateCode(s)) {
                s = s.withType(EntityType.LOCATION);
            } else if (isListedAmongOrganizations(spans, k) || followsOrganizationNoun(s)) {
                s = s.withType(EntityType.ORGANIZATION);
            }
            out.add(s);
        }
        for (Sentence sentence : text.sentences()) {
            datelineOutlet(text.text(), sentence, out);
            reportingOutlets(text.text(), sentence, out);
        }
        out.sort(java.util.Comparator.comparingInt(NameSpan::begin));
        return out;
    }

    /**
     * "the broadcaster NRK", "the airline Nordair": a name right after a noun for a kind of organization (and its
     * determiner) names that organization, whatever the tagger made of it.
     */
    private static boolean followsOrganizationNoun(NameSpan s) {
        if (s.type() == EntityType.ORGANIZATION || s.from() < 2) {
            return false;
        }
        Token kind = s.sentence().token(s.from() - 1);
        Token determiner = s.sentence().token(s.from() - 2);
        return kind.pos().equals("NN") && ORGANIZATION_NOUNS.contains(kind.lower())
                && determiner.pos().equals("DT");
    }

    /** @return whether a one-word person name has an article or demonstrative right before it */
    private static boolean isDeterminedSingleName(NameSpan s) {
        if (s.type() != EntityType.PERSON || s.size() != 1 || s.from() == 0) {
            return false;
        }
        Token before = s.sentence().token(s.from() - 1);
        return before.pos().equals("DT") && ARTICLES.contains(before.lower());
    }

    private static boolean isStateCode(NameSpan s) {
        String word = s.text();
        if (s.size() != 1 || s.type() == EntityType.LOCATION || word.length() != 2
                || !word.chars().allMatch(Character::isUpperCase) || s.from() < 2) {
            return false;
        }
        Sentence sentence = s.sentence();
        return sentence.token(s.from() - 1).text().equals(",") && sentence.token(s.from() - 2).isNer("LOCATION");
    }

    /** A one-word name between two organizations, joined to them only by commas and "and". */
    private static boolean isListedAmongOrganizations(List<NameSpan> spans, int k) {
        NameSpan s = spans.get(k);
        if (s.size() != 1 || s.type() == EntityType.ORGANIZATION || k == 0 || k + 1 >= spans.size()) {
            return false;
        }
        NameSpan before = spans.get(k - 1);
        NameSpan after = spans.get(k + 1);
        return before.type() == EntityType.ORGANIZATION && after.type() == EntityType.ORGANIZATION
                && joinedByListWords(before, s) && joinedByListWords(s, after);
    }

    private static boolean joinedByListWords(NameSpan a, NameSpan b) {
        if (a.sentence() != b.sentence() || b.from() - a.to() < 1 || b.from() - a.to() > 2) {
            return false;
        }
        for (int i = a.to(); i < b.from(); i++) {
            if (!LIST_JOINERS.contains(a.sentence().token(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** "WASHINGTON (AP) —", "MINNEAPOLIS (FOX 9) –": the outlet that filed the story. */
    private static void datelineOutlet(String text, Sentence s, List<NameSpan> spans) {
        int open = -1;
        for (int i = 0; i < Math.min(s.size(), 6); i++) {
            if (s.token(i).text().equals("(") || s.token(i).pos().equals("-LRB-")) {
                open = i;
                break;
            }
        }
        if (open < 1 || !isAllCapsPlace(s, 0, open)) {
            return;
        }
        int close = open + 1;
        while (close < s.size() && !s.token(close).pos().equals("-RRB-") && !s.token(close).text().equals(")")) {
            close++;
        }
        int words = close - open - 1;
        if (words < 1 || words > MAX_OUTLET_TOKENS || close + 1 >= s.size()
                || !DASHES.contains(s.token(close + 1).text()) || !Character.isUpperCase(s.token(open + 1).text()
                .charAt(0)) || covered(spans, s, open + 1, close)) {
            return;
        }
        spans.add(new NameSpan(EntityType.ORGANIZATION, s, open + 1, close,
                text.substring(s.token(open + 1).begin(), s.token(close - 1).end())));
    }

    private static boolean isAllCapsPlace(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.token(i).text();
            if (!w.equals(",") && !w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return true;
    }

    /** "..., Sputnik reported": a capitalized word NER left untagged, as the subject of "report". */
    private static void reportingOutlets(String text, Sentence s, List<NameSpan> spans) {
        for (int i = 1; i + 1 < s.size(); i++) {
            Token name = s.token(i);
            Token verb = s.token(i + 1);
            Token before = s.token(i - 1);
            boolean untagged = name.ner().equals("O") || name.ner().equals("MISC");
            boolean clauseStart = before.text().equals(",") || before.text().equals(";") || before.pos().equals("-RRB-");
            if (untagged && (name.pos().equals("NNP") || isCallSign(name.text())) && name.isCapitalized()
                    && verb.lemma().equals("report") && verb.isVerb() && clauseStart
                    && !covered(spans, s, i, i + 1)) {
                spans.add(new NameSpan(EntityType.ORGANIZATION, s, i, i + 1, name.text()));
            }
        }
    }

    /** "ZTV24", "KXRB": a broadcaster's call sign, capitals with or without digits, which POS tagging calls a noun. */
    private static boolean isCallSign(String word) {
        return word.length() >= 3 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static boolean covered(List<NameSpan> spans, Sentence s, int from, int to) {
        return spans.stream().anyMatch(n -> n.sentence() == s && n.from() < to && from < n.to());
    }
}
