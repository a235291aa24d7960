package dev.retort.dialect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 digest of a lock's name, cut to the size a database accepts. Locks derive keys and
 * names from it in every Retort version the same way, because two versions running side by side
 * must exclude each other. Stateless.
 */
public final class LockHash {
    private LockHash() {}

    /** The first 8 bytes of SHA-256 of {@code text} in UTF-8, read as a big-endian signed long. */
    public static long first64Bits(String text) {
        byte[] digest = sha256(text);
        long bits = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            bits = (bits << 8) | (digest[i] & 0xFF);
        }
        return bits;
    }

    /** The first {@code digits} lowercase hex digits (at most 64) of SHA-256 of {@code text} in UTF-8. */
    public static String hexPrefix(String text, int digits) {
        return HexFormat.of().formatHex(sha256(text)).substring(0, digits);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }
}
