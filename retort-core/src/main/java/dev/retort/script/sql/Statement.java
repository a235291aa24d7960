package dev.retort.script.sql;

import java.util.Objects;

/**
 * One statement cut from a script: its text exactly as written, where it starts, and the delimiter
 * that ended it. Immutable.
 *
 * @param text the original characters from the statement's first token to its last, comments
 *     between them kept; comments before the first token or after the last one, surrounding
 *     whitespace and the delimiter are not included. Never blank.
 * @param line the 1-based line of its first character, counted from the first line number the
 *     caller gave {@link StatementSplitter#split(String, int)}
 * @param column the 1-based column of its first character, counted in code points (a tab is one)
 * @param delimiter the delimiter that ended it as written ({@code ;} or the one a {@code DELIMITER}
 *     line set), or the empty string when the script ended first
 */
public record Statement(String text, int line, int column, String delimiter) {
    /** Checks that the text is present and the position is 1-based. */
    public Statement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(delimiter, "delimiter");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    /** Whether a delimiter ended this statement, rather than the end of the script. */
    public boolean hasDelimiter() {
        return !delimiter.isEmpty();
    }
}
