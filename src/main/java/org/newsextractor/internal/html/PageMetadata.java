package org.newsextractor.internal.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * What a page says about its story apart from the body text.
 *
 * @param title       the headline
 * @param titleSource the element the headline was read from (an {@code h1}, a {@code meta} or the {@code title})
 * @param published   the publication date
 * @param authors     the byline's authors
 * @param jsonLd      the page's JSON-LD article, whose {@code articleBody} stands in when the page shows no body
 */
record PageMetadata(Optional<String> title, Optional<Element> titleSource, Optional<LocalDate> published,
                    List<String> authors, Optional<JsonLdArticle> jsonLd) {

    /** @return whether the headline was read from a heading shown on the page */
    boolean titleIsHeading() {
        return titleSource.map(e -> e.normalName().matches("h[1-6]")).orElse(false);
    }
}
