package dev.retort.models;

import java.util.Objects;

/**
 * The models could not be read: a missing file, a statement the scratch database refused, a class
 * that cannot be loaded. Carries a hint with the next thing to try.
 */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    /** A failure with its message and hint, and the cause if there is one (may be null). */
    public ModelException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    /** What to try next. */
    public String hint() {
        return hint;
    }
}
