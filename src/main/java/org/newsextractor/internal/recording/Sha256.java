package org.newsextractor.internal.recording;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over a sequence of parts; each part is length-prefixed, so ("ab", "c") and ("a", "bc") differ. */
final class Sha256 {
    private final MessageDigest digest;

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    Sha256 add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    Sha256 add(byte[] part) {
        digest.update(Long.toString(part.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(part);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(String... parts) {
        Sha256 sha = new Sha256();
        for (String p : parts) {
            sha.add(p);
        }
        return sha.hex();
    }
}
