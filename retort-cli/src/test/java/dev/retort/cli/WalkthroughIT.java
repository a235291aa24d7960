package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code WALKTHROUGH.md} of each SQLite example, run command by command in a fresh copy with a
 * fresh database file, the output compared with what the document shows (see {@link
 * WalkthroughRunner}). The PostgreSQL examples are in {@link PostgresWalkthroughIT}.
 */
class WalkthroughIT {
    @TempDir
    Path work;

    @Test
    void chatBackendOfTheSecondSeed() throws Exception {
        assertEquals(List.of(), new WalkthroughRunner("chat", work).run());
    }

    @Test
    void chatApplicationDatabaseCommandsOfTheThirdSeed() throws Exception {
        assertEquals(List.of(), new WalkthroughRunner("chatapp", work).run());
    }

    @Test
    void initAutogenerateAndSessionPerformanceOfTheFirstSeed() throws Exception {
        assertEquals(List.of(), new WalkthroughRunner("session-performance", work).run());
    }
}
