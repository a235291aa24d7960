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

    /** Releases the lock if held; safe to call twice. */
    @Override
    void close();

    /** Hears that {@link #acquire} is waiting, and for whom. */
    @FunctionalInterface
    interface LockWaitListener {
        /** The lock is held by {@code holder}: a description such as "pid 4242 on build-7 since 10:15:02". */
        void waiting(String holder);
    }
}
