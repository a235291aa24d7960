package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort info} on a SQLite project: its table, its sizes and its JSON. */
class InfoCommandTest {
    @TempDir
    Path project;

    private Cli cli;

    @BeforeEach
    void buildProject() throws Exception {
        cli = new Cli(project);
        assertEquals(
                0, cli.run("init", project.resolve("migrations").toString()).exitCode());
        Files.writeString(project.resolve("migrations/versions/a1_items.sql"), """
                -- Revision: a1
                -- Message: items

                -- migrate:upgrade
                CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT);
                CREATE INDEX ix_items_name ON items (name);
                INSERT INTO items (name) VALUES ('a'), ('b');

                -- migrate:downgrade
                DROP TABLE items;
                """);
        assertEquals(0, cli.run("upgrade", "head").exitCode());
    }

    @Test
    void showsTheServerTheRevisionsAndEachTableWithRowsSizeAndIndexes() {
        Cli.Result result = cli.run("info");

        assertEquals(0, result.exitCode(), result.toString());
        String out =
                result.out().replaceAll("\\(SQLite [0-9.]+\\)", "(SQLite N)").replaceAll("\\d+\\.\\d kB", "N kB");
        assertEquals("""
                Database: sqlite:///app.db (SQLite N)
                Current:  a1
                Head:     a1

                Table           Rows    Size  Indexes
                items              2  N kB  ix_items_name
                retort_history     1  N kB
                retort_version     1  N kB
                """, out);
    }

    @Test
    void backupWritesAnOwnerOnlyCopyAndUpgradeBackupTakesOneFirst() throws Exception {
        Cli.Result result = cli.run("backup", "--to", "copies/app.db");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("Backed up sqlite:///app.db to <tmp>/copies/app.db ("), result.out());
        Path copy = project.resolve("copies/app.db");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));

        Cli.Result again = cli.run("backup", "--to", "copies/app.db");
        assertEquals(1, again.exitCode(), again.toString());
        assertTrue(again.err().startsWith("error: the backup file <tmp>/copies/app.db already exists"), again.err());

        Cli.Result upgrade = cli.run("upgrade", "head", "--backup");
        assertEquals(0, upgrade.exitCode(), upgrade.toString());
        assertTrue(upgrade.out().startsWith("Backed up sqlite:///app.db to <tmp>/backups/app-"), upgrade.out());
        try (Stream<Path> backups = Files.list(project.resolve("backups"))) {
            assertEquals(1, backups.count());
        }
    }

    @Test
    void aBackupPathThroughAFileSaysSoAndUpgradeBackupThenRunsNothing() throws Exception {
        Files.writeString(project.resolve("notes.txt"), "not a folder");
        Files.writeString(project.resolve("migrations/versions/b2_more.sql"), """
                -- Revision: b2
                -- Revises: a1
                -- Message: more

                -- migrate:upgrade
                CREATE TABLE more_items (id INTEGER PRIMARY KEY);

                -- migrate:downgrade
                DROP TABLE more_items;
                """);

        Cli.Result backup = cli.run("backup", "--to", "notes.txt/app.db");

        assertEquals(1, backup.exitCode(), backup.toString());
        assertEquals(
                "error: could not create the backup file <tmp>/notes.txt/app.db: <tmp>/notes.txt is a file, not a"
                        + " folder\nhint: choose a path in a folder with --to\n",
                backup.err());
        assertEquals("not a folder", Files.readString(project.resolve("notes.txt")));

        Files.writeString(project.resolve("backups"), "a file where the backups folder goes");
        Cli.Result upgrade = cli.run("upgrade", "head", "--backup");
        assertEquals(1, upgrade.exitCode(), upgrade.toString());
        assertTrue(
                upgrade.err().startsWith("error: could not create the backup file <tmp>/backups/app-"), upgrade.err());
        assertTrue(upgrade.err().contains(": <tmp>/backups is a file, not a folder\n"), upgrade.err());
        Cli.Result current = cli.run("current");
        assertTrue(current.out().startsWith("a1"), "no revision may run without its backup: " + current.out());
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("512 B", InfoCommand.size(512));
        assertEquals("8.0 kB", InfoCommand.size(8192));
        assertEquals("1.5 MB", InfoCommand.size(1536 * 1024));
    }

    @Test
    void jsonHasRowsBytesAndIndexes() {
        Cli.Result result = cli.run("info", "--json");

        assertTrue(result.out().contains("\"name\": \"items\",\n      \"rows\": 2,"), result.out());
        assertTrue(result.out().contains("\"indexes\": [\"ix_items_name\"]"), result.out());
    }
}
