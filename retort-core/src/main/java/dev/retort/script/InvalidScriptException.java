package dev.retort.script;

import java.nio.file.Path;

/**
 * A script file cannot be read, or its header or sections are malformed. Carries the file and the
 * 1-based line (0 when the problem is not on one line).
 */
public final class InvalidScriptException extends RuntimeException {
    private final Path file;
    private final int line;

    /** A problem in {@code file} at {@code line} (0 for the whole file). */
    public InvalidScriptException(Path file, int line, String message) {
        this(file, line, message, null);
    }

    /** A problem in {@code file} at {@code line}, caused by {@code cause}. */
    public InvalidScriptException(Path file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    /** The script file. */
    public Path file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
