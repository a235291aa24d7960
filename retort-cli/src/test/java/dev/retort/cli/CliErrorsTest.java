package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input gets one error line, a hint, the right exit code, no stack trace, and leaves
 * the project as it was.
 */
class CliErrorsTest {
    @TempDir
    Path project;

    private Cli cli;

    @BeforeEach
    void init() {
        cli = new Cli(project);
        assertEquals(
                0, cli.run("init", project.resolve("migrations").toString()).exitCode());
    }

    private Path versions() {
        return project.resolve("migrations/versions");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(versions().resolve(name), text);
    }

    private static String script(String id, String parents) {
        return "-- Revision: " + id + "\n" + (parents.isEmpty() ? "" : "-- Revises: " + parents + "\n")
                + "-- migrate:upgrade\n-- migrate:downgrade\n";
    }

    /** Every file of the project with its content, to prove a failed command changed nothing. */
    private TreeMap<String, String> snapshot() throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        project.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private void fails(int exitCode, String error, String hint, String... args) throws IOException {
        TreeMap<String, String> before = snapshot();
        Cli.Result result = cli.run(args);
        assertEquals(exitCode, result.exitCode(), result.toString());
        assertEquals("", result.out(), result.toString());
        assertEquals("error: " + error + "\nhint: " + hint + "\n", result.err());
        assertEquals(before, snapshot(), "a failed command must not change the project");
    }

    @Test
    void noConfigurationFile() throws IOException {
        Files.delete(project.resolve("retort.toml"));
        fails(
                2,
                "No config file 'retort.toml' found in <tmp>",
                "run `retort init` to create one, or pass -c FILE",
                "heads");
    }

    @Test
    void unknownCommandSuggestsTheNearOne() throws IOException {
        fails(
                2,
                "unknown command 'histroy'",
                "did you mean 'history' or 'stamp' or 'status'? see `retort --help`",
                "histroy");
    }

    @Test
    void unknownOption() throws IOException {
        fails(2, "unknown option '--frobnicate'", "see `retort heads --help`", "heads", "--frobnicate");
    }

    @Test
    void blankMessage() throws IOException {
        fails(
                2,
                "the message given with -m is empty",
                "describe the change, e.g. -m \"add user email\"",
                "revision",
                "-m",
                "  ");
    }

    @Test
    void multiLineMessage() throws IOException {
        fails(
                2,
                "the message given with -m spans several lines",
                "give a one-line message; details belong in the script as SQL comments",
                "revision",
                "-m",
                "one\ntwo");
    }

    @Test
    void badRevisionId() throws IOException {
        fails(
                2,
                "Character(s) '-' not allowed in revision identifier 'a-b'",
                "use letters, digits and underscores",
                "revision",
                "-m",
                "x",
                "--rev-id",
                "a-b");
    }

    @Test
    void revisionOnSeveralHeads() throws IOException {
        write("a.sql", script("a1a1", ""));
        write("b.sql", script("b2b2", ""));
        fails(
                1,
                "Multiple heads are present; please specify the head revision on which the new revision should be"
                        + " based, or perform a merge.",
                "the heads are a1a1, b2b2; pass --head <revision>, or join them with `retort merge heads -m \"merge\"`",
                "revision",
                "-m",
                "x");
    }

    @Test
    void headAskedForWhileSeveralHeadsExist() throws IOException {
        write("a.sql", script("a1a1", ""));
        write("b.sql", script("b2b2", ""));
        fails(
                1,
                "Multiple head revisions are present for given argument 'head'; please specify a specific target"
                        + " revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads",
                "the heads are a1a1, b2b2; name one of them, run `retort upgrade heads` for all, or join them"
                        + " with `retort merge heads -m \"merge\"`",
                "upgrade",
                "head",
                "--sql",
                "--dialect",
                "sqlite");
    }

    @Test
    void unknownTarget() throws IOException {
        write("a.sql", script("a1a1", ""));
        fails(
                1,
                "Can't locate revision identified by 'zzzz9'",
                "run `retort history` to list the revisions",
                "show",
                "zzzz9");
    }

    @Test
    void ambiguousPartialIdListsTheCandidates() throws IOException {
        write("a.sql", script("abcd1111", ""));
        write("b.sql", script("abcd2222", "abcd1111"));
        fails(
                1,
                "Multiple revisions start with 'abcd': 'abcd1111', 'abcd2222'",
                "give more characters of the revision id",
                "show",
                "abcd");
    }

    @Test
    void duplicateRevisionId() throws IOException {
        write("a.sql", script("a1a1", ""));
        write("b.sql", script("a1a1", ""));
        fails(
                1,
                "revision a1a1 is declared by two scripts: <tmp>/migrations/versions/a.sql and"
                        + " <tmp>/migrations/versions/b.sql",
                "give one of them a new id in its '-- Revision:' header",
                "heads");
    }

    @Test
    void missingParentNamesTheScript() throws IOException {
        write("b.sql", script("b2b2", "a1a1"));
        fails(
                1,
                "Revision a1a1 referenced from b2b2 is not present",
                "fix the Revises header of <tmp>/migrations/versions/b.sql, or restore the missing script",
                "history");
    }

