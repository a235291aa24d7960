package dev.retort.ops;

/** A migration asked for something only a live database has (its connection) while writing SQL offline. */
public final class OfflineException extends RuntimeException {
    /** Explains what was asked for. */
    public OfflineException(String message) {
        super(message);
    }
}
