package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fifth seed's troubleshooting entries that need PostgreSQL itself: a {@code DATABASE_URL}
 * naming a database that does not exist, and "Data Type Issues" (a type change whose cast some
 * rows do not survive). Each is provoked for real; the message, hint and exit code are checked,
 * then the fix they name is applied. The others are in {@link TroubleshootingTest}.
 */
class TroubleshootingIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    @TempDir
    Path project;

    @Test
    void databaseUrlNamingAMissingDatabaseSaysHowToCreateIt() throws Exception {
        TestDatabase database = POSTGRES.newDatabase();
        Files.writeString(project.resolve("schema.sql"), "CREATE TABLE entries (id SERIAL PRIMARY KEY);\n");
        Cli cli = new Cli(project).env("DATABASE_URL", database.url() + "_missing");

        Cli.Result init = cli.runRaw(
                "-c",
                project.resolve("retort.toml").toString(),
                "init",
                "--autogenerate",
                "--models",
                models(project),
                project.resolve("migrations").toString());
        assertEquals(1, init.exitCode(), init.toString());
        assertTrue(
                init.err()
                        .endsWith("error: database '" + database.name() + "_missing' does not exist on PostgreSQL at "
                                + host(database) + "\n"
                                + "hint: create it (createdb " + database.name() + "_missing), or fix the database"
                                + " name in the URL\n"),
                init.err());

        Cli fixed = new Cli(project).env("DATABASE_URL", database.url());
        Cli.Result again = fixed.runRaw(
                "-c",
                project.resolve("retort.toml").toString(),
                "init",
                "--autogenerate",
                "--models",
                models(project),
                project.resolve("migrations").toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(List.of("entries"), rows(database, "SELECT tablename FROM pg_tables WHERE tablename = 'entries'"));
    }

    @Test
    void typeChangeWhoseCastFailsNamesTheStatementAndLeavesNothingApplied() throws Exception {
        TestDatabase database = POSTGRES.newDatabase();
        Path models = project.resolve("schema.sql");
        Files.writeString(models, "CREATE TABLE entries (id SERIAL PRIMARY KEY, mood VARCHAR(10));\n");
        Cli cli = new Cli(project).env("DATABASE_URL", database.url());
        ok(cli.runRaw(
                "-c",
                project.resolve("retort.toml").toString(),
                "init",
                "--autogenerate",
                "--models",
                models(project),
                project.resolve("migrations").toString()));
        execute(database, "INSERT INTO entries (mood) VALUES ('7'), ('high')");
        Files.writeString(models, "CREATE TABLE entries (id SERIAL PRIMARY KEY, mood INTEGER);\n");
        Cli.Result revision = ok(cli.run("revision", "--autogenerate", "-m", "mood as integer"));
        assertTrue(revision.err().startsWith("Detected ~ alter column entries.mood: type VARCHAR(10) -> INTEGER\n"));
        Path script = script(project, "_mood_as_integer.sql");
        String id = script.getFileName().toString().substring(0, 12);

        Cli.Result upgrade = cli.run("upgrade", "head");
        assertEquals(1, upgrade.exitCode(), upgrade.toString());
        assertTrue(
                upgrade.err()
                        .contains("error: revision " + id + " (mood as integer) failed at <tmp>/migrations/versions/"
                                + script.getFileName() + ":7; nothing of it was applied\n"
                                + "  statement: ALTER TABLE entries ALTER COLUMN mood TYPE INTEGER USING"
                                + " mood::INTEGER\n"
                                + "  sqlstate:  22P02   code: 0\n"
                                + "  database:  ERROR: invalid input syntax for type integer: \"high\""),
                upgrade.err());
        assertTrue(upgrade.err().endsWith("hint: fix the script, then run the command again\n"), upgrade.err());
        assertEquals(
                List.of("character varying"),
                rows(database, "SELECT data_type FROM information_schema.columns WHERE column_name = 'mood'"));

        // The fix: say in the script how the values that do not cast become integers.
        Files.writeString(
                script,
                Files.readString(script)
                        .replace("USING mood::INTEGER", "USING CASE WHEN mood ~ '^[0-9]+$' THEN mood::INTEGER END"));
        ok(cli.run("upgrade", "head"));
        assertEquals(List.of("7", "null"), rows(database, "SELECT mood FROM entries ORDER BY id"));
        assertEquals(
                "No new upgrade operations detected.\n", ok(cli.run("check")).out());
    }

    /** In process, the working directory is the module's: name the models file (and folder) absolutely. */
    private static String models(Path project) {
        return "sql:" + project.resolve("schema.sql");
    }

    private static String host(TestDatabase database) {
        String url = database.url();
        return url.substring(url.indexOf('@') + 1, url.lastIndexOf('/'));
    }

    private static Path script(Path project, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static Cli.Result ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.toString());
        return result;
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> rows(TestDatabase database, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.open();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(String.valueOf(result.getString(1)));
            }
        }
        return rows;
    }
}
