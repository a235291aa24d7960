package dev.retort.cli.toml;

import java.util.ArrayList;
import java.util.List;

/** Reads a key: bare ({@code url}), quoted ({@code "a b"}, {@code 'a'}) or dotted ({@code a . "b"}). Stateless. */
final class KeyParser {
    private KeyParser() {}

    /** The segments of the key at the cursor; leaves the cursor after any whitespace that follows. */
    static List<KeyPart> read(Cursor cursor) {
        List<KeyPart> key = new ArrayList<>(2);
        key.add(segment(cursor, "a key"));
        while (true) {
            cursor.skipWhitespace();
            if (cursor.peek() != '.') {
                return key;
            }
            cursor.advance();
            cursor.skipWhitespace();
            key.add(segment(cursor, "a key after '.'"));
        }
    }

    /** Characters of a bare key: ASCII letters, digits, '-' and '_'. */
    static boolean isBare(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || Cursor.isDigit(c) || c == '-' || c == '_';
    }

    private static KeyPart segment(Cursor cursor, String expected) {
        int start = cursor.position();
        int c = cursor.peek();
        if (c == '"' || c == '\'') {
            if (cursor.startsWith("\"\"\"") || cursor.startsWith("'''")) {
                throw cursor.error(start, "a multi-line string cannot be a key");
            }
            return new KeyPart(StringParser.singleLine(cursor, c), start);
        }
        if (!isBare(c)) {
            throw cursor.error(start, "expected " + expected + ", found " + cursor.found(start));
        }
        while (isBare(cursor.peek())) {
            cursor.advance();
        }
        return new KeyPart(cursor.text(start, cursor.position()), start);
    }
}
