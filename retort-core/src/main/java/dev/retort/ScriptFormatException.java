package dev.retort;

import java.nio.file.Path;
import java.util.Optional;

/** A script file cannot be read or parsed, or a script directory or template is unusable. */
public final class ScriptFormatException extends RetortException {
    private final Path file;
    private final int line;

    /** A problem in {@code file} (may be null) at {@code line} (0 when not on one line). */
    public ScriptFormatException(String message, String hint, Path file, int line, Throwable cause) {
        super(ErrorCode.SCRIPT_FORMAT, message, hint, cause);
        this.file = file;
        this.line = line;
    }

    /** The file concerned, when there is one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The 1-based line, or 0. */
    public int line() {
        return line;
    }
}
