package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that work on a live database, run on a SQLite file next to the project's
 * retort.toml: their exact output on standard output and standard error (with times replaced by
 * {@code N ms}), their JSON, and which database URL wins when several are given.
 */
class OnlineCommandsTest {
    private static final String CREATE_USERS = """
            -- Revision: a1a1
            -- Message: create users

            -- migrate:upgrade
            CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

            -- migrate:downgrade
            DROP TABLE users;
            """;
    private static final String ADD_EMAIL = """
            -- Revision: b2b2
            -- Revises: a1a1
            -- Message: add email

            -- migrate:upgrade
            ALTER TABLE users ADD COLUMN email TEXT;

            -- migrate:downgrade
            ALTER TABLE users DROP COLUMN email;
            """;

    @TempDir
    Path project;

    private Cli cli;

    @BeforeEach
    void buildProject() throws IOException {
        cli = new Cli(project);
        ok(cli.run("init", project.resolve("migrations").toString()));
        Files.writeString(project.resolve("migrations/versions/a1a1_create_users.sql"), CREATE_USERS);
        Files.writeString(project.resolve("migrations/versions/b2b2_add_email.sql"), ADD_EMAIL);
    }

    private static Cli.Result ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.toString());
        return result;
    }

    /** Times vary from run to run; everything else is compared exactly. */
    private static String timesOut(String text) {
        return text.replaceAll("\\d+ ms|\\d+\\.\\d s", "N ms")
                .replaceAll("\"milliseconds\": \\d+", "\"milliseconds\": N");
    }

    private Path database() {
        return project.resolve("app.db");
    }

    /** The tables of an SQLite file and the rows of its version table. */
    private static List<String> contents(Path file) throws SQLException {
        List<String> contents = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            try (ResultSet tables =
                    statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (tables.next()) {
                    contents.add(tables.getString(1));
                }
            }
            if (contents.contains("retort_version")) {
                try (ResultSet rows = statement.executeQuery("SELECT version_num FROM retort_version ORDER BY 1")) {
                    while (rows.next()) {
                        contents.add("version " + rows.getString(1));
                    }
                }
            }
        }
        return contents;
    }

    @Test
    void upgradeHeadShowsEachRevisionWithItsTime() throws SQLException {
        Cli.Result result = ok(cli.run("upgrade", "head"));
        assertEquals("Upgraded sqlite:///app.db to b2b2 (2 revisions, N ms).\n", timesOut(result.out()));
        assertEquals("""
                Running upgrade  -> a1a1, create users ... N ms
                Running upgrade a1a1 -> b2b2, add email ... N ms
                """, timesOut(result.err()));
        assertEquals(
                List.of("retort_history", "retort_version", "sqlite_sequence", "users", "version b2b2"),
                contents(database()));

        Cli.Result again = ok(cli.run("upgrade", "head"));
        assertEquals("Nothing to upgrade: sqlite:///app.db is at b2b2.\n", again.out());
        assertEquals("", again.err());
    }

    @Test
    void currentBeforeAndAfter() {
        Cli.Result empty = ok(cli.run("current"));
        assertEquals("", empty.out());
        assertEquals("No revision is applied to sqlite:///app.db yet.\n", empty.err());
        assertFalse(Files.exists(database()), "current created the database file");

        ok(cli.run("upgrade", "head"));
        Cli.Result current = ok(cli.run("current"));
        assertEquals("b2b2 (head)\n", current.out());
        assertEquals("", current.err());
    }

    @Test
    void currentVerbosePrintsTheEntry() {
        ok(cli.run("upgrade", "a1a1"));
        Cli.Result result = ok(cli.run("current", "-v"));
        assertEquals("""
                Current revision(s) for sqlite:///app.db:
                Rev: a1a1
                Parent: <base>
                Path: <tmp>/migrations/versions/a1a1_create_users.sql

                    create users

                    Revision ID: a1a1
                    Revises:

                """, result.out());
        assertEquals("", result.err());
    }

    @Test
    void historyIndicatesTheCurrentRevision() {
        ok(cli.run("upgrade", "a1a1"));
        Cli.Result result = ok(cli.run("history", "-i"));
        assertEquals("""
                a1a1 -> b2b2 (head), add email
                <base> -> a1a1 (current), create users
                """, result.out());
        assertEquals("", result.err());
        assertEquals("""
                a1a1 -> b2b2 (head), add email
                <base> -> a1a1, create users
                """, ok(cli.run("history")).out());
    }

    @Test
    void downgradeOneThenUpgradeOne() throws SQLException {
        ok(cli.run("upgrade", "head"));

        Cli.Result down = ok(cli.run("downgrade", "-1"));
        assertEquals("Downgraded sqlite:///app.db to a1a1 (1 revision, N ms).\n", timesOut(down.out()));
        assertEquals("Running downgrade b2b2 -> a1a1, add email ... N ms\n", timesOut(down.err()));
        assertEquals(
                List.of("retort_history", "retort_version", "sqlite_sequence", "users", "version a1a1"),
                contents(database()));

        Cli.Result up = ok(cli.run("upgrade", "+1"));
        assertEquals("Upgraded sqlite:///app.db to b2b2 (1 revision, N ms).\n", timesOut(up.out()));
        assertEquals("Running upgrade a1a1 -> b2b2, add email ... N ms\n", timesOut(up.err()));

        Cli.Result base = ok(cli.run("downgrade", "base"));
        assertEquals("Downgraded sqlite:///app.db to base (2 revisions, N ms).\n", timesOut(base.out()));
        assertEquals("""
                Running downgrade b2b2 -> a1a1, add email ... N ms
                Running downgrade a1a1 -> , create users ... N ms
                """, timesOut(base.err()));
        assertEquals(List.of("retort_history", "retort_version", "sqlite_sequence"), contents(database()));
    }

    @Test
    void stampBaseAndStampHeadWithPurgeRunNoScript() throws SQLException {
        ok(cli.run("upgrade", "head"));

        Cli.Result base = ok(cli.run("stamp", "base"));
        assertEquals("Stamped sqlite:///app.db: b2b2 -> base.\n", base.out());
        assertEquals("", base.err());
        assertEquals(List.of("retort_history", "retort_version", "sqlite_sequence", "users"), contents(database()));

        Cli.Result head = ok(cli.run("stamp", "head", "--purge"));
        assertEquals("Stamped sqlite:///app.db: base -> b2b2.\n", head.out());
        assertEquals("", head.err());
        assertEquals(
                List.of("retort_history", "retort_version", "sqlite_sequence", "users", "version b2b2"),
                contents(database()));
    }

    @Test
    void dryRunPrintsTheSqlAndChangesNothing() throws SQLException {
        Cli.Result fromEmpty = ok(cli.run("upgrade", "head", "--dry-run"));
        assertEquals("""
                BEGIN;

                CREATE TABLE IF NOT EXISTS retort_version (
                    version_num VARCHAR(255) NOT NULL,
                    CONSTRAINT retort_version_pkc PRIMARY KEY (version_num)
                );

                -- Running upgrade  -> a1a1, create users

                CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

                INSERT INTO retort_version (version_num) VALUES ('a1a1');

                COMMIT;

                BEGIN;

                -- Running upgrade a1a1 -> b2b2, add email

                ALTER TABLE users ADD COLUMN email TEXT;

                UPDATE retort_version SET version_num = 'b2b2' WHERE version_num = 'a1a1';

                COMMIT;
                """, fromEmpty.out());
        assertEquals("", fromEmpty.err());
        assertFalse(Files.exists(database()), "a dry run created the database file");

        ok(cli.run("upgrade", "a1a1"));
        List<String> before = contents(database());
        Cli.Result fromA = ok(cli.run("upgrade", "head", "--dry-run"));
        assertEquals("""
                BEGIN;

                -- Running upgrade a1a1 -> b2b2, add email

                ALTER TABLE users ADD COLUMN email TEXT;

                UPDATE retort_version SET version_num = 'b2b2' WHERE version_num = 'a1a1';

                COMMIT;
                """, fromA.out());
        assertEquals(before, contents(database()));
        assertEquals("a1a1\n", ok(cli.run("current")).out());
    }

    @Test
    void repairWithNothingBlocked() {
        ok(cli.run("upgrade", "head"));
        Cli.Result result = ok(cli.run("repair"));
        assertEquals("Nothing to repair: no revision is half-applied.\n", result.out());
        assertEquals("", result.err());
        assertEquals(
                "{\n  \"repaired\": null\n}\n", ok(cli.run("repair", "--json")).out());
    }

    @Test
    void upgradeAsJson() {
        Cli.Result result = ok(cli.run("upgrade", "head", "--json"));
        assertEquals("""
                {
                  "database": "sqlite:///app.db",
                  "from": [],
                  "to": ["b2b2"],
                  "steps": [
                    {
                      "revision": "a1a1",
                      "direction": "upgrade",
                      "from": [],
                      "to": ["a1a1"],
                      "message": "create users",
                      "milliseconds": N
                    },
                    {
                      "revision": "b2b2",
                      "direction": "upgrade",
                      "from": ["a1a1"],
                      "to": ["b2b2"],
                      "message": "add email",
                      "milliseconds": N
                    }
                  ]
                }
                """, timesOut(result.out()));
        assertEquals("", result.err());
        assertEquals("""
                {
                  "database": "sqlite:///app.db",
                  "from": ["b2b2"],
                  "to": ["b2b2"],
                  "steps": []
                }
                """, ok(cli.run("upgrade", "head", "--json")).out());
    }

    @Test
    void currentAsJson() throws IOException {
        assertEquals("""
                {
                  "database": "sqlite:///app.db",
                  "heads": [],
                  "edited": [],
                  "blocked": null
                }
                """, ok(cli.run("current", "--json")).out());
        ok(cli.run("upgrade", "head"));
        Cli.Result result = ok(cli.run("current", "--json"));
        assertEquals("""
                {
                  "database": "sqlite:///app.db",
                  "heads": [
                    {
                      "id": "b2b2",
                      "parents": ["a1a1"],
                      "depends_on": [],
                      "branch_labels": [],
                      "children": [],
                      "message": "add email",
                      "created": "",
                      "path": "<tmp>/migrations/versions/b2b2_add_email.sql",
                      "head": true,
                      "effective_head": false,
                      "base": false,
                      "branch_point": false,
                      "merge_point": false,
                      "transactional": true,
                      "reversible": true,
                      "checksum": "%s",
                      "squashes": []
                    }
                  ],
                  "edited": [],
                  "blocked": null
                }
                """.formatted(checksum("b2b2")), result.out());
        assertEquals("", result.err());
    }

    /** The checksum {@code show --json} reports, so {@code current --json} can be compared exactly. */
    private String checksum(String revision) {
        String out = ok(cli.run("show", revision, "--json")).out();
        int start = out.indexOf("\"checksum\": \"") + "\"checksum\": \"".length();
        return out.substring(start, out.indexOf('"', start));
    }

    @Test
    void stampAsJson() {
        Cli.Result result = ok(cli.run("stamp", "head", "--json"));
        assertEquals("""
                {
                  "database": "sqlite:///app.db",
                  "from": [],
                  "to": ["b2b2"]
                }
                """, result.out());
        assertEquals("", result.err());
        assertEquals("""
                {
                  "database": "sqlite:///app.db",
                  "from": ["b2b2"],
                  "to": []
                }
                """, ok(cli.run("stamp", "base", "--json")).out());
    }

    @Test
    void quietHidesProgressButNotResults() {
        Cli.Result up = ok(cli.run("upgrade", "head", "--quiet"));
        assertEquals("Upgraded sqlite:///app.db to b2b2 (2 revisions, N ms).\n", timesOut(up.out()));
        assertEquals("", up.err());
        Cli.Result down = ok(cli.run("-q", "downgrade", "-1"));
        assertEquals("Downgraded sqlite:///app.db to a1a1 (1 revision, N ms).\n", timesOut(down.out()));
        assertEquals("", down.err());
        ok(cli.run("stamp", "base"));
        Cli.Result current = ok(cli.run("current", "-q"));
        assertEquals("", current.out());
        assertEquals("", current.err());
    }

    // Which URL is used: --url, then DATABASE_URL, then the [env.NAME] section, then the file.

    private void writeConfig(String settings) throws IOException {
        Files.writeString(project.resolve("retort.toml"), "script_location = \"migrations\"\n" + settings);
    }

    /** The database {@code current} looked at, as its progress line names it. */
    private String databaseUsed(Cli.Result result) {
        ok(result);
        String prefix = "No revision is applied to ";
        assertTrue(result.err().startsWith(prefix), result.toString());
        return result.err().substring(prefix.length(), result.err().indexOf(" yet."));
    }

    @Test
    void urlOptionBeatsDatabaseUrlWhichBeatsTheFile() throws IOException {
        writeConfig("url = \"sqlite:///file.db\"\n");
        String fromEnvironment = "sqlite:///" + project.resolve("environment.db");
        String fromOption = "sqlite:///" + project.resolve("option.db");

        assertEquals("sqlite:///file.db", databaseUsed(cli.run("current")));

        cli.env("DATABASE_URL", fromEnvironment);
        assertEquals("sqlite:///<tmp>/environment.db", databaseUsed(cli.run("current")));

        assertEquals("sqlite:///<tmp>/option.db", databaseUsed(cli.run("--url", fromOption, "current")));
        // reading a database that does not exist yet creates none of them
        for (String name : List.of("file.db", "environment.db", "option.db")) {
            assertFalse(Files.exists(project.resolve(name)), name);
        }
    }

    @Test
    void environmentSectionsAreChosenWithEnv() throws IOException {
        writeConfig("""
                url = "sqlite:///dev.db"

                [env.test]
                url = "sqlite:///test.db"

                [env.ci]
                url = "sqlite:///ci.db"
                """);
        assertEquals("sqlite:///dev.db", databaseUsed(cli.run("current")));
        assertEquals("sqlite:///test.db", databaseUsed(cli.run("--env", "test", "current")));
        assertEquals("sqlite:///ci.db", databaseUsed(cli.run("current", "--env", "ci")));
        ok(cli.run("--env", "test", "upgrade", "head", "-q"));
        assertEquals("b2b2 (head)\n", ok(cli.run("--env", "test", "current")).out());
        assertEquals("", ok(cli.run("--env", "ci", "current")).out());

        String fromEnvironment = "sqlite:///" + project.resolve("environment.db");
        cli.env("DATABASE_URL", fromEnvironment);
        assertEquals("sqlite:///<tmp>/environment.db", databaseUsed(cli.run("--env", "test", "current")));
        assertEquals(
                "sqlite:///<tmp>/option.db",
                databaseUsed(
                        cli.run("--env", "test", "--url", "sqlite:///" + project.resolve("option.db"), "current")));
    }

    @Test
    void relativeSqlitePathInTheFileIsRelativeToTheFile() throws IOException, SQLException {
        String name = "rt-cli-" + UUID.randomUUID() + ".db";
        Path config = project.resolve("config");
        Files.createDirectories(config);
        Files.writeString(
                config.resolve("retort.toml"),
                "script_location = \"../migrations\"\nurl = \"sqlite:///" + name + "\"\n");
        Path workingDirectory = Path.of("").toAbsolutePath();
        assertFalse(workingDirectory.startsWith(project), "the test must not run inside its project");

        Cli.Result result = ok(cli.runRaw("-c", config.resolve("retort.toml").toString(), "upgrade", "head", "-q"));
        assertEquals("Upgraded sqlite:///" + name + " to b2b2 (2 revisions, N ms).\n", timesOut(result.out()));
        assertTrue(contents(config.resolve(name)).contains("version b2b2"));
        assertFalse(
                Files.exists(workingDirectory.resolve(name)), "the database must not land in the working directory");
        assertFalse(Files.exists(project.resolve(name)));
    }

    @Test
    void relativeSqlitePathFromTheCommandLineIsRelativeToTheWorkingDirectory() throws IOException {
        // A folder that does not exist makes the resolved path visible without creating a file.
        String folder = "rt-cli-missing-" + UUID.randomUUID();
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path expected = workingDirectory.resolve(folder).resolve("x.db");
        String error = "error: cannot open the SQLite database " + expected + ": the folder " + expected.getParent()
                + " does not exist\nhint: create the folder, or fix the path in the URL\n";

        Cli.Result option = cli.run("--url", "sqlite:///" + folder + "/x.db", "current");
        assertEquals(1, option.exitCode(), option.toString());
        assertEquals(error, option.err());

        Cli.Result environment =
                cli.env("DATABASE_URL", "sqlite:///" + folder + "/x.db").run("current");
        assertEquals(1, environment.exitCode(), environment.toString());
        assertEquals(error, environment.err());
        assertFalse(Files.exists(workingDirectory.resolve(folder)));

        // The same URL in retort.toml is relative to the file instead.
        writeConfig("url = \"sqlite:///" + folder + "/x.db\"\n");
        Cli.Result file = new Cli(project).run("current");
        assertEquals(1, file.exitCode(), file.toString());
        assertEquals(
                "error: cannot open the SQLite database <tmp>/" + folder + "/x.db: the folder <tmp>/" + folder
                        + " does not exist\nhint: create the folder, or fix the path in the URL\n",
                file.err());
    }
}
