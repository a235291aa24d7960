package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link Walkthrough} reads a document and writes real output back, and what the runner ignores. */
class WalkthroughTest {
    private static final List<String> DOCUMENT = List.of(
            "# Title",
            "",
            "```sh",
            "$ not a step: a sh block is prose",
            "```",
            "",
            "```console",
            "$ retort upgrade head",
            "Running upgrade  -> 1a2b3c4d5e6f, create users ... 12 ms",
            "Upgraded sqlite:///app.db to 1a2b3c4d5e6f (1 revision, 12 ms).",
            "$ cp changes/v2.sql schema.sql",
            "$ retort check  # exit 1",
            "New upgrade operations detected:",
            "```",
            "",
            Walkthrough.SKIP_MARKER,
            "```console",
            "$ retort squash -m \"baseline\"",
            "```",
            "");

    @Test
    void readsStepsWithTheirOutputExitCodeAndWhetherTheyRun() {
        Walkthrough walkthrough = Walkthrough.parse(Path.of("WALKTHROUGH.md"), DOCUMENT);

        assertEquals(
                List.of(
                        new Walkthrough.Step(
                                8,
                                11,
                                "retort upgrade head",
                                "Running upgrade  -> 1a2b3c4d5e6f, create users ... 12 ms\n"
                                        + "Upgraded sqlite:///app.db to 1a2b3c4d5e6f (1 revision, 12 ms).\n",
                                0,
                                false),
                        new Walkthrough.Step(11, 12, "cp changes/v2.sql schema.sql", "", 0, false),
                        new Walkthrough.Step(
                                12, 14, "retort check  # exit 1", "New upgrade operations detected:\n", 1, false),
                        new Walkthrough.Step(18, 19, "retort squash -m \"baseline\"", "", 0, true)),
                walkthrough.steps());
    }

    @Test
    void rewritesOnlyTheOutputOfEachStep() {
        Walkthrough walkthrough = Walkthrough.parse(Path.of("WALKTHROUGH.md"), DOCUMENT);

        String rewritten = walkthrough.rewrite(List.of("new output\n", "", "two\nlines\n", ""));

        assertEquals(
                String.join("\n", DOCUMENT.subList(0, 8))
                        + "\nnew output\n$ cp changes/v2.sql schema.sql\n$ retort check  # exit 1\ntwo\nlines\n"
                        + String.join("\n", DOCUMENT.subList(13, DOCUMENT.size())) + "\n",
                rewritten);
        assertEquals(
                walkthrough.steps().size(),
                Walkthrough.parse(Path.of("WALKTHROUGH.md"), List.of(rewritten.split("\n")))
                        .steps()
                        .size());
    }

    @Test
    void refusesABlockThatIsNotClosed() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Walkthrough.parse(Path.of("WALKTHROUGH.md"), List.of("```console", "$ retort current")));
    }

    @Test
    void makesWhatChangesFromRunToRunEqual() {
        assertEquals(
                WalkthroughRunner.normal("Upgraded to 1a2b (2 revisions, 52 ms).\n"
                        + "-- Created: 2026-11-22 09:00:00\n"
                        + "Backed up sqlite:///app.db to backups/app-20261122-084814.db (36.0 kB, 37 ms).\n"
                        + "Database: postgresql://postgres@127.0.0.1:5432/app (PostgreSQL 15.20 (Debian))   \n"),
                WalkthroughRunner.normal("Upgraded to 1a2b (2 revisions, 7 ms).\n"
                        + "-- Created: 2027-01-01 00:00:01\n"
                        + "Backed up sqlite:///app.db to backups/app-20270101-000001.db (36.0 kB, 1 ms).\n"
                        + "Database: postgresql://postgres@127.0.0.1:5432/app (PostgreSQL 17.1)\n"));
    }

    @Test
    void findsTheProgramACommandRuns() {
        assertEquals("sqlite3", WalkthroughRunner.program("sqlite3 chat.db \".tables\""));
        assertEquals("retort", WalkthroughRunner.program("DATABASE_URL=postgresql://h/db retort current"));
        assertEquals("psql", WalkthroughRunner.program("psql -At \"$DATABASE_URL\" -c \"SELECT 1\""));
    }
}
