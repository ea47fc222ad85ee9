package org.newsextractor.internal.numbers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsextractor.Quantity;
import org.newsextractor.Quantity.Kind;
import org.newsextractor.internal.Resources;

/**
 * Gives a bare "$" the currency of the article's country. "$50 billion" in a story about New Zealand's budget is
 * New Zealand dollars; a dollar sign is read as US dollars only where nothing says otherwise. The article must
 * name exactly one country that uses a dollar ({@code models/numbers/dollar_countries.tsv}) and never name the
 * United States.
 */
final class LocalDollar {
    private static final Pattern US_NAMES = Pattern.compile(
            "\\b(United States|U\\.S\\.|US|USA|America|Americans?|Washington|US\\$|USD)\\b");
    private static final Map<Pattern, String> COUNTRIES = load();

    private LocalDollar() {
    }

    private static Map<Pattern, String> load() {
        Map<Pattern, String> m = new LinkedHashMap<>();
        for (String[] row : Resources.table("numbers/dollar_countries.tsv")) {
            m.put(Pattern.compile("\\b" + Pattern.quote(row[0]) + "\\b"), row[1]);
        }
        return Map.copyOf(m);
    }

    /**
     * @param text       the article text
     * @param quantities its numbers
     * @return the numbers, a bare "$" amount in the local dollar where the article is about one dollar country
     */
    static List<Quantity> localize(String text, List<Quantity> quantities) {
        if (US_NAMES.matcher(text).find()) {
            return quantities;
        }
        Set<String> codes = new HashSet<>();
        for (Map.Entry<Pattern, String> country : COUNTRIES.entrySet()) {
            if (country.getKey().matcher(text).find()) {
                codes.add(country.getValue());
            }
        }
        if (codes.size() != 1) {
            return quantities;
        }
        String code = codes.iterator().next();
        List<Quantity> out = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            boolean bareDollar = q.kind() == Kind.MONEY && q.unit().filter("USD"::equals).isPresent()
                    && q.text().strip().startsWith("$");
            out.add(bareDollar ? new Quantity(q.text(), q.begin(), q.end(), q.kind(), q.value(), q.normalized(),
                    java.util.Optional.of(code), q.qualifier(), q.low(), q.high(), q.modifiers()) : q);
        }
        return out;
    }
}
