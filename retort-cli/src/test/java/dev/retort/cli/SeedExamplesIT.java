package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * The seeds' data migrations, written as Java scripts in {@code examples/}, run as the seeds
 * describe: the fourth seed's {@code full_name} backfill on PostgreSQL, and the first seed's session
 * performance migration on SQLite, each upgraded over existing rows and downgraded again.
 */
class SeedExamplesIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    @RegisterExtension
    static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

    @TempDir
    Path work;

    /** A copy of an example project, so that runs leave the repository as it is. */
    private Path copy(String example) throws IOException {
        Path source = Path.of("..", "examples", example).toAbsolutePath().normalize();
        Path target = work.resolve(example);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else if (!file.getFileName().toString().endsWith(".db")) {
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    private static void ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.toString());
    }

    private static void execute(TestDatabase database, String... sql) throws SQLException {
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    private static List<String> rows(TestDatabase database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.open();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void agentLoggerFullNameMigrationKeepsTheDataBothWays() throws Exception {
        Path project = copy("agentlogger");
        TestDatabase database = POSTGRES.newDatabase();
        Cli cli = new Cli(project).env("DATABASE_URL", database.url());
        ok(cli.run("upgrade", "+1"));
        execute(
                database,
                "INSERT INTO users (email, first_name, last_name) VALUES ('ada@example.com', 'Ada', 'Lovelace')",
                "INSERT INTO users (email) VALUES ('anon@example.com')");
        ok(cli.run("upgrade", "head"));
        assertEquals(
                List.of("ada@example.com|Ada Lovelace", "anon@example.com|null"),
                rows(database, "SELECT email, full_name FROM users ORDER BY email"));
        assertEquals(
                List.of(),
                rows(
                        database,
                        "SELECT column_name FROM information_schema.columns WHERE table_name = 'users'"
                                + " AND column_name IN ('first_name', 'last_name')"));
        ok(cli.run("downgrade", "-1"));
        assertEquals(
                List.of("ada@example.com|Ada|Lovelace", "anon@example.com|null|null"),
                rows(database, "SELECT email, first_name, last_name FROM users ORDER BY email"));
        ok(cli.run("upgrade", "+1"));
        ok(cli.run("downgrade", "base"));
        assertEquals(List.of(), rows(database, "SELECT tablename FROM pg_tables WHERE tablename = 'users'"));
    }

    @Test
    void sessionPerformanceMigrationBackfillsExistingSessions() throws Exception {
        Path project = copy("session-performance");
        TestDatabase database = SQLITE.newDatabase();
        Cli cli = new Cli(project).env("DATABASE_URL", database.url());
        ok(cli.run("upgrade", "+1"));
        execute(
                database,
                "INSERT INTO users (username) VALUES ('ada')",
                "INSERT INTO user_sessions (user_id, session_token, created_at) VALUES (1, 'old', '2020-01-01 10:00:00')",
                "INSERT INTO user_sessions (user_id, session_token, created_at) VALUES (1, 'new', datetime('now'))");
        Cli.Result upgrade = cli.run("upgrade", "head");
        ok(upgrade);
        assertTrue(
                upgrade.err().startsWith("Running upgrade c3e9a0d4f101 -> d8f2b6a7e202, session performance:"),
                upgrade.err());
        assertEquals(
                List.of("old|2020-01-01 10:00:00|2020-01-02 10:00:00|0", "new|1"),
                List.of(
                        rows(
                                        database,
                                        "SELECT session_token, last_activity, expires_at, is_active FROM user_sessions"
                                                + " WHERE session_token = 'old'")
                                .get(0),
                        rows(database, "SELECT session_token, is_active FROM user_sessions WHERE session_token = 'new'")
                                .get(0)));
        assertEquals(
                List.of(
                        "ix_user_sessions_expires_at",
                        "ix_user_sessions_last_activity",
                        "ix_user_sessions_user_active"),
                rows(
                        database,
                        "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_user_sessions_%'"
                                + " ORDER BY name"));
        ok(cli.run("downgrade", "-1"));
        assertEquals(List.of("2"), rows(database, "SELECT COUNT(*) FROM user_sessions"));
        assertEquals(
                List.of(),
                rows(
                        database,
                        "SELECT name FROM pragma_table_info('user_sessions') WHERE name IN ('is_active', 'expires_at')"));
    }
}
