package dev.retort.dialect;

import java.time.Duration;

/**
 * The lock that lets many processes run {@code upgrade} on one database at once while every
 * revision is applied exactly once: whoever holds it migrates, the others wait. A holder that dies
 * (even by SIGKILL) must never leave the lock stuck. Two kinds exist: a native lock of the database
 * session (PostgreSQL advisory lock, MySQL {@code GET_LOCK}, a lock file beside a SQLite database)
 * and a lease row with a holder and an expiry (for clusters where the native lock is node-local,
 * such as MariaDB Galera). One thread at a time.
 */
public interface MigrationLock extends AutoCloseable {
    /**
     * Takes the lock, waiting at most {@code timeout}. While it waits it tells {@code listener},
     * once and then whenever the holder changes, who holds it.
     *
     * @throws LockTimeoutException when the lock is still held by someone else after {@code timeout}
     */
    void acquire(Duration timeout, LockWaitListener listener);

    /**
     * Whether this lock is held right now, as far as it knows without asking the database: true
     * from a successful {@link #acquire} until {@link #close}, except that a lease whose renewal
     * failed for longer than the lease, or found the lease taken over, is no longer held. A
     * migrator checks it before each revision so that it never goes on without the lock.
     */
    boolean isHeld();

    /**
     * Releases the lock if held, and frees whatever {@link #acquire} opened for it (never the
     * connection the caller passed in); safe to call twice, and before or without {@code acquire}.
     *
     * @throws LockFailedException if the database would not release it
     */
    @Override
    void close();

    /** Hears that {@link #acquire} is waiting, and for whom. */
    @FunctionalInterface
    interface LockWaitListener {
        /** The lock is held by {@code holder}: a description such as "pid 4242 on build-7 since 10:15:02". */
        void waiting(String holder);
    }
}
