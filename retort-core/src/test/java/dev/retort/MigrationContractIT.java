package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running migrations on each real database: every guarantee of the runtime, one body of tests
 * run against SQLite, PostgreSQL and MariaDB.
 */
class MigrationContractIT {
    @TempDir
    Path root;

    abstract class Contract {
        ScriptProject project;
        RecordingListener listener;

        abstract DatabaseExtension databases();

        abstract boolean transactionalDdl();

        TestDatabase database() {
            return databases().newDatabase();
        }

        @BeforeEach
        void scripts() {
            project = new ScriptProject(root);
            project.script(
                    "0001_users.sql",
                    "a1",
                    "",
                    "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50));",
                    "DROP TABLE users;");
            project.script(
                    "0002_email.sql",
                    "b2",
                    "a1",
                    "ALTER TABLE users ADD email VARCHAR(100);",
                    "ALTER TABLE users DROP COLUMN email;");
            project.script(
                    "0003_orders.sql",
                    "c3",
                    "b2",
                    "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);\n"
                            + "INSERT INTO orders (id, user_id) VALUES (1, 1);",
                    "DROP TABLE orders;");
            listener = new RecordingListener();
        }

        Retort retort(TestDatabase database) {
            return retort(database, false, "retort_version");
        }

        Retort retort(TestDatabase database, boolean strict, String versionTable) {
            return Retort.configure()
                    .scriptLocation(project.location())
                    .url(database.url())
                    .versionTable(versionTable)
                    .strictChecksums(strict)
                    .listener(listener)
                    .load();
        }

        List<String> rows(TestDatabase database, String sql) throws SQLException {
            List<String> rows = new ArrayList<>();
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }

        boolean tableExists(TestDatabase database, String table) throws SQLException {
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement()) {
                statement
                        .executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0")
                        .close();
                return true;
            } catch (SQLException e) {
                return false;
            }
        }

        @Test
        void upgradeHeadFromNothingRecordsVersionAndHistory() throws SQLException {
            TestDatabase database = database();
            Retort retort = retort(database);
            MigrationResult result = retort.upgrade("head");
            assertEquals(List.of(), result.startHeads());
            assertEquals(List.of("c3"), result.endHeads());
            assertEquals(
                    List.of("a1", "b2", "c3"),
                    result.steps().stream().map(MigrationStepInfo::revision).toList());
            assertEquals(List.of("c3"), rows(database, "SELECT version_num FROM retort_version"));
            assertEquals(
                    List.of("a1 upgrade applied", "b2 upgrade applied", "c3 upgrade applied"),
                    rows(database, "SELECT " + concat() + " FROM retort_history ORDER BY id"));
            assertEquals(
                    List.of(
                            "start upgrade a1",
                            "done upgrade a1",
                            "start upgrade b2",
                            "done upgrade b2",
                            "start upgrade c3",
                            "done upgrade c3"),
                    listener.events);
            assertEquals(
                    List.of("c3"),
                    retort.current().heads().stream().map(RevisionInfo::id).toList());
            MigrationResult again = retort.upgrade("head");
            assertTrue(again.steps().isEmpty());
        }

        String concat() {
            return "CONCAT(revision, ' ', direction, ' ', status)";
        }

        @Test
        void relativeStepsDowngradeAndUpgradeAgain() throws SQLException {
            TestDatabase database = database();
            Retort retort = retort(database);
            retort.upgrade("+2");
            assertEquals(List.of("b2"), rows(database, "SELECT version_num FROM retort_version"));
            retort.downgrade("-1");
            assertEquals(List.of("a1"), rows(database, "SELECT version_num FROM retort_version"));
            retort.upgrade("head");
            retort.downgrade("a1");
            assertFalse(tableExists(database, "orders"));
            retort.downgrade("base");
            assertEquals(List.of(), rows(database, "SELECT version_num FROM retort_version"));
            assertFalse(tableExists(database, "users"));
            assertTrue(retort.current().heads().isEmpty());
        }

