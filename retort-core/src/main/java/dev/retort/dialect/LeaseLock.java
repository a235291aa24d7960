package dev.retort.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A migration lock kept as a committed row with a holder and an expiry, for clusters where the
 * native lock holds on one node only (MariaDB Galera: {@code GET_LOCK} succeeds on every node).
 *
 * <p>The table ({@value #DEFAULT_TABLE} unless told otherwise, made on first use) has one row per
 * held lock: {@code name} (the primary key), {@code holder} (a random token of the lock object),
 * {@code host}, {@code pid}, and {@code acquired_at} and {@code expires_at} in milliseconds since
 * 1970 by the database's clock ({@link Dialect#currentTimeMillis()}), so that the hosts' clocks
 * never matter. Acquiring inserts the row, or takes over a row whose lease has expired with an
 * {@code UPDATE} that only succeeds while it is still expired; a daemon thread renews the lease
 * every third of its duration; closing deletes the row. A holder that dies without closing leaves
 * a row that expires, after which others take it over: never stuck for longer than the lease.
 *
 * <p>The lease has a connection of its own from the {@link Connector}, opened by {@code acquire}
 * and closed by {@code close}, because its statements must commit at once whatever the migrator
 * does in its transactions. One thread at a time; the heartbeat is synchronized with it.
 *
 * <pre>{@code
 * try (MigrationLock lock = new LeaseLock(dialect, dataSource::getConnection, "retort_version")) {
 *     lock.acquire(Duration.ofMinutes(5), holder -> listener.waiting(holder));
 *     ...
 * }
 * }</pre>
 */
public final class LeaseLock extends PollingLock {
    /** The lease table's default name. */
    public static final String DEFAULT_TABLE = "retort_lock";

    /** How long a lease lasts unless renewed, by default: 30 seconds. */
    public static final Duration DEFAULT_DURATION = Duration.ofSeconds(30);

    /** The shortest lease allowed: 1 second. */
    public static final Duration MIN_DURATION = Duration.ofSeconds(1);

    private static final System.Logger LOG = System.getLogger(LeaseLock.class.getName());
    private static final int MAX_HOST_LENGTH = 255;

    /** Opens connections for the lease. */
    @FunctionalInterface
    public interface Connector {
        /** A new connection to the database the lease table is in; the lock closes it. */
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final String name;
    private final String tableName;
    private final Duration duration;
    private final String token = UUID.randomUUID().toString();
    private final LocalProcess self = LocalProcess.current();
    private final String createTable;
    private final String probeTable;
    private final String select;
    private final String insert;
    private final String takeOver;
    private final String renew;
    private final String delete;

    private Connection connection;
    private boolean tableReady;
    private ScheduledExecutorService heartbeat;
    private volatile boolean lost;
    private volatile long validUntilNanos;

    /** A lease on {@code name} in table {@value #DEFAULT_TABLE}, lasting {@link #DEFAULT_DURATION}. */
    public LeaseLock(Dialect dialect, Connector connector, String name) {
        this(dialect, connector, name, DEFAULT_TABLE, DEFAULT_DURATION);
    }

    /**
     * A lease on {@code name}.
     *
     * @param dialect the database's dialect, for its clock and the table's DDL
     * @param connector opens the lease's own connection
     * @param name what is locked: Retort passes the version table's name
     * @param table the lease table's name (unquoted); made if absent
     * @param duration how long a lease lasts unless renewed (renewed every third of it); at least
     *     {@link #MIN_DURATION}. A holder killed without closing blocks others for this long.
     * @throws IllegalArgumentException if {@code duration} is shorter than {@link #MIN_DURATION}
     */
    public LeaseLock(Dialect dialect, Connector connector, String name, String table, Duration duration) {
        Objects.requireNonNull(dialect, "dialect");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.name = Objects.requireNonNull(name, "name");
        this.tableName = Objects.requireNonNull(table, "table");
        this.duration = Objects.requireNonNull(duration, "duration");
        if (duration.compareTo(MIN_DURATION) < 0) {
            throw new IllegalArgumentException("a lease must last at least " + MIN_DURATION.toMillis() + " ms, not "
                    + duration.toMillis() + " ms");
        }
        String quoted = dialect.identifier(table);
        String now = "(" + dialect.currentTimeMillis() + ")";
        createTable = dialect.createLeaseTable(quoted);
        probeTable = "SELECT 1 FROM " + quoted + " WHERE 1 = 0";
        select = "SELECT holder, host, pid, acquired_at, expires_at, " + now + " FROM " + quoted + " WHERE name = ?";
        insert = "INSERT INTO " + quoted + " (name, holder, host, pid, acquired_at, expires_at) VALUES (?, ?, ?, ?, "
                + now + ", " + now + " + ?)";
        takeOver = "UPDATE " + quoted + " SET holder = ?, host = ?, pid = ?, acquired_at = " + now + ", expires_at = "
                + now + " + ? WHERE name = ? AND expires_at <= " + now;
        renew = "UPDATE " + quoted + " SET expires_at = " + now + " + ? WHERE name = ? AND holder = ?";
        delete = "DELETE FROM " + quoted + " WHERE name = ? AND holder = ?";
    }

    /**
     * {@inheritDoc}
     *
     * <p>A lease is also no longer held once a renewal found it taken over, or renewals have
     * failed for longer than the lease lasts.
     */
    @Override
    public boolean isHeld() {
        return super.isHeld() && !lost && System.nanoTime() - validUntilNanos < 0;
    }

    @Override
    protected synchronized boolean tryAcquire() throws SQLException {
        Connection current = connection();
        createTable(current);
        long before = System.nanoTime();
        Optional<Row> row = read(current);
        boolean taken;
        if (row.isEmpty()) {
            taken = insert(current);
        } else if (row.get().token().equals(token)) {
            // Still ours although renewals failed for a while: nobody took it over.
            taken = extend(current);
        } else if (row.get().hasExpired()) {
            taken = takeOver(current);
        } else {
            taken = false;
        }
        if (taken) {
            lost = false;
            validUntilNanos = before + duration.toNanos();
            startHeartbeat();
        }
        return taken;
    }

    @Override
    protected synchronized Optional<Holder> holder() throws SQLException {
        return read(connection()).filter(row -> !row.hasExpired()).map(Row::holder);
    }

    @Override
    protected void release(boolean held) throws SQLException {
        stopHeartbeat();
        synchronized (this) {
            try {
                if (held && !lost) {
                    try (PreparedStatement statement = connection().prepareStatement(delete)) {
                        statement.setString(1, name);
                        statement.setString(2, token);
                        statement.executeUpdate();
                    }
                }
            } finally {
                closeConnection();
            }
        }
    }

    @Override
    protected String describe() {
        return "lease lock '" + name + "' in table '" + tableName + "'";
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            Connection opened = connector.connect();
            try {
                opened.setAutoCommit(true);
            } catch (SQLException e) {
                opened.close();
                throw e;
            }
            connection = opened;
        }
        return connection;
    }

    private void closeConnection() throws SQLException {
        Connection closing = connection;
        connection = null;
        if (closing != null) {
            closing.close();
        }
    }

    private void createTable(Connection current) throws SQLException {
        if (tableReady) {
            return;
        }
        try (Statement statement = current.createStatement()) {
            statement.execute(createTable);
        } catch (SQLException e) {
            // Several processes creating it at once: some fail (PostgreSQL: a duplicate key in
            // pg_type) although the table now exists, which is all we need.
            try (Statement statement = current.createStatement()) {
                statement.executeQuery(probeTable).close();
            } catch (SQLException missing) {
                e.addSuppressed(missing);
                throw e;
            }
        }
        tableReady = true;
    }

    private Optional<Row> read(Connection current) throws SQLException {
        try (PreparedStatement statement = current.prepareStatement(select)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getLong(3),
                        rows.getLong(4),
                        rows.getLong(5),
                        rows.getLong(6)));
            }
        }
    }

    private boolean insert(Connection current) throws SQLException {
        try (PreparedStatement statement = current.prepareStatement(insert)) {
            statement.setString(1, name);
            statement.setString(2, token);
            statement.setString(3, host());
            statement.setLong(4, self.pid());
            statement.setLong(5, duration.toMillis());
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            // Someone inserted first (a duplicate key, or a certification conflict on Galera).
            if (isContention(e) || read(current).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    private boolean takeOver(Connection current) throws SQLException {
        try (PreparedStatement statement = current.prepareStatement(takeOver)) {
            statement.setString(1, token);
            statement.setString(2, host());
            statement.setLong(3, self.pid());
            statement.setLong(4, duration.toMillis());
            statement.setString(5, name);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (isContention(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Moves the expiry of this lock's own row a lease ahead; false if the row is not ours. */
    private boolean extend(Connection current) throws SQLException {
        try (PreparedStatement statement = current.prepareStatement(renew)) {
            statement.setLong(1, duration.toMillis());
            statement.setString(2, name);
            statement.setString(3, token);
            return statement.executeUpdate() == 1;
        }
    }

    /** Integrity violations (class 23) and transaction rollbacks (class 40: deadlocks, conflicts). */
    private static boolean isContention(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("23") || state.startsWith("40"));
    }

    private String host() {
        String host = self.host();
        return host.length() <= MAX_HOST_LENGTH ? host : host.substring(0, MAX_HOST_LENGTH);
    }

    private void startHeartbeat() {
        if (heartbeat != null) {
            heartbeat.shutdown();
        }
        long period = duration.toMillis() / 3;
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "retort-lease-" + name);
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    private void stopHeartbeat() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = heartbeat;
            heartbeat = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            stopping.awaitTermination(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The heartbeat: never throws, since a periodic task that throws is silently cancelled. */
    private synchronized void renew() {
        if (heartbeat == null) {
            return;
        }
        long before = System.nanoTime();
        try {
            if (extend(connection())) {
                validUntilNanos = before + duration.toNanos();
                return;
            }
            lost = true;
            heartbeat.shutdown();
            LOG.log(
                    System.Logger.Level.WARNING,
                    "the {0} was taken over by someone else (or its row deleted); this process no longer holds it",
                    describe());
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not renew the " + describe() + "; trying again", e);
            dropConnection();
        }
    }

    /** Closes a connection that failed, so that the next renewal opens a new one. */
    private void dropConnection() {
        try {
            closeConnection();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not close the failed connection of the " + describe(), e);
        }
    }

    /** One row of the lease table, with the database's time when it was read. */
    private record Row(String token, String host, long pid, long acquiredAt, long expiresAt, long now) {
        boolean hasExpired() {
            return expiresAt <= now;
        }

        Holder holder() {
            long seconds = Math.max(0, (expiresAt - now + 999) / 1000);
            return new Holder(
                    token,
                    "pid " + pid + " on " + host + " since " + timestamp(Instant.ofEpochMilli(acquiredAt))
                            + ", lease expires in " + seconds + " s");
        }
    }
}
