package dev.retort.script.sql;

/**
 * Script text cannot be split into statements because something opened is never closed, or a
 * {@code DELIMITER} line is malformed. Carries the 1-based line and column where the offending
 * construct starts; the caller adds the file.
 */
public final class StatementSplitException extends RuntimeException {
    /** What could not be split. */
    public enum Kind {
        /** A {@code '...'} string (or backslash-escaped {@code "..."} text) has no closing quote. */
        UNTERMINATED_STRING("unterminated string literal"),
        /** A {@code "..."}, {@code `...`} or {@code [...]} identifier has no closing quote. */
        UNTERMINATED_QUOTED_IDENTIFIER("unterminated quoted identifier"),
        /** A block comment has no closing star-slash. */
        UNTERMINATED_BLOCK_COMMENT("unterminated block comment"),
        /** A {@code $tag$} has no closing {@code $tag$}. */
        UNTERMINATED_DOLLAR_QUOTE("unterminated dollar-quoted string"),
        /** A {@code BEGIN}, {@code CASE}, {@code IF}... in a routine has no matching {@code END}. */
        UNTERMINATED_COMPOUND_BLOCK("unterminated compound block"),
        /** A {@code DELIMITER} line does not hold exactly one usable delimiter. */
        INVALID_DELIMITER_COMMAND("invalid DELIMITER command");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private final Kind kind;
    private final int line;
    private final int column;

    StatementSplitException(Kind kind, Position position, String detail) {
        super(message(kind, position, detail));
        this.kind = kind;
        this.line = position.line();
        this.column = position.column();
    }

    private static String message(Kind kind, Position position, String detail) {
        String where = kind == Kind.INVALID_DELIMITER_COMMAND ? " at line " : " starting at line ";
        return kind.description
                + where
                + position.line()
                + ", column "
                + position.column()
                + (detail.isEmpty() ? "" : ": " + detail);
    }

    /** What could not be split. */
    public Kind kind() {
        return kind;
    }

    /** The 1-based line where the offending construct starts, counted from the caller's first line. */
    public int line() {
        return line;
    }

    /** The 1-based column, in code points, where the offending construct starts. */
    public int column() {
        return column;
    }
}