        @Test
        void aFailingRevisionNamesTheStatementAndLeavesEarlierRevisionsApplied() throws SQLException {
            project.script(
                    "0004_bad.sql",
                    "d4",
                    "c3",
                    "CREATE TABLE audit (id INTEGER);\nINSERT INTO no_such_table VALUES (1);",
                    "DROP TABLE audit;");
            TestDatabase database = database();
            Retort retort = retort(database);
            MigrationFailedException failure =
                    assertThrows(MigrationFailedException.class, () -> retort.upgrade("head"));
            assertEquals("d4", failure.revision());
            assertEquals(7, failure.line());
            assertEquals("INSERT INTO no_such_table VALUES (1)", failure.statement());
            assertTrue(!failure.sqlState().isEmpty() || failure.vendorCode() != 0, "SQLState or vendor code");
            assertEquals(List.of("c3"), rows(database, "SELECT version_num FROM retort_version"));
            if (transactionalDdl()) {
                assertTrue(failure.rolledBack());
                assertFalse(tableExists(database, "audit"), "the revision's first statement must be rolled back");
                assertTrue(failure.getMessage().endsWith("nothing of it was applied"), failure.getMessage());
                assertEquals(
                        List.of("rolled_back"),
                        rows(database, "SELECT status FROM retort_history WHERE revision = 'd4'"));
            } else {
                assertFalse(failure.rolledBack());
                assertEquals(1, failure.statementsRun());
                assertTrue(tableExists(database, "audit"));
                assertEquals(
                        List.of("failed"), rows(database, "SELECT status FROM retort_history WHERE revision = 'd4'"));
                RetortException blocked = assertThrows(RetortException.class, () -> retort.upgrade("head"));
                assertEquals(ErrorCode.MIGRATION_BLOCKED, blocked.code());
                assertTrue(
                        blocked.getMessage()
                                .startsWith(
                                        "the upgrade of revision d4 failed after 1 of 2 statements had taken effect"),
                        blocked.getMessage());
                assertTrue(blocked.hint().orElseThrow().contains("`retort repair`"));
                try (Connection connection = database.open();
                        Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE audit");
                }
                assertEquals("d4", retort.repair().orElseThrow());
                assertTrue(retort.repair().isEmpty());
            }
            project.script("0004_bad.sql", "d4", "c3", "CREATE TABLE audit (id INTEGER);", "DROP TABLE audit;");
            Retort fixed = retort(database);
            assertEquals(List.of("d4"), fixed.upgrade("head").endHeads());
        }

        @Test
        void editedAppliedScriptsWarnAndStrictChecksumsRefuse() throws SQLException {
            TestDatabase database = database();
            retort(database).upgrade("b2");
            project.script(
                    "0001_users.sql",
                    "a1",
                    "",
                    "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(80));",
                    "DROP TABLE users;");
            RetortException strict = assertThrows(
                    RetortException.class,
                    () -> retort(database, true, "retort_version").upgrade("head"));
            assertEquals(ErrorCode.CHECKSUM_MISMATCH, strict.code());
            assertEquals(List.of("b2"), rows(database, "SELECT version_num FROM retort_version"));
            Retort lenient = retort(database);
            assertEquals(List.of("a1"), lenient.current().edited());
            lenient.upgrade("head");
            assertEquals(1, listener.warnings().size(), listener.events.toString());
            assertTrue(
                    listener.warnings().get(0).contains("revision a1 ("),
                    listener.warnings().toString());
        }

