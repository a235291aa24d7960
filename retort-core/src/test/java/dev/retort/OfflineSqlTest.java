package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineSqlTest {
    @TempDir
    Path root;

    private ScriptProject project;

    @BeforeEach
    void scripts() {
        project = new ScriptProject(root);
        project.script(
                "0001_users.sql",
                "a1",
                "",
                "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);",
                "DROP TABLE users;");
        project.script(
                "0002_email.sql",
                "b2",
                "a1",
                "-- a comment between statements is left out\nALTER TABLE users ADD COLUMN email TEXT;\n"
                        + "CREATE INDEX ix_users_email ON users (email)",
                "DROP INDEX ix_users_email;\nALTER TABLE users DROP COLUMN email;");
    }

    @Test
    void upgradeFromBaseCreatesTheVersionTableAndRecordsEachRevisionInItsTransaction() {
        OfflineScript script = project.retort("sqlite").upgradeSql("head");
        assertEquals("""
                BEGIN;

                CREATE TABLE IF NOT EXISTS retort_version (
                    version_num VARCHAR(255) NOT NULL,
                    CONSTRAINT retort_version_pkc PRIMARY KEY (version_num)
                );

                -- Running upgrade  -> a1, 0001_users

                CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);

                INSERT INTO retort_version (version_num) VALUES ('a1');

                COMMIT;

                BEGIN;

                -- Running upgrade a1 -> b2, 0002_email

                ALTER TABLE users ADD COLUMN email TEXT;

                CREATE INDEX ix_users_email ON users (email);

                UPDATE retort_version SET version_num = 'b2' WHERE version_num = 'a1';

                COMMIT;

                """, script.sql());
        assertEquals(
                List.of("a1", "b2"),
                script.steps().stream().map(MigrationStepInfo::revision).toList());
    }

    @Test
    void downgradeRangeToBaseDropsTheVersionTableAtTheEnd() {
        String sql = project.retort("postgresql").downgradeSql("b2:base").sql();
        assertTrue(sql.startsWith("BEGIN;\n\n-- Running downgrade b2 -> a1, 0002_email\n\nDROP INDEX"), sql);
        assertTrue(
                sql.endsWith("DELETE FROM retort_version WHERE version_num = 'a1';\n\nDROP TABLE retort_version;\n\n"
                        + "COMMIT;\n\n"),
                sql);
    }

    @Test
    void aRangeStartsFromItsLowerEndWithoutCreatingTheTable() {
        String sql = project.retort("postgresql").upgradeSql("a1:b2").sql();
        assertTrue(sql.startsWith("BEGIN;\n\n-- Running upgrade a1 -> b2"), sql);
    }

    @Test
    void mariaDbHasNoTransactionsAroundDdlAndQuotesWithBackticks() {
        Retort retort = Retort.configure()
                .scriptLocation(project.location())
                .dialect("mysql")
                .versionTable("order")
                .load();
        String sql = retort.upgradeSql("a1").sql();
        assertEquals("""
                CREATE TABLE IF NOT EXISTS `order` (
                    version_num VARCHAR(255) NOT NULL,
                    CONSTRAINT order_pkc PRIMARY KEY (version_num)
                );

                -- Running upgrade  -> a1, 0001_users

                CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);

                INSERT INTO `order` (version_num) VALUES ('a1');

                """, sql);
    }

    @Test
    void downgradeWithoutARangeIsAUsageError() {
        UsageException e =
                assertThrows(UsageException.class, () -> project.retort().downgradeSql("base"));
        assertEquals("downgrade with --sql requires <fromrev>:<torev>", e.getMessage());
    }

    @Test
    void aRevisionWithoutDowngradeSectionStopsTheDowngradeBeforeAnySql() {
        project.script("0003_final.sql", "c3", "b2", "SELECT 1;", null);
        RevisionGraphException e = assertThrows(
                RevisionGraphException.class, () -> project.retort().downgradeSql("c3:base"));
        assertTrue(e.getMessage().startsWith("Revision c3 ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("has no '-- migrate:downgrade' section, so it cannot be undone"));
    }

    @Test
    void anUnterminatedStringNamesTheFileAndLine() {
        project.script("0003_bad.sql", "c3", "b2", "SELECT 1;\nINSERT INTO t VALUES ('oops);", "");
        ScriptFormatException e =
                assertThrows(ScriptFormatException.class, () -> project.retort().upgradeSql("head"));
        assertTrue(e.getMessage().contains("0003_bad.sql:7: unterminated string"), e.getMessage());
        assertEquals(7, e.line());
    }

    @Test
    void noDialectAndNoUrlSaysHowToChooseOne() {
        Retort retort = Retort.configure().scriptLocation(project.location()).load();
        UsageException e = assertThrows(UsageException.class, () -> retort.upgradeSql("head"));
        assertEquals("no database is configured, so the SQL dialect is unknown", e.getMessage());
        assertEquals(
                "pass --dialect sqlite|postgresql|mariadb, or set url in retort.toml",
                e.hint().orElseThrow());
    }

    @Test
    void aDialectComesFromTheUrlScheme() {
        Retort retort = Retort.configure()
                .scriptLocation(project.location())
                .url("postgresql+psycopg2://app:secret@db/app")
                .load();
        assertEquals("postgresql", retort.upgradeSql("head").dialect());
    }
}
