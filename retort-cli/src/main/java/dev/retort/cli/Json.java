package dev.retort.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes JSON for {@code --json} output from maps, collections, strings, numbers, booleans, paths
 * and nulls. Maps keep their insertion order so output is stable.
 */
final class Json {
    private Json() {}

    /** A new insertion-ordered object. */
    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, 0);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map, depth);
        } else if (value instanceof Collection<?> items) {
            appendArray(out, items, depth);
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof Path path) {
            appendString(out, path.toString());
        } else {
            appendString(out, value.toString());
        }
    }

    private static void appendObject(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            indent(out, depth + 1);
            appendString(out, String.valueOf(entry.getKey()));
            out.append(": ");
            append(out, entry.getValue(), depth + 1);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append('}');
    }

    private static void appendArray(StringBuilder out, Collection<?> items, int depth) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean simple = items.stream().noneMatch(item -> item instanceof Map || item instanceof Collection);
        if (simple) {
            out.append('[');
            int i = 0;
            for (Object item : items) {
                out.append(i++ == 0 ? "" : ", ");
                append(out, item, depth);
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        int i = 0;
        for (Object item : items) {
            indent(out, depth + 1);
            append(out, item, depth + 1);
            out.append(++i < items.size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append(']');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
