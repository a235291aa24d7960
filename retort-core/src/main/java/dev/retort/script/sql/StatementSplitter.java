package dev.retort.script.sql;

import java.util.List;
import java.util.Objects;

/**
 * Splits SQL script text into statements following a {@link SplitterSyntax}, in one pass and linear
 * time. Statements that hold only whitespace and comments are dropped, and so are comments standing
 * between statements, including one directly above a statement: a statement's text starts at its
 * first token, so its line and column point at SQL. The last statement needs no delimiter.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * var splitter = new StatementSplitter(SplitterSyntax.builder().dollarQuotes(true).build());
 * for (Statement statement : splitter.split(scriptBody, bodyFirstLine)) {
 *     run(statement.text());
 * }
 * }</pre>
 */
public final class StatementSplitter {
    private final SplitterSyntax syntax;

    /** A splitter that follows the given syntax. */
    public StatementSplitter(SplitterSyntax syntax) {
        this.syntax = Objects.requireNonNull(syntax, "syntax");
    }

    /** The syntax this splitter follows. */
    public SplitterSyntax syntax() {
        return syntax;
    }

    /**
     * Splits text whose first line is line 1.
     *
     * @see #split(String, int)
     */
    public List<Statement> split(String sql) {
        return split(sql, 1);
    }

    /**
     * Splits text into its statements, in order.
     *
     * @param sql the script text; any line endings ({@code \n}, {@code \r\n}, {@code \r})
     * @param firstLineNumber the line number of the text's first line in its file, at least 1; the
     *     lines of statements and errors count from it
     * @return the statements, possibly none; an immutable list
     * @throws StatementSplitException if a string, quoted identifier, block comment, dollar quote
     *     or compound block is not closed, or a {@code DELIMITER} line is malformed
     */
    public List<Statement> split(String sql, int firstLineNumber) {
        Objects.requireNonNull(sql, "sql");
        if (firstLineNumber < 1) {
            throw new IllegalArgumentException("firstLineNumber must be at least 1, got " + firstLineNumber);
        }
        return new Scan(sql, syntax, firstLineNumber).statements();
    }
}
