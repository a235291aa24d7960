package dev.retort.dialect;

import java.sql.Connection;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Which migration lock to take, as Retort's {@code lock = "native" | "lease"} setting says, and
 * how long a lease lasts. Immutable.
 *
 * <pre>{@code
 * LockSettings settings = LockSettings.of(LockSettings.kindNamed("lease"), Duration.ofSeconds(30));
 * try (MigrationLock lock = settings.lock(dialect, connection, dataSource::getConnection, "retort_version")) {
 *     lock.acquire(timeout, listener);
 * }
 * }</pre>
 *
 * @param kind the native lock of the database (the default), or a lease row
 * @param leaseTable the lease table's name; default {@value LeaseLock#DEFAULT_TABLE}
 * @param leaseDuration how long a lease lasts unless renewed; default 30 seconds
 */
public record LockSettings(Kind kind, String leaseTable, Duration leaseDuration) {
    /** The kinds of lock. */
    public enum Kind {
        /** The database's own lock: {@link Dialect#lock}. Gone at once when its holder dies. */
        NATIVE,
        /** A lease row: {@link LeaseLock}. Spans a cluster; a dead holder blocks for one lease. */
        LEASE;

        /** The name used in configuration: {@code native} or {@code lease}. */
        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Checks every part.
     *
     * @throws IllegalArgumentException if the lease is shorter than {@link LeaseLock#MIN_DURATION}
     *     or the table name is blank
     */
    public LockSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(leaseTable, "leaseTable");
        Objects.requireNonNull(leaseDuration, "leaseDuration");
        if (leaseTable.isBlank()) {
            throw new IllegalArgumentException("the lease table needs a name");
        }
        if (leaseDuration.compareTo(LeaseLock.MIN_DURATION) < 0) {
            throw new IllegalArgumentException("a lease must last at least " + LeaseLock.MIN_DURATION.toMillis()
                    + " ms, not " + leaseDuration.toMillis() + " ms");
        }
    }

    /** The default: the native lock (the lease settings are kept for when the kind changes). */
    public static LockSettings defaults() {
        return new LockSettings(Kind.NATIVE, LeaseLock.DEFAULT_TABLE, LeaseLock.DEFAULT_DURATION);
    }

    /** {@code kind}, with a lease of {@code leaseDuration} in the default table. */
    public static LockSettings of(Kind kind, Duration leaseDuration) {
        return new LockSettings(kind, LeaseLock.DEFAULT_TABLE, leaseDuration);
    }

    /**
     * The kind a configuration value names, ignoring case.
     *
     * @throws IllegalArgumentException for anything but {@code native} or {@code lease}, saying so
     */
    public static Kind kindNamed(String value) {
        Objects.requireNonNull(value, "value");
        for (Kind kind : Kind.values()) {
            if (kind.configName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown lock kind '" + value + "': expected 'native' or 'lease'");
    }

    /**
     * The lock these settings choose, for {@code name} in the database of {@code connection}.
     *
     * @param dialect the database's dialect
     * @param connection the connection the caller migrates on: the native lock is taken in its
     *     session; closing the lock leaves it open
     * @param connector opens the lease's own connection; the native lock does not use it
     * @param name what is locked: Retort passes the version table's name
     */
    public MigrationLock lock(Dialect dialect, Connection connection, LeaseLock.Connector connector, String name) {
        Objects.requireNonNull(dialect, "dialect");
        return switch (kind) {
            case NATIVE -> dialect.lock(Objects.requireNonNull(connection, "connection"), name);
            case LEASE -> new LeaseLock(dialect, connector, name, leaseTable, leaseDuration);
        };
    }
}
