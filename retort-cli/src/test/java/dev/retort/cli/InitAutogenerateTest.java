package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort init --autogenerate} (the first seed's {@code init_migrations.py}): folders, the
 * first revision from the models, applied, in one command; and nothing left behind when it fails.
 */
class InitAutogenerateTest {
    @TempDir
    Path project;

    private Cli cli;

    @BeforeEach
    void models() throws Exception {
        cli = new Cli(project);
        Files.writeString(
                project.resolve("schema.sql"),
                "CREATE TABLE user_sessions (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, token TEXT);\n");
    }

    private List<Path> scripts() throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            return files.filter(file -> file.toString().endsWith(".sql")).toList();
        }
    }

    @Test
    void createsTheProjectWritesTheFirstRevisionAndAppliesIt() throws Exception {
        Cli.Result result = cli.run(
                "init", project.resolve("migrations").toString(), "--autogenerate", "--models", "sql:schema.sql");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.err().contains("Detected + create table user_sessions (3 columns)"), result.err());
        assertTrue(Files.readString(project.resolve("retort.toml")).contains("\nmodels = \"sql:schema.sql\""));
        assertEquals(1, scripts().size());
        assertTrue(
                scripts().get(0).getFileName().toString().endsWith("_initial_schema.sql"),
                scripts().toString());
        assertTrue(result.out().contains("Upgraded sqlite:///app.db to "), result.out());
        Cli.Result check = cli.run("check");
        assertEquals(0, check.exitCode(), check.toString());
    }

    @Test
    void withoutModelsItSaysWhatIsMissingAndCreatesNothing() {
        Cli.Result result = cli.run("init", project.resolve("migrations").toString(), "--autogenerate");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: init --autogenerate needs the models"), result.err());
        assertFalse(Files.exists(project.resolve("retort.toml")));
        assertFalse(Files.exists(project.resolve("migrations")));
    }

    @Test
    void brokenModelsLeaveNothingBehindSoTheSameCommandCanRunAgain() throws Exception {
        Files.writeString(project.resolve("schema.sql"), "CREATE TABLE user_sessions (;\n");
        String[] init = {
            "init", project.resolve("migrations").toString(), "--autogenerate", "--models", "sql:schema.sql"
        };

        Cli.Result failed = cli.run(init);

        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.err().contains("schema.sql:1"), failed.err());
        assertFalse(Files.exists(project.resolve("retort.toml")));
        assertFalse(Files.exists(project.resolve("migrations")));
        assertFalse(Files.exists(project.resolve("app.db")), "the failed init left an empty database file");

        Files.writeString(project.resolve("schema.sql"), "CREATE TABLE user_sessions (id INTEGER PRIMARY KEY);\n");
        assertEquals(0, cli.run(init).exitCode());
    }
}
