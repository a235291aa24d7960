package dev.retort.cli.toml;

import java.util.List;

/** One segment of a dotted key, and the offset of its first character so errors can point at it. */
record KeyPart(String name, int offset) {
    /** The first {@code count} segments as they could be written back: {@code site."google.com"}. */
    static String display(List<KeyPart> key, int count) {
        StringBuilder shown = new StringBuilder();
        for (int index = 0; index < count; index++) {
            if (index > 0) {
                shown.append('.');
            }
            shown.append(quotedIfNeeded(key.get(index).name()));
        }
        return shown.toString();
    }

    private static boolean isBare(String name) {
        for (int index = 0; index < name.length(); index++) {
            if (!KeyParser.isBare(name.charAt(index))) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private static String quotedIfNeeded(String name) {
        if (isBare(name)) {
            return name;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (int index = 0; index < name.length(); index++) {
            char c = name.charAt(index);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (Cursor.isControl(c)) {
                quoted.append(String.format("\\u%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
