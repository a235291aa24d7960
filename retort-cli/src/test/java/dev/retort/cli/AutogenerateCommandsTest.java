package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}, {@code diff}, {@code revision --autogenerate} and {@code status} on a SQLite project whose models are
 * a {@code schema.sql} file: what they print, what they write, their exit codes, and that the
 * written revisions upgrade and downgrade the database to exactly the models and back.
 */
class AutogenerateCommandsTest {
    private static final String USERS_AND_MESSAGES = """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                email VARCHAR(255) NOT NULL UNIQUE
            );
            CREATE TABLE messages (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                body TEXT NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
            );
            CREATE INDEX ix_messages_user_created ON messages (user_id, created_at DESC);
            """;

    @TempDir
    Path project;

    private Cli cli;

    @BeforeEach
    void buildProject() throws IOException {
        cli = new Cli(project);
        ok(cli.run("init", project.resolve("migrations").toString()));
        Files.writeString(
                project.resolve("retort.toml"),
                Files.readString(project.resolve("retort.toml")) + "models = \"sql:schema.sql\"\n");
        Files.writeString(project.resolve("schema.sql"), USERS_AND_MESSAGES);
    }

    private static Cli.Result ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.toString());
        return result;
    }

    private static Cli.Result exits(int code, Cli.Result result) {
        assertEquals(code, result.exitCode(), result.toString());
        return result;
    }

    private List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            return files.filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private Path onlyScript() throws IOException {
        List<Path> scripts = scripts();
        assertEquals(1, scripts.size(), scripts.toString());
        return scripts.get(0);
    }

    /** The columns of an SQLite table, in order. */
    private List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"));
                ResultSet rows = connection.createStatement().executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rows.next()) {
                columns.add(rows.getString("name"));
            }
        }
        return columns;
    }

    @Test
    void checkListsWhatAnEmptyDatabaseLacksAndExitsOne() {
        Cli.Result result = exits(1, cli.run("check"));

        assertEquals("""
                New upgrade operations detected:
                  + create table users (2 columns)
                  + create table messages (4 columns)
                  + create index ix_messages_user_created on messages (user_id, created_at DESC)
                """, result.out());
        assertTrue(result.err().contains("retort revision --autogenerate"), result.err());
    }

    @Test
    void autogenerateWritesARevisionThatUpgradesToTheModelsAndDowngradesBack() throws Exception {
        Cli.Result generated = ok(cli.run("revision", "--autogenerate", "-m", "create users and messages"));
        Path script = onlyScript();
        String text = Files.readString(script);

        assertTrue(generated.err().contains("Detected + create table users (2 columns)"), generated.err());
        assertTrue(generated.out().startsWith("Generating <tmp>/migrations/versions/"), generated.out());
        assertTrue(text.contains("-- migrate:upgrade\nCREATE TABLE users"), text);
        assertTrue(text.contains("DROP TABLE messages;"), text);

        ok(cli.run("upgrade", "head"));
        assertEquals(List.of("id", "user_id", "body", "created_at"), columns("messages"));
        Cli.Result check = ok(cli.run("check"));
        assertEquals("No new upgrade operations detected.\n", check.out());

        ok(cli.run("downgrade", "base"));
        assertEquals(List.of(), columns("messages"));
        assertEquals(List.of(), columns("users"));
    }

    @Test
    void aSecondAutogenerateAfterUpgradeHoldsOnlyTheNewColumn() throws Exception {
        ok(cli.run("revision", "--autogenerate", "-m", "initial"));
        ok(cli.run("upgrade", "head"));
        Files.writeString(
                project.resolve("schema.sql"),
                USERS_AND_MESSAGES.replace(
                        "email VARCHAR(255) NOT NULL UNIQUE",
                        "email VARCHAR(255) NOT NULL UNIQUE,\n" + "    full_name VARCHAR(200)"));

        Cli.Result generated = ok(cli.run("revision", "--autogenerate", "-m", "add full name"));

        assertTrue(generated.err().contains("Detected + add column users.full_name VARCHAR(200)"), generated.err());
        ok(cli.run("upgrade", "head"));
        assertEquals(List.of("id", "email", "full_name"), columns("users"));
        ok(cli.run("check"));
        ok(cli.run("downgrade", "-1"));
        assertEquals(List.of("id", "email"), columns("users"));
    }

    @Test
    void autogenerateRefusesWhenTheDatabaseIsNotAtHead() throws Exception {
        ok(cli.run("revision", "--autogenerate", "-m", "initial"));

        Cli.Result refused = exits(1, cli.run("revision", "--autogenerate", "-m", "again"));

        assertTrue(refused.err().startsWith("error: Target database is not up to date.\n"), refused.err());
        assertTrue(refused.err().contains("retort upgrade head"), refused.err());
        assertEquals(1, scripts().size(), "no second script is written");
    }

    @Test
    void droppingAColumnIsMarkedDestructiveOnScreenAndInTheScript() throws Exception {
        ok(cli.run("revision", "--autogenerate", "-m", "initial"));
        ok(cli.run("upgrade", "head"));
        Files.writeString(project.resolve("schema.sql"), USERS_AND_MESSAGES.replace("    body TEXT NOT NULL,\n", ""));

        Cli.Result generated = ok(cli.run("revision", "--autogenerate", "-m", "drop body"));

        assertTrue(generated.err().contains("warning: "), generated.err());
        String text = Files.readString(onlyNew(generated));
        assertTrue(text.contains("-- WARNING: "), text);
        ok(cli.run("upgrade", "head"));
        assertEquals(List.of("id", "user_id", "created_at"), columns("messages"));
        ok(cli.run("downgrade", "-1"));
        // Adding a column puts it last, as ALTER TABLE ADD COLUMN does everywhere.
        assertEquals(List.of("id", "user_id", "created_at", "body"), columns("messages"));
    }

    private Path onlyNew(Cli.Result generated) {
        String line = generated.out().strip();
        String path = line.substring("Generating ".length(), line.indexOf(" ... done"));
        return Path.of(path.replace("<tmp>", project.toString()));
    }

    @Test
    void javaFormatWritesOpsCallsThatCompileAndRun() throws Exception {
        ok(cli.run("revision", "--autogenerate", "-m", "initial", "--format", "java"));
        String text = Files.readString(onlyScript());

        assertTrue(text.contains("op.createTable("), text);
        assertTrue(text.contains("op.dropTable(\"messages\")"), text);
        ok(cli.run("upgrade", "head"));
        ok(cli.run("check"));
        ok(cli.run("downgrade", "base"));
        assertEquals(List.of(), columns("users"));
    }

    @Test
    void diffPrintsSqlAndJsonAndExitsOneOnDifferences() {
        Cli.Result sql = exits(1, cli.run("diff", "database", "models", "--sql"));
        assertTrue(sql.out().startsWith("CREATE TABLE users"), sql.out());

        Cli.Result json = exits(1, cli.run("diff", "database", "models", "--json"));
        assertTrue(json.out().contains("\"changes\": ["), json.out());
        assertTrue(json.out().contains("\"+ create table users (2 columns)\""), json.out());

        Cli.Result same = ok(cli.run("diff", "models", "sql:schema.sql"));
        assertEquals("", same.out());
        assertTrue(same.err().startsWith("No differences between"), same.err());
    }

    @Test
    void withoutModelsCheckSaysHowToConfigureThem() throws IOException {
        Files.writeString(
                project.resolve("retort.toml"),
                Files.readString(project.resolve("retort.toml")).replace("models = \"sql:schema.sql\"\n", ""));

        Cli.Result result = exits(2, cli.run("check"));

        assertTrue(result.err().startsWith("error: no models are configured"), result.err());
        assertTrue(result.err().contains("models = \"sql:schema.sql\""), result.err());
    }

    @Test
    void aBrokenModelsFileNamesTheLineAndWritesNothing() throws IOException {
        Files.writeString(
                project.resolve("schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\nCREATE TABLE (;\n");

        Cli.Result result = exits(1, cli.run("revision", "--autogenerate", "-m", "broken"));

        assertTrue(result.err().contains("schema.sql:2"), result.err());
        assertEquals(List.of(), scripts());
    }

    @Test
    void excludedTablesAreLeftAloneAndIncludeLimitsTheComparison() throws Exception {
        ok(cli.run("revision", "--autogenerate", "-m", "initial"));
        ok(cli.run("upgrade", "head"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"))) {
            connection.createStatement().execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, line TEXT)");
        }
        Cli.Result seen = exits(1, cli.run("check"));
        assertEquals("New upgrade operations detected:\n  - drop table audit_log\n", seen.out());

        String config = Files.readString(project.resolve("retort.toml"));
        Files.writeString(project.resolve("retort.toml"), config + "exclude_tables = [\"audit_*\"]\n");
        ok(cli.run("check"));

        Files.writeString(project.resolve("retort.toml"), config + "include_tables = [\"users\", \"mess?ges\"]\n");
        ok(cli.run("check"));
    }

    @Test
    void includeSchemasOnADatabaseWithoutSchemasIsRefusedAsBadConfiguration() throws Exception {
        String config = Files.readString(project.resolve("retort.toml"));
        Files.writeString(project.resolve("retort.toml"), config + "include_schemas = [\"sales\"]\n");

        Cli.Result refused = exits(2, cli.run("check"));

        assertTrue(
                refused.err().contains("include_schemas is set, but SQLite has no schemas inside a database"),
                refused.err());
        assertTrue(refused.err().contains("remove include_schemas from retort.toml"), refused.err());
        exits(2, cli.run("revision", "--autogenerate", "-m", "nothing"));
        assertEquals(List.of(), scripts(), "a refused autogenerate writes no script");
    }

    @Test
    void statusSaysWhatIsPendingAndWhetherTheModelsMatchAndExitsOneUntilAllIsDone() throws Exception {
        ok(cli.run("revision", "--autogenerate", "-m", "initial", "--rev-id", "aaaa1111"));

        Cli.Result pending = exits(1, cli.run("status"));
        assertEquals("""
                Database: sqlite:///app.db
                Current:  <base>
                Head:     aaaa1111 (initial)
                Pending:  1 revision (run `retort upgrade head`)
                  <base> -> aaaa1111 (head), initial
                Models:   3 differences from the database (run `retort check` to list them)
                Not up to date.
                """, pending.out());

        ok(cli.run("upgrade", "head"));
        Cli.Result done = ok(cli.run("status"));
        assertEquals("""
                Database: sqlite:///app.db
                Current:  aaaa1111 (initial)
                Head:     aaaa1111 (initial)
                Models:   match the database
                Up to date.
                """, done.out());

        Path script = onlyScript();
        Files.writeString(script, Files.readString(script).replace("DROP TABLE users;", "DROP TABLE users; -- edited"));
        Cli.Result edited = exits(1, cli.run("status", "--json"));
        assertTrue(edited.out().contains("\"edited\": [\"aaaa1111\"]"), edited.out());
        assertTrue(edited.out().contains("\"up_to_date\": false"), edited.out());
    }

    @Test
    void unknownDiffSourceIsBadUsage() {
        Cli.Result result = exits(2, cli.run("diff", "database", "yaml:models.yml"));

        assertTrue(result.err().startsWith("error: 'yaml:models.yml' names nothing to compare"), result.err());
    }
}
