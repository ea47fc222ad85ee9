package org.newsextractor.internal.guard;

import org.newsextractor.internal.HtmlTags;
import java.util.Locale;
import java.util.Set;

/**
 * Blanks HTML or XML markup found in plain-text input (a scraper that kept the tags): tags, comments and the
 * contents of {@code script} and {@code style} elements become spaces, and block-level tags ({@code <p>},
 * {@code <br>}, {@code <div>}, headings...) become a blank line, so paragraphs stay apart. The text keeps its
 * length, so offsets computed on the result point into the original string. Runs in linear time.
 */
public final class MarkupBlanker {
    /** A "tag" longer than this is ordinary text with a stray angle bracket. */
    private static final int MAX_TAG_CHARS = 2_000;
    private static final Set<String> BLOCK_TAGS = HtmlTags.of("markup-block");
    private static final Set<String> HIDDEN_CONTENT = HtmlTags.of("hidden-content");

    private MarkupBlanker() {
    }

    /**
     * @param text plain text that may hold markup
     * @return the same text with markup replaced by spaces (line breaks kept); the same instance if none found
     */
    public static String blank(String text) {
        int lt = text.indexOf('<');
        if (lt < 0) {
            return text;
        }
        StringBuilder out = null;
        int n = text.length();
        int nextGt = -1;
        int nextLt = -1;
        boolean noCommentEnd = false;
        for (int i = lt; i >= 0 && i < n; i = text.indexOf('<', i + 1)) {
            if (text.startsWith("<!--", i)) {
                int close = noCommentEnd ? -1 : text.indexOf("-->", i + 4);
                if (close < 0) {
                    noCommentEnd = true;   // later comments cannot close either: do not search again
                    continue;
                }
                out = blankRange(out, text, i, close + 3, false);
                i = close + 2;
                continue;
            }
            if (nextGt <= i) {
                nextGt = text.indexOf('>', i + 1);
                if (nextGt < 0) {
                    break;   // no tag can close any more
                }
            }
            if (nextLt <= i) {
                nextLt = text.indexOf('<', i + 1);
                if (nextLt < 0) {
                    nextLt = n;
                }
            }
            if (nextLt < nextGt || nextGt - i > MAX_TAG_CHARS) {
                continue;
            }
            String name = tagName(text, i + 1, nextGt);
            if (name == null) {
                continue;
            }
            boolean closing = text.charAt(i + 1) == '/';
            out = blankRange(out, text, i, nextGt + 1, BLOCK_TAGS.contains(name));
            int end = nextGt;
            if (!closing && HIDDEN_CONTENT.contains(name)) {
                int closeTag = findClosingTag(text, nextGt + 1, name);
                if (closeTag >= 0) {
                    out = blankRange(out, text, nextGt + 1, closeTag, false);
                    end = closeTag - 1;
                }
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    /** @return the lower-case tag name of {@code <name ...>}, {@code </name>} or {@code <!DOCTYPE>}, or null */
    private static String tagName(String text, int from, int gt) {
        int i = from;
        if (i < gt && (text.charAt(i) == '/' || text.charAt(i) == '!' || text.charAt(i) == '?')) {
            i++;
        }
        int start = i;
        while (i < gt && i - start < 20 && isNameChar(text.charAt(i))) {
            i++;
        }
        if (i == start || !isAsciiLetter(text.charAt(start))) {
            return null;
        }
        if (i < gt && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '/') {
            return null;
        }
        return text.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static int findClosingTag(String text, int from, String name) {
        for (int j = text.indexOf("</", from); j >= 0; j = text.indexOf("</", j + 2)) {
            if (text.regionMatches(true, j + 2, name, 0, name.length())) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_');
    }

    /** Spaces over [begin, end), keeping line breaks; a block tag starts with a blank line instead. */
    private static StringBuilder blankRange(StringBuilder out, String text, int begin, int end, boolean block) {
        StringBuilder b = out == null ? new StringBuilder(text) : out;
        for (int k = begin; k < end; k++) {
            char c = text.charAt(k);
            if (c != '\n' && c != '\r') {
                b.setCharAt(k, ' ');
            }
        }
        if (block && end - begin >= 3) {
            b.setCharAt(begin, '\n');
            b.setCharAt(begin + 1, '\n');
        }
        return b;
    }
}
