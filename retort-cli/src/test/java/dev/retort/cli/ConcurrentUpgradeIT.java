package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen {@code retort upgrade head} processes started at once on one database: the migration
 * lock lets one of them apply every revision, exactly once, while the others wait and then find
 * nothing to do. One body of tests run against PostgreSQL, MariaDB and SQLite.
 */
class ConcurrentUpgradeIT {
    static final int PROCESSES = 16;
    static final int REVISIONS = 30;
    static final String WAITING = "Waiting for the migration lock, held by ";

    @TempDir
    Path root;

    abstract class Body {
        abstract DatabaseExtension databases();

        /** A statement that takes some tens of milliseconds, so that the run lasts and others wait. */
        abstract String slowStatement();

        /**
         * Writes revisions r01 to r30: r01 creates table {@code events}; every later one inserts
         * its id there, every third creates a table (with one row) and runs the slow statement, and
         * every third adds a column to {@code events}.
         */
        List<String> writeRevisions(ProjectFolder project) {
            project.revision(
                    id(1),
                    null,
                    "events",
                    List.of("CREATE TABLE events (revision VARCHAR(10) NOT NULL, note VARCHAR(50))"));
            List<String> tables = new ArrayList<>(List.of("events"));
            for (int i = 2; i <= REVISIONS; i++) {
                List<String> statements = new ArrayList<>();
                if (i % 3 == 0) {
                    tables.add("t" + i);
                    statements.add("CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, label VARCHAR(20))");
                    statements.add(slowStatement());
                    statements.add("INSERT INTO t" + i + " (id, label) VALUES (1, 'one')");
                } else if (i % 3 == 1) {
                    statements.add("ALTER TABLE events ADD c" + i + " INTEGER");
                }
                statements.add("INSERT INTO events (revision, note) VALUES ('" + id(i) + "', 'revision " + i + "')");
                project.revision(id(i), id(i - 1), "step " + i, statements);
            }
            return tables;
        }

        @Test
        void sixteenProcessesApplyEveryRevisionExactlyOnce() throws Exception {
            TestDatabase database = databases().newDatabase();
            ProjectFolder project = new ProjectFolder(root.resolve("project"));
            List<String> tables = writeRevisions(project);
            Path config = project.config("retort", database.url(), "lock_timeout = 120");

            List<RetortProcess.Result> results = runAtOnce(config);

            for (RetortProcess.Result result : results) {
                assertEquals(0, result.exitCode(), result::toString);
            }
            String all = results.stream().map(RetortProcess.Result::toString).collect(Collectors.joining("\n"));
            List<RetortProcess.Result> upgraders = results.stream()
                    .filter(result -> result.out().startsWith("Upgraded "))
                    .toList();
            assertEquals(1, upgraders.size(), () -> "exactly one process must do the work:\n" + all);
            assertTrue(
                    upgraders.get(0).out().contains(" to " + id(REVISIONS) + " (" + REVISIONS + " revisions, "),
                    upgraders.get(0)::toString);
            for (RetortProcess.Result result : results) {
                if (result != upgraders.get(0)) {
                    assertTrue(
                            result.out().startsWith("Nothing to upgrade: ")
                                    && result.out().endsWith(" is at " + id(REVISIONS) + ".\n"),
                            result::toString);
                    assertTrue(!result.err().contains("Running upgrade"), result::toString);
                }
            }
            assertTrue(
                    results.stream().anyMatch(result -> result.err().contains(WAITING)),
                    () -> "no process waited for the migration lock:\n" + all);

            DatabaseState state = DatabaseState.read(database);
            List<String> history = new ArrayList<>();
            List<String> events = new ArrayList<>();
            for (int i = 1; i <= REVISIONS; i++) {
                history.add(id(i) + " upgrade applied");
                if (i > 1) {
                    events.add(id(i));
                }
            }
            assertEquals(history, state.history());
            assertEquals(List.of(id(REVISIONS)), state.versions());
            TreeSet<String> expectedTables = new TreeSet<>(tables);
            expectedTables.addAll(List.of(DatabaseState.VERSION_TABLE, DatabaseState.HISTORY_TABLE));
            assertEquals(expectedTables, state.columns().keySet());
            assertEquals(events, DatabaseState.strings(database, "SELECT revision FROM events ORDER BY revision"));
            for (String table : tables) {
                assertEquals(
                        table.equals("events") ? REVISIONS - 1L : 1L,
                        state.rowCounts().get(table),
                        table);
            }
        }

        private List<RetortProcess.Result> runAtOnce(Path config) throws InterruptedException {
            List<RetortProcess> processes = new ArrayList<>();
            try {
                // Start them all first, then wait: they meet at the lock.
                for (int i = 0; i < PROCESSES; i++) {
                    processes.add(RetortProcess.start(root, config, "upgrade", "head"));
                }
                List<RetortProcess.Result> results = new ArrayList<>();
                for (RetortProcess process : processes) {
                    results.add(process.await(Duration.ofSeconds(120)));
                }
                return results;
            } finally {
                processes.forEach(RetortProcess::close);
            }
        }
    }

    static String id(int number) {
        return String.format("r%02d", number);
    }

    @Nested
    class Postgres extends Body {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

        @Override
        DatabaseExtension databases() {
            return POSTGRES;
        }

        @Override
        String slowStatement() {
            return SlowStatements.postgres(0.05);
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
        String slowStatement() {
            return SlowStatements.mariadb(0.05);
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
        String slowStatement() {
            return SlowStatements.sqlite(200_000);
        }
    }
}
