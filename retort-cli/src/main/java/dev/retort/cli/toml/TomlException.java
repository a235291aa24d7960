package dev.retort.cli.toml;

/**
 * A document that breaks a TOML 1.0 rule. The message says what is wrong (and what was expected)
 * without the position, so that the caller can prefix its own {@code file:line:column: }.
 */
public final class TomlException extends RuntimeException {
    private final int line;
    private final int column;

    TomlException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the offending character. */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the offending character, counted in Unicode code points (what editors
     * show), not in UTF-16 units.
     */
    public int column() {
        return column;
    }
}
