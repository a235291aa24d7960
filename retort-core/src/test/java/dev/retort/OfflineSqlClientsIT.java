package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline SQL of {@code upgrade --sql} and {@code downgrade --sql} runs as printed in each
 * database's own command-line client (sqlite3, psql, mariadb), including bodies with semicolons,
 * and leaves the version table where the plan says.
 */
class OfflineSqlClientsIT {
    @TempDir
    Path root;

    /** Runs a client with the script on standard input; fails with its output if it fails. */
    static void runClient(List<String> command, Map<String, String> environment, String script) throws Exception {
        assumeTrue(onPath(command.get(0)), command.get(0) + " is not installed; install it to run this test");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), command.get(0) + " failed:\n" + output + "\nscript:\n" + script);
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    static List<String> rows(TestDatabase database, String sql) throws SQLException {
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

    abstract class ClientCase {
        abstract TestDatabase database();

        abstract String dialect();

        abstract List<String> client();

        abstract Map<String, String> clientEnvironment();

        /** A base with a table and a body full of semicolons; a second revision on top. */
        abstract String firstUpgrade();

        abstract String firstDowngrade();

        abstract String tablesQuery();

        @Test
        void upgradeThenDowngradeThroughTheClient() throws Exception {
            ScriptProject project = new ScriptProject(root);
            project.script("0001_base.sql", "a1", "", firstUpgrade(), firstDowngrade());
            project.script(
                    "0002_notes.sql",
                    "b2",
                    "a1",
                    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(200));\n"
                            + "INSERT INTO notes (id, body) VALUES (1, 'semicolon; inside a string');",
                    "DROP TABLE notes;");
            Retort retort = project.retort(dialect());
            runClient(client(), clientEnvironment(), retort.upgradeSql("head").sql());
            assertEquals(List.of("b2"), rows(database(), "SELECT version_num FROM retort_version"));
            assertEquals(List.of("semicolon; inside a string"), rows(database(), "SELECT body FROM notes"));

            runClient(
                    client(), clientEnvironment(), retort.downgradeSql("b2:a1").sql());
            assertEquals(List.of("a1"), rows(database(), "SELECT version_num FROM retort_version"));

            runClient(
                    client(),
                    clientEnvironment(),
                    retort.downgradeSql("a1:base").sql());
            assertEquals(List.of(), rows(database(), tablesQuery()));
        }
    }

    @Nested
    class Sqlite extends ClientCase {
        @RegisterExtension
        static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

        @Override
        TestDatabase database() {
            return SQLITE.database();
        }

        @Override
        String dialect() {
            return "sqlite";
        }

        @Override
        List<String> client() {
            return List.of("sqlite3", "-bail", SQLITE.database().url().substring("sqlite:///".length()));
        }

        @Override
        Map<String, String> clientEnvironment() {
            return Map.of();
        }

        @Override
        String firstUpgrade() {
            return """
                    CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, updated INTEGER DEFAULT 0);
                    CREATE TRIGGER users_touch AFTER UPDATE ON users
                    BEGIN
                        UPDATE users SET updated = updated + 1 WHERE id = NEW.id AND NEW.updated = OLD.updated;
                        SELECT CASE WHEN NEW.name = '' THEN RAISE(ABORT, 'empty; name') END;
                    END;""";
        }

        @Override
        String firstDowngrade() {
            return "DROP TRIGGER users_touch;\nDROP TABLE users;";
        }

        @Override
        String tablesQuery() {
            return "SELECT name FROM sqlite_master WHERE type = 'table'";
        }
    }

    @Nested
    class Postgres extends ClientCase {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

        @Override
        TestDatabase database() {
            return POSTGRES.database();
        }

        @Override
        String dialect() {
            return "postgresql";
        }

        @Override
        List<String> client() {
            URI uri = URI.create(POSTGRES.database().url());
            return List.of(
                    "psql",
                    "-X",
                    "-q",
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-h",
                    uri.getHost(),
                    "-p",
                    String.valueOf(uri.getPort()),
                    "-U",
                    POSTGRES.database().user(),
                    "-d",
                    POSTGRES.database().name());
        }

        @Override
        Map<String, String> clientEnvironment() {
            return Map.of("PGPASSWORD", POSTGRES.database().password());
        }

        @Override
        String firstUpgrade() {
            return """
                    CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, updated_at TIMESTAMPTZ);
                    CREATE FUNCTION users_touch() RETURNS trigger AS $$
                    BEGIN
                        NEW.updated_at := now();
                        RETURN NEW;
                    END;
                    $$ LANGUAGE plpgsql;
                    CREATE TRIGGER users_touch BEFORE UPDATE ON users
                        FOR EACH ROW EXECUTE FUNCTION users_touch();""";
        }

        @Override
        String firstDowngrade() {
            return "DROP TRIGGER users_touch ON users;\nDROP FUNCTION users_touch();\nDROP TABLE users;";
        }

        @Override
        String tablesQuery() {
            return "SELECT tablename FROM pg_tables WHERE schemaname = 'public'";
        }
    }

    @Nested
    class MariaDb extends ClientCase {
        @RegisterExtension
        static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

        @Override
        TestDatabase database() {
            return MARIADB.database();
        }

        @Override
        String dialect() {
            return "mariadb";
        }

        @Override
        List<String> client() {
            URI uri = URI.create(MARIADB.database().url());
            return List.of(
                    "mariadb",
                    "--batch",
                    "-h",
                    uri.getHost(),
                    "-P",
                    String.valueOf(uri.getPort()),
                    "-u",
                    MARIADB.database().user(),
                    MARIADB.database().name());
        }

        @Override
        Map<String, String> clientEnvironment() {
            return Map.of("MYSQL_PWD", MARIADB.database().password());
        }

        @Override
        String firstUpgrade() {
            return """
                    CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, updates INTEGER NOT NULL DEFAULT 0);
                    CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW
                    BEGIN
                        IF NEW.name <> OLD.name THEN
                            SET NEW.updates = OLD.updates + 1;
                        END IF;
                    END;""";
        }

        @Override
        String firstDowngrade() {
            return "DROP TRIGGER users_touch;\nDROP TABLE users;";
        }

        @Override
        String tablesQuery() {
            return "SHOW TABLES";
        }
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
