package org.newsextractor;

import java.util.ArrayList;
import java.util.List;

/** Small helpers shared by the records' factories. */
final class Records {
    private Records() {
    }

    static List<Mention> mentions(String... texts) {
        List<Mention> result = new ArrayList<>();
        for (String text : texts) {
            result.add(Mention.of(text));
        }
        return result;
    }
}
