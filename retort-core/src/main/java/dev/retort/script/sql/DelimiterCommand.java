package dev.retort.script.sql;

import dev.retort.script.sql.StatementSplitException.Kind;

/**
 * A client-side {@code DELIMITER xyz} line: the new statement terminator and where the line ends.
 *
 * @param delimiter the new terminator, one word without whitespace or backslash
 * @param end the offset of the line break ending the command (or of the end of the text)
 */
record DelimiterCommand(String delimiter, int end) {
    /** Reads the command whose {@code DELIMITER} word starts at {@code offset}. */
    static DelimiterCommand read(String sql, int offset, int wordEnd, LineCounter lines) {
        int lineEnd = Lexer.lineEnd(sql, offset);
        String value = sql.substring(wordEnd, lineEnd).strip();
        if (value.isEmpty()) {
            throw invalid(lines, offset, "put the new delimiter after it on the same line");
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(lines, offset, "put only the new delimiter after it, found '" + value + "'");
        }
        if (value.indexOf('\\') >= 0) {
            throw invalid(lines, offset, "a delimiter cannot contain a backslash, found '" + value + "'");
        }
        return new DelimiterCommand(value, lineEnd);
    }

    private static StatementSplitException invalid(LineCounter lines, int offset, String detail) {
        return new StatementSplitException(Kind.INVALID_DELIMITER_COMMAND, lines.positionOf(offset), detail);
    }
}
