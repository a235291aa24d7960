package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second {@code retort upgrade} while a first one holds the migration lock: it says who holds it
 * and waits, then finds nothing left to do; or, with {@code lock_timeout = 1}, gives up naming the
 * holder and changes nothing. The first one is held inside its revision by a gate the test opens
 * (on SQLite, which cannot wait for anything, by a query that counts for some seconds).
 */
class LockWaitIT {
    static final String WAITING = "Waiting for the migration lock, held by ";
    static final String SLOW_REVISION_RUNNING = "Running upgrade a1 -> a2, slow ...";
    static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    Path root;

    ProjectFolder project;

    /** Keeps the revision that holds the migration lock inside one of its statements until opened. */
    interface Gate extends AutoCloseable {
        /** The statement that waits at the gate. */
        String statement();

        /** Lets the statement go on; safe to call twice. */
        void open() throws SQLException;

        @Override
        default void close() throws SQLException {
            open();
        }
    }

    abstract class Body {
        TestDatabase database;
        Path config;

        abstract DatabaseExtension databases();

        /** Closes a gate in {@code database}. */
        abstract Gate gate(TestDatabase database) throws SQLException;

        /**
         * The database once the first process has stopped at the gate: on a database without
         * transactional DDL, what ran before the gate shows up a moment after the progress line.
         */
        static DatabaseState settled(TestDatabase database) throws Exception {
            DatabaseState last = DatabaseState.read(database);
            for (int i = 0; i < 50; i++) {
                Thread.sleep(200);
                DatabaseState now = DatabaseState.read(database);
                if (now.equals(last)) {
                    return now;
                }
                last = now;
            }
            return last;
        }

        /** Whether the gate holds the first process until opened, rather than for a while. */
        abstract boolean gated();

        /** Checks that {@code holder}, as the waiting line shows it, is the process {@code first}. */
        abstract void assertHolderIs(String holder, RetortProcess first) throws SQLException;

        @BeforeEach
        void project() {
            database = databases().newDatabase();
            project = new ProjectFolder(root.resolve("project"));
            config = project.config("retort", database.url(), "lock_timeout = 60");
        }

        /** a1 creates a table; a2 inserts a row, waits at the gate, and inserts another. */
        void writeRevisions(Gate gate) {
            project.revision("a1", null, "items", List.of("CREATE TABLE items (id INTEGER PRIMARY KEY)"));
            project.revision(
                    "a2",
                    "a1",
                    "slow",
                    List.of(
                            "INSERT INTO items (id) VALUES (1)",
                            gate.statement(),
                            "INSERT INTO items (id) VALUES (2)"));
        }

        @Test
        void aSecondUpgradeWaitsForTheHolderThenFindsNothingToDo() throws Exception {
            try (Gate gate = gate(database)) {
                writeRevisions(gate);
                RetortProcess first = RetortProcess.start(root, config, "upgrade", "head");
                try (first) {
                    first.awaitErr(SLOW_REVISION_RUNNING, LONG);
                    RetortProcess second = RetortProcess.start(root, config, "upgrade", "head");
                    try (second) {
                        second.awaitErr(WAITING, LONG);
                        assertHolderIs(holder(second.err()), first);
                        gate.open();
                        RetortProcess.Result done = first.await(LONG);
                        RetortProcess.Result waited = second.await(LONG);
                        assertEquals(0, done.exitCode(), done::toString);
                        assertTrue(done.out().startsWith("Upgraded "), done::toString);
                        assertEquals(0, waited.exitCode(), waited::toString);
                        assertTrue(waited.out().startsWith("Nothing to upgrade: "), waited::toString);
                        assertTrue(waited.out().endsWith(" is at a2.\n"), waited::toString);
                        assertEquals(
                                List.of(waitingLine(waited.err())),
                                waited.err().lines().toList(),
                                waited::toString);
                    }
                }
            }
            assertMigratedOnce();
        }

        @Test
        void aSecondUpgradeGivesUpAfterLockTimeoutAndChangesNothing() throws Exception {
            Path impatient = project.config("impatient", database.url(), "lock_timeout = 1");
            try (Gate gate = gate(database)) {
                writeRevisions(gate);
                RetortProcess first = RetortProcess.start(root, config, "upgrade", "head");
                try (first) {
                    first.awaitErr(SLOW_REVISION_RUNNING, LONG);
                    DatabaseState before = gated() ? settled(database) : null;
                    RetortProcess.Result gaveUp;
                    try (RetortProcess second = RetortProcess.start(root, impatient, "upgrade", "head")) {
                        gaveUp = second.await(LONG);
                    }
                    assertEquals(1, gaveUp.exitCode(), gaveUp::toString);
                    assertTrue(first.isAlive(), "the first upgrade must still hold the lock:\n" + first.err());
                    if (gated()) {
                        assertEquals(before, DatabaseState.read(database), "the second upgrade changed the database");
                    }
                    assertEquals("", gaveUp.out(), gaveUp::toString);
                    assertHolderIs(holder(gaveUp.err()), first);
                    List<String> lines = gaveUp.err().lines().toList();
                    assertEquals(3, lines.size(), gaveUp::toString);
                    assertEquals(waitingLine(gaveUp.err()), lines.get(0));
                    String gaveUpLine = "error: gave up waiting for the migration lock after 1 s; it is held by ";
                    assertTrue(lines.get(1).startsWith(gaveUpLine), gaveUp::toString);
                    // The holder as last seen: MariaDB's says for how long it has run its query.
                    assertHolderIs(lines.get(1).substring(gaveUpLine.length()), first);
                    assertEquals(
                            "hint: wait for that migration to finish, or raise lock_timeout in retort.toml",
                            lines.get(2));
                    gate.open();
                    RetortProcess.Result done = first.await(LONG);
                    assertEquals(0, done.exitCode(), done::toString);
                }
            }
            assertMigratedOnce();
        }

