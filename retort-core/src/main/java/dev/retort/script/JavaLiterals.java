package dev.retort.script;

import java.util.List;

/** Values written into Java source: string contents escaped, lists as quoted strings, class names. */
final class JavaLiterals {
    /** Generated Java scripts declare a package-private class of this prefix and the revision id. */
    static final String CLASS_PREFIX = "Migration_";

    private JavaLiterals() {}

    /** {@code text} escaped to sit between double quotes in Java source. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** {@code "a", "b"}: each item quoted and escaped; empty for no items. */
    static String strings(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append('"').append(escape(item)).append('"');
        }
        return out.toString();
    }

    /** The class a generated script declares for revision {@code id}: {@code Migration_<id>}. */
    static String className(String id) {
        return CLASS_PREFIX + id;
    }
}
