package org.newsextractor.internal.html;

import org.newsextractor.internal.HtmlTags;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Turns the story's containers into paragraphs: every block element (paragraph, heading, list item, quote,
 * text-only div) and every {@code <br>} ends a paragraph; inline elements run on. Furniture is skipped, and so
 * are paragraphs that are mostly link text ("Read more: ...").
 */
final class ParagraphCollector {
    private static final Set<String> BLOCK_TAGS = HtmlTags.of("paragraph-block");
    private static final double MAX_LINK_DENSITY = 0.5;

    /**
     * @param containers the story's containers, in page order
     * @param furniture  what to skip
     * @param skip       elements whose text is taken elsewhere (the headline)
     * @return the paragraphs in page order
     */
    List<Paragraph> collect(List<Element> containers, Furniture furniture, Set<Element> skip) {
        Walker walker = new Walker(furniture, skip);
        for (Element container : containers) {
            walker.open(container);
            container.filter(walker);
            walker.close(container);
        }
        return walker.paragraphs;
    }

    private static final class Walker implements NodeFilter {
        private final Furniture furniture;
        private final Set<Element> skip;
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final Deque<Element> blocks = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private Element source;

        Walker(Furniture furniture, Set<Element> skip) {
            this.furniture = furniture;
            this.skip = skip;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
                if (furniture.isMarked(e) || skip.contains(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.normalName().equals("br")) {
                    flush();
                } else if (BLOCK_TAGS.contains(e.normalName()) && depth > 0) {
                    open(e);
                }
            } else if (node instanceof TextNode t) {
                append(t);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName()) && depth > 0) {
                close(e);
            }
            return FilterResult.CONTINUE;
        }

        void open(Element block) {
            flush();
            blocks.push(block);
        }

        void close(Element block) {
            flush();
            if (!blocks.isEmpty() && blocks.peek() == block) {
                blocks.pop();
            }
        }

        private void append(TextNode t) {
            String words = t.getWholeText().replace('\u00a0', ' ');
            if (words.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                return;
            }
            if (text.isEmpty() || isBlankEnd()) {
                source = blocks.peek();
            }
            int before = text.length();
            text.append(words);
            if (insideLink(t)) {
                linkChars += text.length() - before;
            }
        }

        private boolean isBlankEnd() {
            return text.toString().isBlank();
        }

        private static boolean insideLink(TextNode t) {
            for (Node at = t.parent(); at instanceof Element e; at = e.parent()) {
                if (e.normalName().equals("a")) {
                    return true;
                }
            }
            return false;
        }

        private void flush() {
            String raw = text.toString();
            String collapsed = raw.replaceAll("\\s+", " ").strip();
            if (!collapsed.isEmpty() && source != null && linkChars <= raw.length() * MAX_LINK_DENSITY) {
                paragraphs.add(new Paragraph(collapsed, source));
            }
            text.setLength(0);
            linkChars = 0;
            source = null;
        }
    }
}