        /** Both revisions applied once, by the first process alone: the second left no trace. */
        void assertMigratedOnce() throws SQLException {
            DatabaseState state = DatabaseState.read(database);
            assertEquals(List.of("a1 upgrade applied", "a2 upgrade applied"), state.history());
            assertEquals(List.of("a2"), state.versions());
            assertEquals(2L, state.rowCounts().get("items"));
        }
    }

    /** The line of {@code err} that says who holds the lock. */
    static String waitingLine(String err) {
        return err.lines()
                .filter(line -> line.startsWith(WAITING))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no waiting line in:\n" + err));
    }

    /** The holder as the waiting line in {@code err} shows it. */
    static String holder(String err) {
        String line = waitingLine(err);
        assertTrue(line.endsWith(" ..."), line);
        return line.substring(WAITING.length(), line.length() - " ...".length());
    }

    /** A gate that is an open connection holding a lock the statement waits for; closing it opens the gate. */
    static Gate connectionGate(Connection connection, String statement) {
        return new Gate() {
            @Override
            public String statement() {
                return statement;
            }

            @Override
            public void open() throws SQLException {
                connection.close();
            }
        };
    }

    static String queryOne(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }

    @Nested
    class Postgres extends Body {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

        /** An advisory lock key of the test's own, far from Retort's hashed keys. */
        static final long GATE_KEY = 727_001;

        @Override
        DatabaseExtension databases() {
            return POSTGRES;
        }

        @Override
        Gate gate(TestDatabase database) throws SQLException {
            Connection connection = database.open();
            queryOne(connection, "SELECT pg_advisory_lock(" + GATE_KEY + ")");
            // Transaction-scoped, so that the first process lets go of it when its revision commits.
            return connectionGate(connection, "SELECT pg_advisory_xact_lock(" + GATE_KEY + ")");
        }

        @Override
        boolean gated() {
            return true;
        }

        @Override
        void assertHolderIs(String holder, RetortProcess first) {
            // backend pid 4242 'retort@build-7:311' (postgres from 127.0.0.1, connected since ...)
            assertTrue(holder.startsWith("backend pid "), holder);
            assertTrue(holder.contains(" 'retort@"), holder);
            assertTrue(holder.contains(":" + first.pid() + "' "), () -> holder + " names process " + first.pid());
        }
    }

    @Nested
    class MariaDb extends Body {
        @RegisterExtension
        static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

        @Override
        DatabaseExtension databases() {
            return MARIADB;
        }

        @Override
        Gate gate(TestDatabase database) throws SQLException {
            // User locks are server-wide: one gate per database.
            String name = ("gate_" + database.name())
                    .substring(0, Math.min(64, 5 + database.name().length()));
            Connection connection = database.open();
            assertEquals("1", queryOne(connection, "SELECT GET_LOCK('" + name + "', 0)"));
            return connectionGate(connection, "DO GET_LOCK('" + name + "', 120)");
        }

        @Override
        boolean gated() {
            return true;
        }

        @Override
        void assertHolderIs(String holder, RetortProcess first) throws SQLException {
            // connection 57 (root from localhost:51234, Query for 0 s): the connection waiting at the gate
            assertTrue(holder.startsWith("connection "), holder);
            try (Connection connection = database.open()) {
                String atGate = queryOne(
                        connection,
                        "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = '" + database.name()
                                + "' AND INFO LIKE 'DO GET_LOCK(%'");
                assertTrue(holder.startsWith("connection " + atGate + " "), () -> holder + " is not " + atGate);
            }
        }
    }

    @Nested
    class Sqlite extends Body {
        @RegisterExtension
        static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

        @Override
        DatabaseExtension databases() {
            return SQLITE;
        }

        @Override
        Gate gate(TestDatabase database) {
            // SQLite cannot wait for another connection's lock inside a revision without failing:
            // the revision counts for about 6 s instead (1.6 s per 10 million here), enough for a second JVM
            // to start and wait 1 s even on a fast machine.
            String statement = SlowStatements.sqlite(40_000_000);
            return new Gate() {
                @Override
                public String statement() {
                    return statement;
                }

                @Override
                public void open() {
                    // nothing to open: the count ends by itself
                }
            };
        }

        @Override
        boolean gated() {
            return false;
        }

        @Override
        void assertHolderIs(String holder, RetortProcess first) {
            // pid 4242 on build-7 since 2026-01-31T10:15:02Z
            assertTrue(holder.startsWith("pid " + first.pid() + " on "), () -> holder + " names " + first.pid());
            assertTrue(holder.contains(" since "), holder);
        }
    }
}
