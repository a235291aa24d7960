package dev.retort;

import java.util.Objects;
import java.util.Optional;

/**
 * The root of every failure Retort reports to its caller. The message says what went wrong and
 * where; the optional hint names the next command to run.
 */
public class RetortException extends RuntimeException {
    private final ErrorCode code;
    private final String hint;

    /** A failure of the given kind with a message and an optional hint (may be null). */
    public RetortException(ErrorCode code, String message, String hint) {
        this(code, message, hint, null);
    }

    /** A failure of the given kind caused by another exception, kept as the cause. */
    public RetortException(ErrorCode code, String message, String hint, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.hint = hint;
    }

    /** The kind of failure, which decides the exit code. */
    public ErrorCode code() {
        return code;
    }

    /** The next step for the user, when there is one. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
