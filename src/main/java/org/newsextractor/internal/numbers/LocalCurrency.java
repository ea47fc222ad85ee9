package org.newsextractor.internal.numbers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;
import org.newsextractor.internal.Resources;

/**
 * Gives a currency word that several countries share the currency of the article's country. "$50 billion" in a
 * story about New Zealand's budget is New Zealand dollars, "5 billion pesos" in one about the Philippines are
 * Philippine pesos; the word is read as its default currency (US dollars, Mexican pesos) where nothing says
 * otherwise. The article must name countries of exactly one currency of the word's family
 * ({@code models/numbers/currency_countries.tsv}), and not the default's own.
 */
final class LocalCurrency {
    /** The family (default code) of each bare currency word or sign. */
    private static final Map<String, String> BARE_WORDS = load("numbers/currency_bare_words.tsv");
    /** For each family, each country name with its own code. */
    private static final Map<String, Map<Pattern, String>> COUNTRIES = countries();
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");

    private LocalCurrency() {
    }

    private static Map<String, String> load(String table) {
        Map<String, String> m = new HashMap<>();
        for (String[] row : Resources.table(table)) {
            m.put(row[0], row[1]);
        }
        return Map.copyOf(m);
    }

    private static Map<String, Map<Pattern, String>> countries() {
        Map<String, Map<Pattern, String>> m = new HashMap<>();
        for (String[] row : Resources.table("numbers/currency_countries.tsv")) {
            m.computeIfAbsent(row[0], k -> new HashMap<>())
                    .put(Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(row[1]) + "(?![\\p{L}\\d])"), row[2]);
        }
        return Map.copyOf(m);
    }

    /**
     * @param text       the article text
     * @param quantities its numbers
     * @return the numbers, a bare currency word in the local currency where the article is about one country of
     *         its family
     */
    static List<Quantity> localize(String text, List<Quantity> quantities) {
        Map<String, Optional<String>> local = new HashMap<>();
        List<Quantity> out = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            Optional<String> family = q.kind() == Kind.MONEY ? q.unit().filter(u -> isBare(q.text(), u))
                    : Optional.empty();
            Optional<String> code = family.flatMap(f -> local.computeIfAbsent(f, k -> localCode(text, k)));
            out.add(code.isPresent() ? new Quantity(q.text(), q.begin(), q.end(), q.kind(), q.value(),
                    q.normalized(), code, q.qualifier(), q.low(), q.high(), q.modifiers()) : q);
        }
        return out;
    }

    /** @return the one currency of the family that the text's countries use, when it is not the default */
    private static Optional<String> localCode(String text, String family) {
        Set<String> codes = new HashSet<>();
        for (Map.Entry<Pattern, String> country : COUNTRIES.getOrDefault(family, Map.of()).entrySet()) {
            if (country.getKey().matcher(text).find()) {
                codes.add(country.getValue());
            }
        }
        return codes.size() == 1 && !codes.contains(family) ? Optional.of(codes.iterator().next()) : Optional.empty();
    }

    /**
     * "$50 billion", "Rs 40 billion", "5 billion pesos", "a 500-peso fine": the amount's first or last word is a
     * shared currency word of the family {@code code}; "US$50", "5 billion Mexican pesos" say whose it is.
     */
    private static boolean isBare(String amount, String code) {
        String[] words = WORD_BREAK.split(amount.strip().toLowerCase(Locale.ROOT));
        String first = words[0];
        String last = words[words.length - 1];
        boolean sign = first.startsWith("$") && code.equals(BARE_WORDS.get("$"));
        boolean before = words.length > 1 && code.equals(BARE_WORDS.get(first));
        boolean after = words.length > 1 && code.equals(BARE_WORDS.get(last))
                && NumberLexicon.shared().currency(words[words.length - 2] + " " + last).isEmpty();
        return sign || before || after;
    }
}
