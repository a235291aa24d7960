package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command answers --help with its usage and at least one example, and exits 0. */
class HelpTest {
    @TempDir
    Path project;

    @Test
    void everyCommandHasHelpWithAnExample() {
        List<String> commands = Subcommands.names();
        assertTrue(commands.size() >= 9, commands.toString());
        for (String command : commands) {
            Cli.Result result = new Cli(project).runRaw(command, "--help");
            assertEquals(0, result.exitCode(), command + ": " + result);
            assertTrue(result.out().startsWith("Usage: retort " + command), command + ": " + result.out());
            assertTrue(result.out().contains("\nExamples:\n  retort " + command), command + ": " + result.out());
        }
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        Cli.Result result = new Cli(project).runRaw("--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("Exit codes: 0 ok, 1 failed, 2 bad usage."), result.out());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result result = new Cli(project).runRaw();
        assertEquals(2, result.exitCode());
        assertEquals("error: Missing command\nhint: see `retort --help`\n", result.err());
    }

    @Test
    void versionNamesTheTool() {
        Cli.Result result = new Cli(project).runRaw("--version");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("retort "), result.out());
    }
}
