package org.newsextractor.internal.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsextractor.Quantity;

/**
 * Marks the two bounds of a written range ("between 36 and 40", "from 14 to 31", "10-15"): both records
 * keep their own value and get the range's low and high.
 */
final class RangeLinker {

    private static final Set<String> CONNECTORS = Set.of("and", "to", "-", "–", "or");

    private RangeLinker() {
    }

    /**
     * @param text       the article text
     * @param quantities records in text order
     * @return the records, bounds of ranges with low and high set
     */
    static List<Quantity> link(String text, List<Quantity> quantities) {
        List<Quantity> out = new ArrayList<>(quantities);
        for (int i = 0; i + 1 < out.size(); i++) {
            Quantity a = out.get(i);
            Quantity b = out.get(i + 1);
            if (a.kind() != b.kind() || a.value().isEmpty() || b.value().isEmpty() || a.end() > b.begin()) {
                continue;
            }
            String between = text.substring(a.end(), b.begin()).strip().toLowerCase(Locale.ROOT);
            if (!CONNECTORS.contains(between) || a.value().get() >= b.value().get()) {
                continue;
            }
            Optional<Double> low = a.value();
            Optional<Double> high = b.value();
            Optional<String> unit = a.unit().isPresent() ? a.unit() : b.unit();
            out.set(i, withRange(a, low, high, unit));
            out.set(i + 1, withRange(b, low, high, b.unit().isPresent() ? b.unit() : unit));
        }
        return out;
    }

    private static Quantity withRange(Quantity q, Optional<Double> low, Optional<Double> high, Optional<String> unit) {
        return new Quantity(q.text(), q.begin(), q.end(), q.kind(), q.value(), q.normalized(), unit, q.qualifier(),
                low, high);
    }
}
