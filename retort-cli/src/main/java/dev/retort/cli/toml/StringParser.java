package dev.retort.cli.toml;

/**
 * Reads the four TOML string forms (basic, literal, and their multi-line variants) from the
 * opening quote to just past the closing one. Stateless.
 */
final class StringParser {
    private static final String ESCAPES = "expected one of \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX";

    private StringParser() {}

    /** Any string form, chosen by the quotes at the cursor. */
    static String read(Cursor cursor) {
        if (cursor.startsWith("\"\"\"")) {
            return multiLine(cursor, '"');
        }
        if (cursor.startsWith("'''")) {
            return multiLine(cursor, '\'');
        }
        return singleLine(cursor, cursor.peek());
    }

    /** A basic ({@code "}) or literal ({@code '}) string on one line, as values and keys use. */
    static String singleLine(Cursor cursor, int quote) {
        int start = cursor.position();
        cursor.advance();
        StringBuilder content = new StringBuilder();
        while (true) {
            int c = cursor.peek();
            if (c == quote) {
                cursor.advance();
                return content.toString();
            }
            if (c == Cursor.END || cursor.atNewline()) {
                throw unterminated(cursor, "string", start);
            }
            if (c == '\\' && quote == '"') {
                escape(cursor, content);
            } else {
                character(cursor, content);
            }
        }
    }

    private static String multiLine(Cursor cursor, char quote) {
        int start = cursor.position();
        cursor.advance(3);
        // The spec trims a new line right after the opening quotes, so text can start on line two.
        if (cursor.atNewline()) {
            cursor.skipNewline();
        }
        StringBuilder content = new StringBuilder();
        while (true) {
            int c = cursor.peek();
            if (c == quote) {
                if (closes(cursor, quote, content)) {
                    return content.toString();
                }
            } else if (c == Cursor.END) {
                throw unterminated(cursor, "multi-line string", start);
            } else if (cursor.atNewline()) {
                // CRLF becomes LF so a value does not depend on how the file was saved.
                cursor.skipNewline();
                content.append('\n');
            } else if (c == '\\' && quote == '"') {
                if (!trimmedLineEnd(cursor)) {
                    escape(cursor, content);
                }
            } else {
                character(cursor, content);
            }
        }
    }

    /**
     * Reads a run of quotes. Three or more close the string; up to two of them before the closing
     * three belong to the content ({@code """a""""} is {@code a"}). Fewer than three are content.
     */
    private static boolean closes(Cursor cursor, char quote, StringBuilder content) {
        int run = 0;
        while (cursor.peek(run) == quote) {
            run++;
        }
        int kept = run < 3 ? run : Math.min(run - 3, 2);
        content.append(String.valueOf(quote).repeat(kept));
        cursor.advance(run < 3 ? run : kept + 3);
        return run >= 3;
    }

    /** A backslash at the end of a line (spaces allowed) drops it and all whitespace after it. */
    private static boolean trimmedLineEnd(Cursor cursor) {
        int ahead = 1;
        while (cursor.peek(ahead) == ' ' || cursor.peek(ahead) == '\t') {
            ahead++;
        }
        int next = cursor.peek(ahead);
        if (next != '\n' && !(next == '\r' && cursor.peek(ahead + 1) == '\n')) {
            return false;
        }
        cursor.advance(ahead);
        while (cursor.atNewline() || cursor.peek() == ' ' || cursor.peek() == '\t') {
            if (cursor.atNewline()) {
                cursor.skipNewline();
            } else {
                cursor.advance();
            }
        }
        return true;
    }

    private static void character(Cursor cursor, StringBuilder content) {
        int c = cursor.peek();
        if (Cursor.isControl(c)) {
            throw cursor.error(cursor.position(), cursor.found(cursor.position()) + " is not allowed in a string");
        }
        content.append((char) c);
        cursor.advance();
    }

    private static void escape(Cursor cursor, StringBuilder content) {
        int start = cursor.position();
        cursor.advance();
        int c = cursor.peek();
        cursor.advance();
        switch (c) {
            case 'b' -> content.append('\b');
            case 't' -> content.append('\t');
            case 'n' -> content.append('\n');
            case 'f' -> content.append('\f');
            case 'r' -> content.append('\r');
            case '"' -> content.append('"');
            case '\\' -> content.append('\\');
            case 'u' -> content.appendCodePoint(unicode(cursor, start, 4));
            case 'U' -> content.appendCodePoint(unicode(cursor, start, 8));
            default -> throw cursor.error(start, invalidEscape(cursor, start));
        }
    }

    private static String invalidEscape(Cursor cursor, int start) {
        int c = cursor.peek(-1);
        boolean visible = c > 0x20 && c < 0x7F;
        String shown = visible ? "'\\" + (char) c + "'" : ": '\\' followed by " + cursor.found(start + 1);
        return "invalid escape sequence" + (visible ? " " : "") + shown + "; " + ESCAPES;
    }

    private static int unicode(Cursor cursor, int start, int digits) {
        int codePoint = 0;
        for (int index = 0; index < digits; index++) {
            int value = Character.digit(cursor.peek(), 16);
            if (cursor.peek() > 0x7F || value < 0) {
                String escape = digits == 4 ? "\\u" : "\\U";
                throw cursor.error(
                        cursor.position(),
                        "expected " + digits + " hexadecimal digits after '" + escape + "', found "
                                + cursor.found(cursor.position()));
            }
            codePoint = codePoint * 16 + value;
            cursor.advance();
        }
        // Surrogates and values past U+10FFFF are not characters, so TOML forbids them.
        if ((codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF || codePoint < 0) {
            throw cursor.error(
                    start,
                    "escape '" + cursor.text(start, cursor.position()) + "' is not a Unicode scalar value"
                            + " (surrogates D800-DFFF and values above 10FFFF are not allowed)");
        }
        return codePoint;
    }

    private static TomlException unterminated(Cursor cursor, String what, int start) {
        return cursor.error(cursor.position(), "unterminated " + what + " starting at " + cursor.where(start));
    }
}
