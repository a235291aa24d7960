package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lease lock on one server: the lock contract with 2-second leases, and what only a lease
 * does (renewal, taking over an expired row, noticing that it was taken over).
 */
abstract class LeaseLockContractIT extends LockContractIT {
    static final Duration LEASE = Duration.ofSeconds(2);
    private static final String TABLE = LeaseLock.DEFAULT_TABLE;

    abstract Dialect dialect();

    @Override
    Contender contender(TestDatabase database, String name) {
        return contender(database, name, LEASE);
    }

    Contender contender(TestDatabase database, String name, Duration lease) {
        LeaseLock lock = new LeaseLock(dialect(), database::open, name, TABLE, lease);
        // The holder is shown by the pid and host it wrote into its row.
        return new Contender(lock, LocalProcess.current() + " since ", List.of());
    }

    @Override
    List<String> holderArguments(TestDatabase database, String name) {
        return arguments("lease", dialect().name(), database, name, LEASE);
    }

    @Override
    Duration freedAfterKill() {
        // The lease runs out at most LEASE after its last renewal, then a poll finds it.
        return LEASE.plusSeconds(4);
    }

    @Test
    void theHeartbeatRenewsTheLeaseWhileItIsHeld(TestDatabase database) throws Exception {
        try (Contender first = contender(database, NAME);
                Contender second = contender(database, NAME)) {
            first.lock().acquire(LONG, QUIET);

            assertThrows(
                    LockTimeoutException.class,
                    () -> second.lock().acquire(LEASE.multipliedBy(3).dividedBy(2), QUIET));
            assertTrue(first.lock().isHeld());
        }
    }

    @Test
    void anExpiredLeaseIsTakenOverAtOnce(TestDatabase database) throws Exception {
        try (Connection connection = database.open()) {
            execute(connection, dialect().createLeaseTable(dialect().identifier(TABLE)));
            execute(connection, "DELETE FROM " + TABLE);
            execute(
                    connection,
                    "INSERT INTO " + TABLE + " (name, holder, host, pid, acquired_at, expires_at)" + " VALUES ('" + NAME
                            + "', 'crashed', 'gone', 1, 0, 0)");
            try (Contender contender = contender(database, NAME)) {
                contender.lock().acquire(Duration.ZERO, QUIET);

                assertTrue(contender.lock().isHeld());
                assertEquals(List.of(Long.toString(ProcessHandle.current().pid())), pids(connection));
            }
        }
    }

    @Test
    void aLeaseTakenOverIsNoLongerHeldAndIsNotDeleted(TestDatabase database) throws Exception {
        try (Connection connection = database.open();
                Contender contender = contender(database, NAME, LeaseLock.MIN_DURATION)) {
            contender.lock().acquire(LONG, QUIET);
            execute(
                    connection,
                    "UPDATE " + TABLE + " SET holder = 'someone-else', pid = 1 WHERE name = '" + NAME + "'");

            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (contender.lock().isHeld() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertFalse(contender.lock().isHeld(), "the heartbeat did not notice that the lease was taken over");

            contender.lock().close();
            assertEquals(List.of("1"), pids(connection));
            execute(connection, "DELETE FROM " + TABLE);
        }
    }

    @Test
    void releasingDeletesTheRow(TestDatabase database) throws Exception {
        try (Connection connection = database.open();
                Contender contender = contender(database, NAME)) {
            contender.lock().acquire(LONG, QUIET);
            assertEquals(1, pids(connection).size());

            contender.lock().close();

            assertEquals(List.of(), pids(connection));
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> pids(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT pid FROM " + TABLE + " WHERE name = ?")) {
            statement.setString(1, NAME);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? List.of(Long.toString(rows.getLong(1))) : List.of();
            }
        }
    }
}