        @Test
        void anUnknownRevisionInTheDatabaseSaysToStamp() throws SQLException {
            TestDatabase database = database();
            Retort retort = retort(database);
            retort.upgrade("a1");
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement()) {
                statement.execute("UPDATE retort_version SET version_num = 'zzzz9999'");
            }
            RevisionGraphException e = assertThrows(RevisionGraphException.class, () -> retort.upgrade("head"));
            assertEquals("Can't locate revision identified by 'zzzz9999'", e.getMessage());
            assertTrue(e.hint().orElseThrow().contains("retort stamp <revision> --purge"));
            StampResult stamped = retort.stamp(List.of("a1"), true);
            assertEquals(List.of("a1"), stamped.endHeads());
            assertEquals(List.of("c3"), retort.upgrade("head").endHeads());
        }

        @Test
        void aVersionTableChangedByAnotherWriterStopsTheRunAndKeepsTheirRow() throws SQLException {
            // A revision whose own SQL moves the version row stands for another tool writing it
            // while Retort runs: the version update then finds no row, and the run must stop.
            project.script(
                    "0004_intruder.sql",
                    "d4",
                    "c3",
                    "CREATE TABLE audit (id INTEGER);\nUPDATE retort_version SET version_num = 'other';",
                    "DROP TABLE audit;");
            TestDatabase database = database();
            Retort retort = retort(database);
            retort.upgrade("c3");
            RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertEquals(ErrorCode.DATABASE_ERROR, e.code());
            assertTrue(
                    e.getMessage().startsWith("the version table changed while migrating: expected [c3], found ["),
                    e.getMessage());
            assertTrue(
                    e.hint().orElseThrow().contains("let only Retort migrate it"),
                    e.hint().toString());
            if (transactionalDdl()) {
                assertFalse(tableExists(database, "audit"), "the revision must be rolled back");
                assertEquals(List.of("c3"), rows(database, "SELECT version_num FROM retort_version"));
            }
            assertEquals(
                    List.of("a1", "b2", "c3"),
                    rows(database, "SELECT revision FROM retort_history WHERE status = 'applied' ORDER BY id"));
        }

        @Test
        void aVersionTableChangedBetweenRevisionsStopsTheRunAndLeavesNoRevisionRunning() throws SQLException {
            TestDatabase database = database();
            MigrationListener intruder = new MigrationListener() {
                @Override
                public void revisionFinished(MigrationStepInfo step, Duration duration) {
                    if (step.revision().equals("a1")) {
                        try (Connection connection = database.open();
                                Statement statement = connection.createStatement()) {
                            statement.execute("UPDATE retort_version SET version_num = 'other'");
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            };
            Retort retort = Retort.configure()
                    .scriptLocation(project.location())
                    .url(database.url())
                    .listener(intruder)
                    .load();

            RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));

            assertTrue(e.getMessage().startsWith("the version table changed while migrating"), e.getMessage());
            assertEquals(List.of("other"), rows(database, "SELECT version_num FROM retort_version"));
            assertFalse(tableExists(database, "orders"), "no revision may run after the change");
            assertEquals(List.of(), rows(database, "SELECT revision FROM retort_history WHERE status = 'running'"));
        }

        @Test
        void minusOneUndoesTheRevisionAppliedLast() throws SQLException {
            project.script("0004_reports.sql", "y8", "c3", "CREATE TABLE reports (id INTEGER);", "DROP TABLE reports;");
            project.script("0005_exports.sql", "x9", "c3", "CREATE TABLE exports (id INTEGER);", "DROP TABLE exports;");
            TestDatabase database = database();
            Retort retort = retort(database);
            retort.upgrade("x9");
            retort.upgrade("y8");
            MigrationResult undone = retort.downgrade("-1");
            assertEquals(
                    List.of("y8"),
                    undone.steps().stream().map(MigrationStepInfo::revision).toList());
            assertTrue(tableExists(database, "exports"));
            assertFalse(tableExists(database, "reports"));
        }

        @Test
        void stampMovesTheVersionTableWithoutRunningScripts() throws SQLException {
            TestDatabase database = database();
            Retort retort = retort(database);
            retort.stamp(List.of("b2"), false);
            assertFalse(tableExists(database, "users"));
            assertEquals(List.of("b2"), rows(database, "SELECT version_num FROM retort_version"));
            retort.stamp(List.of("base"), false);
            assertEquals(List.of(), rows(database, "SELECT version_num FROM retort_version"));
        }

        @Test
        void takesOverAnAlembicVersionTable() throws SQLException {
            TestDatabase database = database();
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
                        + " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
                statement.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50))");
                statement.execute("INSERT INTO alembic_version (version_num) VALUES ('a1')");
            }
            Retort retort = retort(database, false, "alembic_version");
            assertEquals(
                    List.of("a1"),
                    retort.current().heads().stream().map(RevisionInfo::id).toList());
            retort.upgrade("head");
            assertEquals(List.of("c3"), rows(database, "SELECT version_num FROM alembic_version"));
        }

        @Test
        void dryRunPrintsTheSqlAndChangesNothing() throws SQLException {
            TestDatabase database = database();
            Retort retort = retort(database);
            retort.upgrade("a1");
            OfflineScript plan = retort.upgradeDryRun("head");
            assertEquals(
                    List.of("b2", "c3"),
                    plan.steps().stream().map(MigrationStepInfo::revision).toList());
            assertTrue(plan.sql().contains("ALTER TABLE users ADD email VARCHAR(100);"), plan.sql());
            assertEquals(List.of("a1"), rows(database, "SELECT version_num FROM retort_version"));
        }

        @Test
        void aMissingDownSectionStopsTheDowngradeBeforeAnything() throws SQLException {
            project.script("0004_final.sql", "d4", "c3", "CREATE TABLE final_t (id INTEGER);", null);
            TestDatabase database = database();
            Retort retort = retort(database);
            retort.upgrade("head");
            RevisionGraphException e = assertThrows(RevisionGraphException.class, () -> retort.downgrade("b2"));
            assertTrue(e.getMessage().contains("has no '-- migrate:downgrade' section"), e.getMessage());
            assertEquals(List.of("d4"), rows(database, "SELECT version_num FROM retort_version"));
        }
    }

    @Nested
    class Sqlite extends Contract {
        @RegisterExtension
        static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

        @Override
        DatabaseExtension databases() {
            return SQLITE;
        }

        @Override
        boolean transactionalDdl() {
            return true;
        }

        @Override
        String concat() {
            return "revision || ' ' || direction || ' ' || status";
        }

        @Test
        void createsTheDatabaseFileFromNothingRelativeToTheUrlBase() throws Exception {
            Path folder = Files.createDirectories(root.resolve("app"));
            Retort retort = Retort.configure()
                    .scriptLocation(project.location())
                    .url("sqlite:///chat.db")
                    .urlBase(folder)
                    .load();
            retort.upgrade("head");
            assertTrue(Files.exists(folder.resolve("chat.db")));
        }
    }

    @Nested
    class Postgres extends Contract {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

        @Override
        DatabaseExtension databases() {
            return POSTGRES;
        }

        @Override
        boolean transactionalDdl() {
            return true;
        }

        @Test
        void everyRevisionButTheLastCommitsWithoutWaitingForTheDisk() throws SQLException {
            retort(database()).upgrade("head");
            String relaxed = "SET LOCAL synchronous_commit TO off";
            List<String> run = listener.statements;
            int b2 = run.indexOf("start b2");
            int c3 = run.indexOf("start c3");
            assertTrue(run.subList(run.indexOf("start a1"), b2).contains(relaxed), run.toString());
            assertTrue(run.subList(b2, c3).contains(relaxed), run.toString());
            assertFalse(run.subList(c3, run.size()).contains(relaxed), run.toString());
        }

        @Test
        void aNonTransactionalRevisionRunsOutsideATransaction() throws SQLException {
            TestDatabase database = database();
            Retort retort = retort(database);
            retort.upgrade("head");
            Path file = project.location().resolve("versions/0004_concurrently.sql");
            try {
                Files.writeString(
                        file,
                        "-- Revision: d4\n-- Revises: c3\n-- Transactional: false\n"
                                + "-- migrate:upgrade\nCREATE INDEX CONCURRENTLY ix_orders_user ON orders (user_id);\n"
                                + "-- migrate:downgrade\nDROP INDEX CONCURRENTLY ix_orders_user;\n");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            assertEquals(List.of("d4"), retort(database).upgrade("head").endHeads());
            assertEquals(
                    List.of("ix_orders_user"),
                    rows(
                            database,
                            "SELECT indexname FROM pg_indexes WHERE tablename = 'orders' AND indexname = 'ix_orders_user'"));
            assertEquals(List.of("c3"), retort(database).downgrade("-1").endHeads());
        }
    }

    @Nested
    class MariaDb extends Contract {
        @RegisterExtension
        static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

        @Override
        DatabaseExtension databases() {
            return MARIADB;
        }

        @Override
        boolean transactionalDdl() {
            return false;
        }
    }
}
