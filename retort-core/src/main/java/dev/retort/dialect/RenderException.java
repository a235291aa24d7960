package dev.retort.dialect;

/**
 * An operation this database cannot carry out, or cannot render without the live database. The
 * message names the database, the table or column, what is missing and what to do instead.
 */
public final class RenderException extends RuntimeException {
    /** With the whole message. */
    public RenderException(String message) {
        super(message);
    }

    /** With the whole message and what caused it (a failure to read the database). */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
