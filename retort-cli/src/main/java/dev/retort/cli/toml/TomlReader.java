package dev.retort.cli.toml;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parses a TOML 1.0 document, such as {@code retort.toml}, into plain Java values, and rejects
 * every spec violation with a {@link TomlException} that names the line and column. Thread-safe:
 * each call works on its own state.
 */
public final class TomlReader {
    private final Cursor cursor;
    private final ValueParser values;
    private final TableNode root = new TableNode(TableNode.Origin.HEADER);

    private TomlReader(String text) {
        this.cursor = new Cursor(text);
        this.values = new ValueParser(cursor);
    }

    /**
     * Parses a whole document in one pass.
     *
     * <pre>{@code
     * Map<String, Object> config = TomlReader.parse("url = \"sqlite:///app.db\"\n[env.test]\nurl = \"x\"\n");
     * String url = (String) config.get("url");
     * }</pre>
     *
     * <p>Values are {@link String}, {@link Long}, {@link Double}, {@link Boolean},
     * {@link java.time.OffsetDateTime}, {@link java.time.LocalDateTime}, {@link java.time.LocalDate},
     * {@link java.time.LocalTime}, {@code List<Object>} (arrays and arrays of tables) and
     * {@code Map<String, Object>} (tables and inline tables). Maps keep the order keys appear in
     * the document; all maps and lists are new, mutable, and belong to the caller.
     *
     * @param text the document; a leading byte-order mark is ignored, new lines may be LF or CRLF
     * @return the root table
     * @throws TomlException if the document breaks a TOML 1.0 rule
     */
    public static Map<String, Object> parse(String text) {
        Objects.requireNonNull(text, "text");
        // The byte-order mark is not content; dropping it keeps columns on line 1 as editors show them.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new TomlReader(body).document();
    }

    private Map<String, Object> document() {
        TableNode current = root;
        while (true) {
            cursor.skipWhitespace();
            int c = cursor.peek();
            if (c == Cursor.END) {
                return root.toMap();
            } else if (cursor.atNewline()) {
                cursor.skipNewline();
            } else if (c == '#') {
                cursor.skipComment();
            } else if (c == '[') {
                current = header();
                cursor.endLine("the table header");
            } else {
                values.keyValue(current);
                cursor.endLine("the value");
            }
        }
    }

    /** Reads {@code [key]} or {@code [[key]]} and returns the table that keys below it go into. */
    private TableNode header() {
        cursor.advance();
        boolean isArray = cursor.peek() == '[';
        if (isArray) {
            cursor.advance();
        }
        cursor.skipWhitespace();
        List<KeyPart> key = KeyParser.read(cursor);
        String close = isArray ? "]]" : "]";
        if (!cursor.startsWith(close)) {
            int at = cursor.position() + (isArray && cursor.peek() == ']' ? 1 : 0);
            String what = isArray ? "array-of-tables header" : "table header";
            throw cursor.error(at, "expected '" + close + "' to close the " + what + ", found " + cursor.found(at));
        }
        cursor.advance(close.length());
        return isArray ? root.appendTable(key, cursor) : root.openTable(key, cursor);
    }
}
