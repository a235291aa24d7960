package dev.retort.cli.toml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code key = value} pairs and values of every kind, including arrays and inline tables,
 * which nest. One instance per document, one thread at a time.
 */
final class ValueParser {
    /** Far beyond any real configuration; it keeps hostile input from overflowing the stack. */
    static final int MAX_NESTING = 128;

    private final Cursor cursor;
    private int nesting;

    ValueParser(Cursor cursor) {
        this.cursor = cursor;
    }

    /** Reads {@code key = value} into a table: the document's current one or an inline one. */
    void keyValue(TableNode table) {
        List<KeyPart> key = KeyParser.read(cursor);
        if (cursor.peek() != '=') {
            throw cursor.error(
                    cursor.position(),
                    "expected '=' after key '" + KeyPart.display(key, key.size()) + "', found "
                            + cursor.found(cursor.position()));
        }
        cursor.advance();
        cursor.skipWhitespace();
        int c = cursor.peek();
        if (c == Cursor.END || c == '#' || c == ',' || c == '}' || c == ']' || cursor.atNewline()) {
            throw cursor.error(cursor.position(), "missing value for key '" + KeyPart.display(key, key.size()) + "'");
        }
        table.put(key, value(), cursor);
    }

    private Object value() {
        int c = cursor.peek();
        if (c == '"' || c == '\'') {
            return StringParser.read(cursor);
        } else if (c == '[') {
            return array();
        } else if (c == '{') {
            return inlineTable();
        } else if (c == '+' || c == '-') {
            return NumberParser.read(cursor);
        } else if (Cursor.isDigit(c)) {
            return DateTimeParser.startsHere(cursor) ? DateTimeParser.read(cursor) : NumberParser.read(cursor);
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return word();
        }
        throw cursor.error(cursor.position(), "expected a value, found " + cursor.found(cursor.position()));
    }

    /** {@code true}, {@code false}, {@code inf}, {@code nan}; any other word is a string missing its quotes. */
    private Object word() {
        int start = cursor.position();
        while (KeyParser.isBare(cursor.peek())) {
            cursor.advance();
        }
        String word = cursor.text(start, cursor.position());
        if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
        }
        Double special = NumberParser.special(word);
        if (special != null) {
            return special;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false") || NumberParser.special(lower) != null) {
            throw cursor.error(start, "'" + word + "' must be written in lowercase: '" + lower + "'");
        }
        throw cursor.error(start, "invalid value '" + word + "'; a string must be in quotes");
    }

    private List<Object> array() {
        int start = enter();
        List<Object> items = new ArrayList<>();
        while (true) {
            cursor.skipBlank();
            if (cursor.peek() == ']') {
                return leave(items);
            }
            if (cursor.atEnd()) {
                throw unterminated("array", start);
            }
            items.add(value());
            cursor.skipBlank();
            int c = cursor.peek();
            if (c == ',') {
                cursor.advance();
            } else if (c == Cursor.END) {
                throw unterminated("array", start);
            } else if (c != ']') {
                throw cursor.error(
                        cursor.position(),
                        "expected ',' or ']' after an array element, found " + cursor.found(cursor.position()));
            }
        }
    }

    private Map<String, Object> inlineTable() {
        int start = enter();
        TableNode table = new TableNode(TableNode.Origin.INLINE);
        skipInlineSpace(start);
        if (cursor.peek() == '}') {
            return leave(table.toMap());
        }
        while (true) {
            keyValue(table);
            skipInlineSpace(start);
            int c = cursor.peek();
            if (c == '}') {
                return leave(table.toMap());
            }
            if (c != ',') {
                throw cursor.error(
                        cursor.position(),
                        "expected ',' or '}' after a value in an inline table, found "
                                + cursor.found(cursor.position()));
            }
            int comma = cursor.position();
            cursor.advance();
            skipInlineSpace(start);
            if (cursor.peek() == '}') {
                throw cursor.error(comma, "a trailing comma is not allowed in an inline table");
            }
        }
    }

    /** TOML 1.0 keeps inline tables on one line, though values inside (arrays) may span lines. */
    private void skipInlineSpace(int start) {
        cursor.skipWhitespace();
        if (cursor.atNewline()) {
            throw cursor.error(
                    cursor.position(), "new line inside an inline table; write it on one line or use a [table] header");
        }
        if (cursor.atEnd()) {
            throw unterminated("inline table", start);
        }
    }

    /** Steps past the opening bracket or brace; returns its offset. */
    private int enter() {
        int start = cursor.position();
        if (++nesting > MAX_NESTING) {
            throw cursor.error(start, "arrays and inline tables are nested more than " + MAX_NESTING + " deep");
        }
        cursor.advance();
        return start;
    }

    /** Steps past the closing bracket or brace. */
    private <T> T leave(T value) {
        nesting--;
        cursor.advance();
        return value;
    }

    private TomlException unterminated(String what, int start) {
        return cursor.error(cursor.position(), "unterminated " + what + " starting at " + cursor.where(start));
    }
}
