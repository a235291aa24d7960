package dev.retort.dialect.postgres;

import dev.retort.dialect.LockHash;
import dev.retort.dialect.PollingLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Objects;
import java.util.Optional;

/**
 * PostgreSQL's migration lock: a session-level advisory lock, polled with {@code
 * pg_try_advisory_lock} and released with {@code pg_advisory_unlock}, so that it ends with the
 * holder's session. Its key is {@link #key}, the same in every Retort version; a DBA finds it with
 *
 * <pre>{@code
 * SELECT ('x' || left(encode(sha256(convert_to(current_database(), 'UTF8') || '\x00'::bytea
 *         || convert_to('retort_version', 'UTF8')), 'hex'), 16))::bit(64)::bigint;
 * }</pre>
 *
 * One thread at a time.
 */
final class PostgresLock extends PollingLock {
    private static final String HOLDER = "SELECT a.pid, a.application_name, a.usename, host(a.client_addr),"
            + " a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
            + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND l.classid::bigint = ? AND l.objid::bigint = ?";

    private final Connection connection;
    private final String name;
    private String database;
    private long key;

    PostgresLock(Connection connection, String name) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * The advisory lock key of {@code name} in {@code database}: the first 8 bytes, big-endian,
     * of SHA-256 over the UTF-8 bytes of the database name, a zero byte, and the name (no
     * PostgreSQL name can hold a zero byte, so no two pairs meet).
     */
    static long key(String database, String name) {
        return LockHash.first64Bits(database + '\0' + name);
    }

    @Override
    protected boolean tryAcquire() throws SQLException {
        if (database == null) {
            database = currentDatabase();
            key = key(database, name);
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    @Override
    protected Optional<Holder> holder() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
            // An advisory lock on a bigint key shows its high half as classid, its low half as objid.
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(holder(
                        rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getTimestamp(5)));
            }
        }
    }

    /**
     * {@code backend pid 4242 'retort@build-7:311' (deploy from 10.0.0.5, connected since
     * 2026-01-31T10:15:02Z)}: the pid is the server's, for {@code pg_terminate_backend}; the
     * application name, which Retort sets, names the client. The server hides the address of
     * other users' sessions unless granted {@code pg_read_all_stats}.
     */
    private static Holder holder(int pid, String application, String user, String address, Timestamp start) {
        StringBuilder description = new StringBuilder("backend pid ").append(pid);
        if (application != null && !application.isEmpty()) {
            description.append(" '").append(application).append('\'');
        }
        StringBuilder details = new StringBuilder();
        if (user != null) {
            details.append(user);
        }
        if (address != null) {
            details.append(" from ").append(address);
        }
        if (start != null) {
            details.append(details.length() == 0 ? "" : ", ")
                    .append("connected since ")
                    .append(timestamp(start.toInstant()));
        }
        if (details.length() > 0) {
            description.append(" (").append(details.toString().strip()).append(')');
        }
        return new Holder(pid + "@" + start, description.toString());
    }

    @Override
    protected void release(boolean held) throws SQLException {
        // A closed session has already given its advisory locks back.
        if (!held || connection.isClosed()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key);
            statement.executeQuery().close();
        }
    }

    @Override
    protected String describe() {
        return "PostgreSQL advisory lock " + (database == null ? "" : key + " ") + "for '" + name + "'"
                + (database == null ? "" : " in database '" + database + "'");
    }

    private String currentDatabase() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_database()");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }
}
