package dev.retort.dialect.mariadb;

import dev.retort.dialect.LockHash;
import dev.retort.dialect.PollingLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * MariaDB's and MySQL's migration lock: a user lock of the session, polled with {@code
 * GET_LOCK(name, 0)} and released with {@code RELEASE_LOCK}, so that it ends with the holder's
 * connection. User locks are server-wide, so the lock's name ({@link #lockName}) holds the
 * database's name. On a Galera cluster a user lock holds on one node only: use {@link
 * dev.retort.dialect.LeaseLock} there. One thread at a time.
 */
final class MariaDbLock extends PollingLock {
    /** The longest user lock name MySQL accepts (5.7 and later); MariaDB accepts it too. */
    static final int MAX_NAME_LENGTH = 64;

    private static final int HASH_DIGITS = 16;
    private static final String HOLDER =
            "SELECT USER, HOST, COMMAND, TIME FROM information_schema.PROCESSLIST WHERE ID = ?";

    private final Connection connection;
    private final String name;
    private String lockName;

    MariaDbLock(Connection connection, String name) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * The user lock name of {@code name} in {@code database}: {@code database.name}, or when that
     * is longer than {@value #MAX_NAME_LENGTH} characters, its first 47 characters, {@code ~} and
     * the first 16 hex digits of SHA-256 of the whole (UTF-8), 64 characters in all.
     */
    static String lockName(String database, String name) {
        String full = database + "." + name;
        if (full.length() <= MAX_NAME_LENGTH) {
            return full;
        }
        int keep = MAX_NAME_LENGTH - HASH_DIGITS - 1;
        if (Character.isHighSurrogate(full.charAt(keep - 1))) {
            keep--;
        }
        return full.substring(0, keep) + "~" + LockHash.hexPrefix(full, HASH_DIGITS);
    }

    @Override
    protected boolean tryAcquire() throws SQLException {
        if (lockName == null) {
            lockName = lockName(currentDatabase(), name);
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            statement.setString(1, lockName);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        }
    }

    @Override
    protected Optional<Holder> holder() throws SQLException {
        long id;
        try (PreparedStatement statement = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            statement.setString(1, lockName);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
                if (rows.wasNull()) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(holder(id));
    }

    /**
     * {@code connection 57 (deploy from 10.0.0.5:51234, idle for 3 s)}: the id is the one {@code
     * KILL} takes. Without the PROCESS privilege the server hides other users' connections, and
     * only the id is known.
     */
    private Holder holder(long id) throws SQLException {
        String description = "connection " + id;
        try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    String command = rows.getString(3);
                    description += " (" + rows.getString(1) + " from " + rows.getString(2) + ", "
                            + ("Sleep".equals(command) ? "idle" : command) + " for " + rows.getLong(4) + " s)";
                }
            }
        }
        return new Holder(Long.toString(id), description);
    }

    @Override
    protected void release(boolean held) throws SQLException {
        // A closed connection has already given its user locks back.
        if (!held || connection.isClosed()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, lockName);
            statement.executeQuery().close();
        }
    }

    @Override
    protected String describe() {
        return "MariaDB user lock " + (lockName == null ? "for '" + name + "'" : "'" + lockName + "'");
    }

    /** The connection's default database; empty when it has none (the lock is then server-wide). */
    private String currentDatabase() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT DATABASE()");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            String database = rows.getString(1);
            return database == null ? "" : database;
        }
    }
}
