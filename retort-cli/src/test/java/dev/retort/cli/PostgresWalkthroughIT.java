package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testkit.DatabaseExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code WALKTHROUGH.md} of each PostgreSQL example, run command by command in a fresh copy
 * (see {@link WalkthroughRunner}); each database the document names is a fresh database of the
 * test server, put in its place in the copy and in the commands. Skipped, with the reason, when no
 * server is running.
 */
class PostgresWalkthroughIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    @TempDir
    Path work;

    @Test
    void agentLoggerFullNameMigrationOfTheFourthSeed() throws Exception {
        List<String> skipped = new WalkthroughRunner("agentlogger", work)
                .substitute(
                        "postgresql://postgres@127.0.0.1:5432/agentlogger_dev",
                        POSTGRES.newDatabase().url())
                .run();
        assertEquals(List.of(), skipped);
    }

    @Test
    void journalBackendOfTheFifthSeed() throws Exception {
        List<String> skipped = new WalkthroughRunner("journal", work)
                .substitute(
                        "postgresql://postgres@127.0.0.1:5432/vibes_db",
                        POSTGRES.newDatabase().url())
                .substitute(
                        "postgresql://postgres@127.0.0.1:5432/vibes_test_db",
                        POSTGRES.newDatabase().url())
                .substitute(
                        "postgresql://postgres@127.0.0.1:5432/vibes_fresh_db",
                        POSTGRES.newDatabase().url())
                .run();
        assertEquals(List.of(), skipped);
    }
}
