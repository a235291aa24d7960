package dev.retort.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checksums of script text. The text is normalised first (a leading byte-order mark dropped, CRLF
 * and CR turned into LF) so that a checkout on another system gives the same value; the algorithm
 * (SHA-256 over UTF-8) is fixed, so values stay stable across Retort versions.
 */
public final class Checksums {
    private Checksums() {}

    /** The checksum of {@code text} as 64 lowercase hex digits. */
    public static String of(String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (normalized.indexOf('\r') >= 0) {
            normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
        }
        return ofBytes(normalized.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The SHA-256 of {@code bytes} as 64 lowercase hex digits, without normalisation: the checksum of
     * a migration class compiled into the application (its class file).
     */
    public static String ofBytes(byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
