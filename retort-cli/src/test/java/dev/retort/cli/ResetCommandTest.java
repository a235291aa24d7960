package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort reset} on a SQLite project: every table dropped and head applied again, refused on a
 * protected environment unless forced, asked for on a terminal unless --yes, and working on a
 * corrupted version table.
 */
class ResetCommandTest {
    @TempDir
    Path project;

    private Cli cli;

    @BeforeEach
    void buildProject() throws Exception {
        cli = new Cli(project).env("NO_COLOR", "1");
        assertEquals(
                0, cli.run("init", project.resolve("migrations").toString()).exitCode());
        Files.writeString(project.resolve("migrations/versions/a1_items.sql"), """
                -- Revision: a1
                -- Message: items

                -- migrate:upgrade
                CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT);
                INSERT INTO items (name) VALUES ('seed');

                -- migrate:downgrade
                DROP TABLE items;
                """);
        assertEquals(0, cli.run("upgrade", "head").exitCode());
        execute("INSERT INTO items (name) VALUES ('user data')", "CREATE TABLE scratch (id INTEGER)");
    }

    private void execute(String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"))) {
            for (String sql : statements) {
                connection.createStatement().execute(sql);
            }
        }
    }

    private List<String> tablesAndItems() throws Exception {
        List<String> seen = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"))) {
            try (ResultSet rows = connection
                    .createStatement()
                    .executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rows.next()) {
                    seen.add(rows.getString(1));
                }
            }
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT name FROM items ORDER BY id")) {
                while (rows.next()) {
                    seen.add("item " + rows.getString(1));
                }
            }
        }
        return seen;
    }

    @Test
    void dropsEveryTableAndUpgradesToHeadAgain() throws Exception {
        Cli.Result result = cli.run("reset", "--yes");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(
                "Dropped 4 tables: items, retort_history, retort_version, scratch.\n"
                        + "Running upgrade  -> a1, items ... N ms\n",
                result.err().replaceAll("\\d+ ms", "N ms"));
        assertEquals(
                List.of("items", "retort_history", "retort_version", "sqlite_sequence", "item seed"), tablesAndItems());
    }

    @Test
    void worksOnAVersionTableThatNamesAnUnknownRevision() throws Exception {
        execute("UPDATE retort_version SET version_num = 'gone'");
        assertEquals(1, cli.run("upgrade", "head").exitCode());

        assertEquals(0, cli.run("reset", "--yes").exitCode());

        assertEquals(
                List.of("items", "retort_history", "retort_version", "sqlite_sequence", "item seed"), tablesAndItems());
    }

    @Test
    void onATerminalItAsksAndAnythingButYesChangesNothing() throws Exception {
        List<String> before = tablesAndItems();

        Cli.Result declined = cli.terminal("n\n").run("reset");

        assertEquals(1, declined.exitCode(), declined.toString());
        assertTrue(
                declined.err().startsWith("Drop every table of sqlite:///app.db and upgrade to head again? [y/N] "),
                declined.err());
        assertTrue(declined.err().endsWith("Nothing was changed.\n"), declined.err());
        assertEquals(before, tablesAndItems());

        Cli.Result accepted = cli.terminal("yes\n").run("reset");
        assertEquals(0, accepted.exitCode(), accepted.toString());
        assertEquals(
                List.of("items", "retort_history", "retort_version", "sqlite_sequence", "item seed"), tablesAndItems());
    }

    @Test
    void aProtectedEnvironmentRefusesResetAndDowngradeToBaseUnlessForced() throws Exception {
        Files.writeString(
                project.resolve("retort.toml"),
                Files.readString(project.resolve("retort.toml"))
                        + "\n[env.production]\nurl = \"sqlite:///app.db\"\nprotected = true\n");
        List<String> before = tablesAndItems();

        Cli.Result refused = cli.run("--env", "production", "reset", "--yes");

        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.err().startsWith("error: environment 'production' is protected"), refused.err());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals(before, tablesAndItems());

        assertEquals(
                0, cli.run("--env", "production", "reset", "--yes", "--force").exitCode());
        assertEquals(
                List.of("items", "retort_history", "retort_version", "sqlite_sequence", "item seed"), tablesAndItems());
    }
}