    @Test
    void cycleNamesTheScripts() throws IOException {
        write("a.sql", script("a1a1", "b2b2"));
        write("b.sql", script("b2b2", "a1a1"));
        fails(
                1,
                "Cycle is detected in revisions (a1a1, b2b2)",
                "fix the Revises/Depends-On headers of <tmp>/migrations/versions/a.sql, <tmp>/migrations/versions/b.sql",
                "heads");
    }

    @Test
    void aBranchLabelOnTwoRevisions() throws IOException {
        write("a.sql", "-- Revision: a1a1\n-- Branch-Labels: auth\n-- migrate:upgrade\n");
        write("b.sql", "-- Revision: b2b2\n-- Branch-Labels: auth\n-- migrate:upgrade\n");
        fails(
                1,
                "Branch name 'auth' in revision b2b2 already used by revision a1a1",
                "rename the label in the Branch-Labels header of <tmp>/migrations/versions/b.sql,"
                        + " <tmp>/migrations/versions/a.sql",
                "heads");
    }

    @Test
    void malformedHeaderNamesFileAndLine() throws IOException {
        write("a.sql", "-- Revision: a1a1\n-- Revises a0\nCREATE TABLE t (id INT);\n-- migrate:upgrade\n");
        fails(
                1,
                "<tmp>/migrations/versions/a.sql:3: SQL before the '-- migrate:upgrade' line; statements belong in the"
                        + " upgrade or downgrade section",
                "a script starts with '-- Revision: <id>' (and '-- Revises: <parent>'), then '-- migrate:upgrade' and"
                        + " '-- migrate:downgrade' sections",
                "heads");
    }

    @Test
    void unreadableFile() throws IOException {
        Files.write(versions().resolve("a.sql"), new byte[] {'-', '-', (byte) 0xc3, (byte) 0x28});
        fails(
                1,
                "<tmp>/migrations/versions/a.sql: cannot read the file: it is not valid UTF-8",
                "a script starts with '-- Revision: <id>' (and '-- Revises: <parent>'), then '-- migrate:upgrade' and"
                        + " '-- migrate:downgrade' sections",
                "heads");
    }

    @Test
    void initRefusesToOverwrite() throws IOException {
        fails(
                1,
                "<tmp>/retort.toml already exists; nothing was created",
                "edit it to point script_location at your migrations, or remove it to start over",
                "init");
    }

    @Test
    void badTomlNamesLineAndColumn() throws IOException {
        Files.writeString(project.resolve("retort.toml"), "script_location = \"migrations\"\nurl = sqlite\n");
        fails(
                2,
                "<tmp>/retort.toml:2:7: invalid value 'sqlite'; a string must be in quotes",
                "fix the TOML syntax; see the README for a sample retort.toml",
                "heads");
    }

    @Test
    void unknownSettingSuggestsTheNearOne() throws IOException {
        Files.writeString(project.resolve("retort.toml"), "script_location = \"migrations\"\nversion_tabel = \"v\"\n");
        fails(
                2,
                "<tmp>/retort.toml:2: unknown setting 'version_tabel'; did you mean 'version_table'?",
                "the settings are: dialect, env, exclude_schemas, exclude_tables, format, history_table, include_schemas,"
                        + " include_tables, lock, lock_timeout, models, script_location, script_package, strict_checksums,"
                        + " url, version_table",
                "heads");
    }

    @Test
    void unknownEnvironment() throws IOException {
        Files.writeString(
                project.resolve("retort.toml"),
                "script_location = \"migrations\"\n[env.test]\nurl = \"sqlite:///t.db\"\n");
        fails(2, "no [env.prod] section in <tmp>/retort.toml", "the sections are: test", "--env", "prod", "heads");
    }

    @Test
    void jsonErrorsAreJsonOnStandardOutput() {
        Cli.Result result = cli.run("show", "nope", "--json");
        assertEquals(1, result.exitCode());
        assertEquals("""
                {
                  "error": {
                    "code": "REVISION_GRAPH",
                    "message": "Can't locate revision identified by 'nope'",
                    "hint": "run `retort history` to list the revisions"
                  }
                }
                """, result.out());
    }

    @Test
    void verboseShowsTheStackTrace() {
        Cli.Result quiet = cli.run("show", "nope");
        assertFalse(quiet.err().contains("\tat "), quiet.err());
        Cli.Result verbose = cli.run("show", "nope", "--verbose");
        assertTrue(verbose.err().contains("dev.retort.RevisionGraphException: Can't locate revision"), verbose.err());
        assertTrue(verbose.err().contains("\tat dev.retort."), verbose.err());
    }

    @Test
    void mergeOfASingleHeadIsRefused() throws IOException {
        write("a.sql", script("a1a1", ""));
        fails(
                1,
                "Nothing to merge: 'heads' is one revision (a1a1)",
                "merge needs two or more heads; `retort heads` lists" + " them",
                "merge",
                "heads",
                "-m",
                "m");
    }

    @Test
    void spliceIsNeededToBranchFromTheMiddle() throws IOException {
        write("a.sql", script("a1a1", ""));
        write("b.sql", script("b2b2", "a1a1"));
        fails(
                1,
                "Revision a1a1 is not a head revision; please specify --splice to create a new branch from this revision",
                "add --splice to start a branch there, or revise a head (`retort heads` lists them)",
                "revision",
                "-m",
                "x",
                "--head",
                "a1a1");
    }
}
