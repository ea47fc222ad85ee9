package org.newsextractor.internal.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The name spans that refer to one real entity, collected while resolving an article. */
public final class EntityCluster {
    private final EntityType type;
    private final List<NameSpan> spans = new ArrayList<>();

    EntityCluster(EntityType type) {
        this.type = type;
    }

    public EntityType type() {
        return type;
    }

    public List<NameSpan> spans() {
        return spans;
    }

    void add(NameSpan span) {
        spans.add(span);
    }

    /** @return the position of the first mention, which orders records and ids */
    public int firstOffset() {
        return spans.stream().mapToInt(NameSpan::begin).min().orElse(0);
    }

    /**
     * @return the fullest name the text uses: the mention with the most words, then one not in capitals only (a
     *     headline's "DAVID CAMERON" gives way to "David Cameron"), then the most characters
     */
    public String longestName() {
        return spans.stream()
                .max(Comparator.comparingInt(NameSpan::size).thenComparing(s -> !isShouted(s.text()))
                        .thenComparingInt(s -> s.text().length()).thenComparing(s -> -s.begin()))
                .map(NameSpan::text).orElse("");
    }

    private static boolean isShouted(String name) {
        return name.length() > 4 && name.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }

    /** @return the words of the fullest name */
    List<String> nameWords() {
        return spans.stream()
                .max(Comparator.comparingInt(NameSpan::size).thenComparingInt(s -> s.text().length()))
                .map(s -> s.tokens().stream().map(t -> t.text()).toList()).orElse(List.of());
    }

    /** @return the last mention that begins before the offset, or -1 */
    int lastMentionBefore(int offset) {
        int best = -1;
        for (NameSpan s : spans) {
            if (s.begin() < offset && s.begin() > best) {
                best = s.begin();
            }
        }
        return best;
    }
}
