package dev.retort.dialect;

import java.time.Duration;

/** The migration lock stayed held by someone else for longer than the caller would wait. */
public final class LockTimeoutException extends RuntimeException {
    private final String holder;
    private final Duration waited;

    /** Waited {@code waited} for a lock {@code holder} kept. */
    public LockTimeoutException(String holder, Duration waited) {
        super("gave up waiting for the migration lock after " + waited.toSeconds() + " s; it is held by " + holder);
        this.holder = holder;
        this.waited = waited;
    }

    /** Who held the lock, as far as the database can tell. */
    public String holder() {
        return holder;
    }

    /** How long the caller waited. */
    public Duration waited() {
        return waited;
    }
}
