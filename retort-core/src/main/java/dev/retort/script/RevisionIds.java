package dev.retort.script;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Makes and checks revision ids: letters, digits and underscores; generated ones are 12 hex digits. */
public final class RevisionIds {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RevisionIds() {}

    /** A fresh random id of 12 lowercase hex digits. */
    public static String generate() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** True when {@code id} may be used as a revision id or branch label. */
    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
