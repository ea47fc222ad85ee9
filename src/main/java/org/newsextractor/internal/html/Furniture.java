package org.newsextractor.internal.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The elements of one page judged to be furniture. Elements are marked, not removed, so that CSS paths computed
 * later still describe the page as the browser sees it.
 */
final class Furniture {
    private final Set<Element> marked = Collections.newSetFromMap(new IdentityHashMap<>());

    void mark(Element e) {
        marked.add(e);
    }

    /** @return whether the element or one of its ancestors is furniture */
    boolean covers(Element e) {
        for (Element at = e; at != null; at = at.parent()) {
            if (marked.contains(at)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the element itself was marked */
    boolean isMarked(Element e) {
        return marked.contains(e);
    }
}
