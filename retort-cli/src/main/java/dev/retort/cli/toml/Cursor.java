package dev.retort.cli.toml;

/**
 * A read position in one document, with the whitespace, comment and new-line rules every part of
 * the grammar shares, and the one place errors get their line and column. One thread at a time.
 */
final class Cursor {
    static final int END = -1;

    private final String text;
    private int position;

    Cursor(String text) {
        this.text = text;
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        return position >= text.length();
    }

    /** The character here, or {@link #END}. */
    int peek() {
        return peek(0);
    }

    /** The character {@code ahead} places further on, or {@link #END}. */
    int peek(int ahead) {
        int index = position + ahead;
        return index < text.length() ? text.charAt(index) : END;
    }

    boolean startsWith(String prefix) {
        return text.startsWith(prefix, position);
    }

    void advance() {
        position++;
    }

    void advance(int count) {
        position += count;
    }

    String text(int from, int to) {
        return text.substring(from, to);
    }

    /** True at a new line: LF, or CR followed by LF. A lone CR is not one. */
    boolean atNewline() {
        int c = peek();
        return c == '\n' || (c == '\r' && peek(1) == '\n');
    }

    void skipNewline() {
        advance(peek() == '\r' ? 2 : 1);
    }

    void skipWhitespace() {
        int c = peek();
        while (c == ' ' || c == '\t') {
            position++;
            c = peek();
        }
    }

    /** Skips whitespace, comments and new lines, as arrays allow between their elements. */
    void skipBlank() {
        while (true) {
            skipWhitespace();
            if (peek() == '#') {
                skipComment();
            } else if (atNewline()) {
                skipNewline();
            } else {
                return;
            }
        }
    }

    /** Skips a comment up to, not including, the new line that ends it. */
    void skipComment() {
        advance();
        while (!atEnd() && !atNewline()) {
            int c = peek();
            if (isControl(c)) {
                throw error(position, found(position) + " is not allowed in a comment");
            }
            position++;
        }
    }

    /** Ends a line after {@code what} (a value, a header): only whitespace and a comment may follow. */
    void endLine(String what) {
        skipWhitespace();
        if (peek() == '#') {
            skipComment();
        }
        if (atEnd()) {
            return;
        }
        if (!atNewline()) {
            throw error(position, "expected a new line or a comment after " + what + ", found " + found(position));
        }
        skipNewline();
    }

    /** Control characters TOML forbids in strings and comments: all but tab, new lines included. */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t') || c == 0x7F;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    TomlException error(int offset, String message) {
        return new TomlException(message, lineOf(offset), columnOf(offset));
    }

    /** The 1-based line of an offset; counted on demand, since only errors need it. */
    int lineOf(int offset) {
        int line = 1;
        for (int index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
            line++;
        }
        return line;
    }

    /** "line L, column C" of an offset, for messages that mention where something started. */
    String where(int offset) {
        return "line " + lineOf(offset) + ", column " + columnOf(offset);
    }

    /** Columns count code points, as editors do, so a character outside the BMP counts once. */
    private int columnOf(int offset) {
        int end = Math.min(offset, text.length());
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        return text.codePointCount(lineStart, end) + 1;
    }

    /** The character at an offset in words fit for "found ...", so that invisible ones show. */
    String found(int offset) {
        if (offset >= text.length()) {
            return "the end of the file";
        }
        int c = text.codePointAt(offset);
        if (c == '\n' || (c == '\r' && offset + 1 < text.length() && text.charAt(offset + 1) == '\n')) {
            return "a new line";
        }
        if (c == '\r') {
            return "a carriage return without a line feed";
        }
        if (isControl(c)) {
            return String.format("control character U+%04X", c);
        }
        if (c == ' ') {
            return "a space";
        }
        if (c == '\t') {
            return "a tab";
        }
        String shown = "'" + new String(Character.toChars(c)) + "'";
        return c > 0x7E && !Character.isLetterOrDigit(c) ? shown + String.format(" (U+%04X)", c) : shown;
    }
}
