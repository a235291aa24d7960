package dev.retort.script.sql;

import dev.retort.script.sql.StatementSplitException.Kind;

/**
 * Finds where each comment and quoted span of script text ends, following a {@link
 * SplitterSyntax}, and reports one that never ends. One thread at a time (it shares a {@link
 * LineCounter}).
 */
final class Lexer {
    private final String sql;
    private final SplitterSyntax syntax;
    private final LineCounter lines;

    Lexer(String sql, SplitterSyntax syntax, LineCounter lines) {
        this.sql = sql;
        this.syntax = syntax;
        this.lines = lines;
    }

    /** Where the first line break at or after {@code offset} is, or the text's length. */
    static int lineEnd(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The end of the comment starting at {@code offset}, or -1 when no comment starts there. */
    int commentEnd(int offset) {
        char c = sql.charAt(offset);
        if ((c == '-' && startsDashComment(offset)) || (c == '#' && syntax.hashComments())) {
            return lineEnd(sql, offset);
        }
        if (c == '/' && charAt(offset + 1) == '*') {
            return blockCommentEnd(offset);
        }
        return -1;
    }

    /** Whether the comment starting at {@code offset} is statement content for this syntax. */
    boolean isExecutableComment(int offset) {
        return syntax.executableComments() && (sql.startsWith("/*!", offset) || sql.startsWith("/*M!", offset));
    }

    /**
     * The end of the {@code '...'}, {@code "..."} or {@code `...`} text opening at {@code offset}: a
     * doubled quote stands for itself, and with {@code backslashes} a backslash escapes the next
     * character.
     */
    int quotedEnd(int offset, boolean backslashes) {
        return quotedEnd(offset, backslashes, offset);
    }

    /** As {@link #quotedEnd(int, boolean)}, for a literal whose prefix starts at {@code literalStart}. */
    int quotedEnd(int offset, boolean backslashes, int literalStart) {
        char quote = sql.charAt(offset);
        int i = offset + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == quote && charAt(i + 1) != quote) {
                return i + 1;
            }
            i += (c == quote || (backslashes && c == '\\')) ? 2 : 1;
        }
        Kind kind = quote == '\'' ? Kind.UNTERMINATED_STRING : Kind.UNTERMINATED_QUOTED_IDENTIFIER;
        throw new StatementSplitException(kind, lines.positionOf(literalStart), "");
    }

    /** The end of the {@code [...]} identifier opening at {@code offset}. */
    int bracketEnd(int offset) {
        int close = sql.indexOf(']', offset + 1);
        if (close < 0) {
            throw new StatementSplitException(Kind.UNTERMINATED_QUOTED_IDENTIFIER, lines.positionOf(offset), "");
        }
        return close + 1;
    }

    /** The end of the {@code $tag$} opening at {@code offset}, or -1 when no tag is there. */
    int dollarTagEnd(int offset) {
        int i = offset + 1;
        if (charAt(i) == '$') {
            return i + 1;
        }
        if (!WordCharacters.isStart(charAt(i))) {
            return -1;
        }
        i++;
        while (i < sql.length() && sql.charAt(i) != '$' && WordCharacters.isPart(sql.charAt(i))) {
            i++;
        }
        return charAt(i) == '$' ? i + 1 : -1;
    }

    /** The end of the dollar-quoted text whose opening tag spans {@code offset..tagEnd}. */
    int dollarQuoteEnd(int offset, int tagEnd) {
        String tag = sql.substring(offset, tagEnd);
        int close = sql.indexOf(tag, tagEnd);
        if (close < 0) {
            throw new StatementSplitException(
                    Kind.UNTERMINATED_DOLLAR_QUOTE, lines.positionOf(offset), "no closing " + tag);
        }
        return close + tag.length();
    }

    private boolean startsDashComment(int offset) {
        if (charAt(offset + 1) != '-') {
            return false;
        }
        int after = offset + 2;
        return !syntax.dashCommentNeedsSpace()
                || after == sql.length()
                || Character.isWhitespace(sql.charAt(after))
                || Character.isISOControl(sql.charAt(after));
    }

    private int blockCommentEnd(int offset) {
        int depth = 1;
        int i = offset + 2;
        while (i < sql.length()) {
            if (sql.charAt(i) == '*' && charAt(i + 1) == '/') {
                depth--;
                if (depth == 0) {
                    return i + 2;
                }
                i += 2;
            } else if (syntax.nestedBlockComments() && sql.charAt(i) == '/' && charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        throw new StatementSplitException(Kind.UNTERMINATED_BLOCK_COMMENT, lines.positionOf(offset), "");
    }

    /** The character at {@code index}, or NUL past the end, so look-ahead needs no bounds checks. */
    private char charAt(int index) {
        return index < sql.length() ? sql.charAt(index) : '\0';
    }
}
