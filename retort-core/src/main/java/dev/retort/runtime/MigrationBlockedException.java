package dev.retort.runtime;

/**
 * An earlier revision failed (or its process died) after some of its statements took effect, so
 * the database is half-migrated; nothing runs until someone repairs it or stamps it.
 */
public final class MigrationBlockedException extends RuntimeException {
    private final transient HistoryRow failure;

    /** Blocked by the history row {@code failure}. */
    public MigrationBlockedException(HistoryRow failure) {
        super("revision " + failure.revision() + " " + failure.status());
        this.failure = failure;
    }

    /** The history row that blocks. */
    public HistoryRow failure() {
        return failure;
    }
}
