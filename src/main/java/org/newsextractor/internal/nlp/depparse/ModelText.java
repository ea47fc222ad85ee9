package org.newsextractor.internal.nlp.depparse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the neural dependency parser's text model token by token straight from its bytes. The file is some
 * 6.5 million decimals; reading them as lines, split into strings and parsed one by one, is most of its load time.
 * Tokens are separated by single spaces and lines end with a line feed (a carriage return is ignored).
 */
final class ModelText {
    private static final int BUFFER = 1 << 16;
    /** Decimals with up to this many digits after the point and below this many units are read by {@link #fast}. */
    private static final int FAST_DECIMALS = 4;
    static final long FAST_LIMIT = 1_000_000;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private final byte[] token = new byte[256];
    private int tokenLength;

    ModelText(InputStream in) {
        this.in = in;
    }

    private int peek() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, BUFFER);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position];
    }

    /** Reads the next token of the current line into {@link #token}; false at the end of the line or file. */
    private boolean readToken() throws IOException {
        if (atLineEnd()) {
            return false;
        }
        int b = peek();
        tokenLength = 0;
        while (b != ' ' && b != '\n' && b != '\r' && b != -1) {
            if (tokenLength == token.length) {
                throw new IOException("token longer than " + token.length + " bytes in the parser model");
            }
            token[tokenLength++] = (byte) b;
            position++;
            b = peek();
        }
        return true;
    }

    private void requireToken() throws IOException {
        if (!readToken()) {
            throw new IOException("the parser model ends a line or the file too early");
        }
    }

    /** @return whether the current line has no more tokens (spaces skipped) */
    boolean atLineEnd() throws IOException {
        int b = peek();
        while (b == ' ' || b == '\r') {
            position++;
            b = peek();
        }
        return b == '\n' || b == -1;
    }

    /** Skips what is left of the current line and its line feed; false when the file ended first. */
    boolean endLine() throws IOException {
        for (int b = peek(); b != -1; b = peek()) {
            position++;
            if (b == '\n') {
                return true;
            }
        }
        return false;
    }

    /** @return the next token of the line as text (a word of the dictionary) */
    String word() throws IOException {
        requireToken();
        return new String(token, 0, tokenLength, StandardCharsets.UTF_8);
    }

    /** @return the value of a header line {@code name=value} */
    int headerValue() throws IOException {
        String line = word();
        endLine();
        return Integer.parseInt(line.substring(line.indexOf('=') + 1));
    }

    /** @return the next token as an integer */
    int nextInt() throws IOException {
        requireToken();
        return Integer.parseInt(new String(token, 0, tokenLength, StandardCharsets.US_ASCII));
    }

    /** @return the next token as a float, exactly as {@link Float#parseFloat} reads it */
    float nextFloat() throws IOException {
        requireToken();
        float value = fast(token, tokenLength);
        return Float.isNaN(value) ? Float.parseFloat(new String(token, 0, tokenLength, StandardCharsets.US_ASCII))
                : value;
    }

    /**
     * Reads a plain decimal such as {@code -0.0291}: units below {@link #FAST_LIMIT} after scaling to four
     * decimals. The value is the digits divided by 10^4 in double, then rounded to float; ModelTextTest checks
     * for every such value that this is the float {@link Float#parseFloat} gives.
     *
     * @return the value, or NaN for any other form (read the slow way)
     */
    static float fast(byte[] text, int length) {
        int i = 0;
        boolean negative = length > 0 && text[0] == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int decimals = -1;
        int start = i;
        for (; i < length; i++) {
            int b = text[i];
            if (b == '.' && decimals < 0) {
                decimals = 0;
            } else if (b >= '0' && b <= '9') {
                digits = digits * 10 + (b - '0');
                if (decimals >= 0) {
                    decimals++;
                }
                if (digits >= FAST_LIMIT * 10_000) {
                    return Float.NaN;
                }
            } else {
                return Float.NaN;
            }
        }
        if (i == start || decimals > FAST_DECIMALS || decimals == 0) {
            return Float.NaN;
        }
        for (int d = Math.max(decimals, 0); d < FAST_DECIMALS; d++) {
            digits *= 10;
        }
        if (digits >= FAST_LIMIT) {
            return Float.NaN;
        }
        float value = (float) (digits / 10_000.0);
        return negative ? -value : value;
    }
}
