package org.newsextractor.internal.guard;

/**
 * Replaces characters that carry no text with spaces before annotation: control characters other than line
 * breaks and tabs, unpaired surrogates, byte-order marks and the non-characters U+FFFE and U+FFFF. The text keeps
 * its length, so offsets stay valid for the original string.
 */
public final class CharacterBlanker {
    private CharacterBlanker() {
    }

    /**
     * @param text the text as received
     * @return the text with such characters replaced by spaces; the same instance if it had none
     */
    public static String blank(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    i++;   // a valid pair: keep both halves
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || isJunk(c);
            }
            if (bad) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isJunk(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }
}
