package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort squash} on a SQLite project: the files it removes and writes, its dry run and JSON,
 * and each refusal with its message, exit code, and the versions folder left exactly as it was.
 */
class SquashCommandTest {
    @TempDir
    Path project;

    private Cli cli;

    @BeforeEach
    void buildProject() throws IOException {
        cli = new Cli(project).env("NO_COLOR", "1");
        assertEquals(
                0, cli.run("init", project.resolve("migrations").toString()).exitCode());
        script("r1_users.sql", "r1", "", "", """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
                INSERT INTO users (email) VALUES ('admin@example.com');
                """, "DROP TABLE users;");
        script("r2_posts.sql", "r2", "r1", "", """
                CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));
                CREATE INDEX ix_posts_user ON posts (user_id);
                """, "DROP TABLE posts;");
        script("r3_name.sql", "r3", "r2", "", "ALTER TABLE users ADD COLUMN name TEXT;", "");
        script("r4_tags.sql", "r4", "r3", "", "CREATE TABLE tags (id INTEGER PRIMARY KEY);", "DROP TABLE tags;");
    }

    private void script(String file, String id, String parents, String extraHeader, String upgrade, String downgrade)
            throws IOException {
        Files.writeString(
                project.resolve("migrations/versions").resolve(file),
                "-- Revision: " + id + "\n" + (parents.isEmpty() ? "" : "-- Revises: " + parents + "\n")
                        + extraHeader + "-- Message: " + file.replace(".sql", "") + "\n\n-- migrate:upgrade\n"
                        + upgrade + "\n-- migrate:downgrade\n" + downgrade + "\n");
    }

    /** Every file of versions/ with its text. */
    private Map<String, String> versions() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(project.resolve("migrations/versions"))) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), Files.readString(path));
            }
        }
        return files;
    }

    private Cli.Result refused(int exitCode, String... args) throws IOException {
        Map<String, String> before = versions();
        Cli.Result result = cli.run(args);
        assertEquals(exitCode, result.exitCode(), result.toString());
        assertEquals("", result.out(), result.toString());
        assertEquals(before, versions(), "the versions folder must not change");
        return result;
    }

    @Test
    void replacesTheRevisionsUpToTheTargetWithOneBaseline() throws IOException {
        Cli.Result result = cli.run("squash", "--to", "r3", "--yes");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(
                "Removing <tmp>/migrations/versions/r1_users.sql ... done\n"
                        + "Removing <tmp>/migrations/versions/r2_posts.sql ... done\n"
                        + "Removing <tmp>/migrations/versions/r3_name.sql ... done\n"
                        + "Generating <tmp>/migrations/versions/r3_squashed_baseline_up_to_r3.sql ... done\n",
                result.out());
        assertEquals(
                "warning: data statements (INSERT/UPDATE/DELETE) of r1 are not carried over into the baseline;"
                        + " re-add seed data by hand\n",
                result.err());
        assertEquals(
                java.util.List.of(".gitkeep", "r3_squashed_baseline_up_to_r3.sql", "r4_tags.sql"),
                java.util.List.copyOf(versions().keySet()));
        String baseline = versions().get("r3_squashed_baseline_up_to_r3.sql");
        assertTrue(
                baseline.startsWith("-- Revision: r3\n-- Squashes: r1, r2\n-- Message: squashed baseline up to r3\n"),
                baseline);
        assertTrue(
                baseline.contains("-- NOTE: data statements (INSERT/UPDATE/DELETE) in r1 are not carried over:\n"),
                baseline);
        assertTrue(baseline.contains("CREATE TABLE posts"), baseline);
        assertTrue(baseline.contains("CREATE INDEX ix_posts_user ON posts (user_id);"), baseline);

        Cli.Result show = cli.run("show", "r3");
        assertTrue(show.out().contains("\nSquashes: r1, r2\n"), show.toString());
        Cli.Result upgrade = cli.run("upgrade", "head");
        assertEquals(0, upgrade.exitCode(), upgrade.toString());
        assertEquals(
                "Running upgrade  -> r3, squashed baseline up to r3 ... N ms\n"
                        + "Running upgrade r3 -> r4, r4_tags ... N ms\n",
                upgrade.err().replaceAll("\\d+ ms", "N ms"));
    }

    @Test
    void aDatabaseAtTheTargetNeedsNothingAndTheDefaultTargetIsHead() throws IOException {
        assertEquals(0, cli.run("upgrade", "head").exitCode());

        Cli.Result result = cli.run("squash", "-m", "baseline 2026", "--yes");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(
                result.out().endsWith("Generating <tmp>/migrations/versions/r4_baseline_2026.sql ... done\n"),
                result.out());
        Files.writeString(
                project.resolve("retort.toml"),
                Files.readString(project.resolve("retort.toml")) + "strict_checksums = true\n");
        Cli.Result strict = cli.run("upgrade", "head");
        assertEquals(0, strict.exitCode(), strict.toString());
        assertEquals("", strict.err(), strict.toString());
        Cli.Result status = cli.run("status");
        assertFalse(status.out().contains("Edited"), status.toString());
    }

    @Test
    void aBackfillAloneIsNoDataToReAddButItIsWithSeedRows() throws IOException {
        // The journal example's full_name merge: UPDATE on rows the squashed scripts never insert
        // finds nothing in a database the baseline builds, so there is nothing to warn about.
        script("r1_users.sql", "r1", "", "", """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
                """, "DROP TABLE users;");
        script("r3_name.sql", "r3", "r2", "", """
                ALTER TABLE users ADD COLUMN name TEXT;
                UPDATE users SET name = email WHERE name IS NULL;
                DELETE FROM users WHERE email = '';
                """, "");

        Cli.Result backfill = cli.run("squash", "--to", "r3", "--dry-run");

        assertEquals(0, backfill.exitCode(), backfill.toString());
        assertEquals("", backfill.err(), backfill.toString());
        assertFalse(backfill.out().contains("NOTE: data statements"), backfill.out());

        // With a seed row inserted in the squashed range, the backfill changes it: both are named.
        script("r1_users.sql", "r1", "", "", """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
                INSERT INTO users (email) VALUES ('admin@example.com');
                """, "DROP TABLE users;");

        Cli.Result seeded = cli.run("squash", "--to", "r3", "--dry-run");

        assertEquals(0, seeded.exitCode(), seeded.toString());
        assertEquals(
                "warning: data statements (INSERT/UPDATE/DELETE) of r1, r3 are not carried over into the baseline;"
                        + " re-add seed data by hand\n",
                seeded.err());
    }

    @Test
    void dryRunPrintsTheBaselineAndChangesNothing() throws IOException {
        Map<String, String> before = versions();

        Cli.Result result = cli.run("squash", "--to", "r2", "--dry-run");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(before, versions());
        assertTrue(
                result.out()
                        .startsWith("Would remove <tmp>/migrations/versions/r1_users.sql\n"
                                + "Would remove <tmp>/migrations/versions/r2_posts.sql\n"
                                + "Would generate <tmp>/migrations/versions/r2_squashed_baseline_up_to_r2.sql:\n\n"
                                + "-- Revision: r2\n-- Squashes: r1\n"),
                result.out());
        assertTrue(result.out().contains("-- migrate:downgrade\nDROP TABLE posts;\nDROP TABLE users;\n"), result.out());
    }

    @Test
    void jsonSaysWhatWasDone() throws IOException {
        Cli.Result result = cli.run("--json", "squash", "--to", "r2", "--yes");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("", result.err());
        String out = result.out();
        assertTrue(out.contains("\"baseline\": \"r2\""), out);
        assertTrue(out.contains("\"squashed\": [\"r1\", \"r2\"]"), out);
        assertTrue(
                out.contains("\"removed\": [\"<tmp>/migrations/versions/r1_users.sql\","
                        + " \"<tmp>/migrations/versions/r2_posts.sql\"]"),
                out);
        assertTrue(out.contains("\"written\": \"<tmp>/migrations/versions/r2_squashed_baseline_up_to_r2.sql\""), out);
        assertTrue(out.contains("\"dry_run\": false"), out);
        assertTrue(out.contains("\"data_revisions\": [\"r1\"]"), out);
        assertTrue(out.contains("\"database_heads\": []"), out);
        assertTrue(out.contains("\"database\": \"sqlite:///app.db\""), out);
        assertFalse(out.contains("\"text\""), out);
    }

    @Test
    void refusesOnAProtectedEnvironmentUnlessForced() throws IOException {
        Files.writeString(
                project.resolve("retort.toml"),
                Files.readString(project.resolve("retort.toml"))
                        + "\n[env.production]\nurl = \"sqlite:///app.db\"\nprotected = true\n");

        Cli.Result result = refused(1, "--env", "production", "squash", "--yes");

        assertEquals(
                "error: environment 'production' is protected (protected = true in <tmp>/retort.toml), so squash is"
                        + " refused\n"
                        + "hint: squash in a development checkout, or pass --force if you really mean it\n",
                result.err());
        assertEquals(
                0, cli.run("--env", "production", "squash", "--yes", "--force").exitCode());
    }

    @Test
    void refusesWhenABranchLeavesTheSquashedRevisions() throws IOException {
        script("r2b_side.sql", "r2b", "r1", "", "CREATE TABLE side (id INTEGER);", "DROP TABLE side;");

        Cli.Result result = refused(1, "squash", "--to", "r3", "--yes");

        assertEquals(
                "error: Cannot squash up to r3: a branch leaves the squashed revisions (r2b revises r1), and the"
                        + " revisions it builds on would be gone\n"
                        + "hint: squash up to a revision that has them all below it (join the branches first with"
                        + " `retort merge heads -m \"merge\"`), or up to a revision below the branch point\n",
                result.err());
    }

    @Test
    void refusesWhenADependencyLeavesTheSquashedRevisions() throws IOException {
        script("x1_other.sql", "x1", "", "-- Depends-On: r2\n", "CREATE TABLE other (id INTEGER);", "");

        Cli.Result result = refused(1, "squash", "--to", "r3", "--yes");

        assertTrue(
                result.err()
                        .startsWith("error: Cannot squash up to r3: a branch leaves the squashed revisions"
                                + " (x1 depends on r2)"),
                result.err());
    }

    @Test
    void refusesWhenTheDatabaseIsInsideTheSquashedRevisions() throws IOException {
        assertEquals(0, cli.run("upgrade", "r2").exitCode());

        Cli.Result result = refused(1, "squash", "--to", "r3", "--yes");

        assertEquals(
                "error: the database sqlite:///app.db is at revision r2, inside the revisions the squash replaces;"
                        + " afterwards it would name a revision no script declares\n"
                        + "hint: upgrade it to r3 first (`retort upgrade r3`), or pass --force to squash anyway\n",
                result.err());
        assertEquals(0, cli.run("upgrade", "r3").exitCode());
        assertEquals(0, cli.run("squash", "--to", "r3", "--yes").exitCode());
    }

    /** Adds {@code [env.NAME]} sections with these URLs to retort.toml. */
    private void environments(String... nameAndUrl) throws IOException {
        StringBuilder sections = new StringBuilder(Files.readString(project.resolve("retort.toml")));
        for (int i = 0; i < nameAndUrl.length; i += 2) {
            sections.append("\n[env.")
                    .append(nameAndUrl[i])
                    .append("]\nurl = \"")
                    .append(nameAndUrl[i + 1])
                    .append("\"\n");
        }
        Files.writeString(project.resolve("retort.toml"), sections.toString());
    }

    private Map<String, byte[]> databaseFiles(String... names) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : names) {
            files.put(name, Files.readAllBytes(project.resolve(name)));
        }
        return files;
    }

    @Test
    void refusesWhenAnotherEnvironmentIsInsideTheSquashedRevisions() throws IOException {
        environments("test", "sqlite:///test.db", "staging", "sqlite:///staging.db");
        assertEquals(0, cli.run("--env", "test", "upgrade", "r3").exitCode());
        assertEquals(0, cli.run("--env", "staging", "upgrade", "r2").exitCode());
        Map<String, byte[]> before = databaseFiles("test.db", "staging.db");

        Cli.Result result = refused(1, "squash", "--to", "r3", "--yes");

        assertEquals(
                "error: environment 'staging' (sqlite:///staging.db) at revision r2 is inside the revisions the"
                        + " squash replaces; afterwards its database would name a revision no script declares\n"
                        + "hint: upgrade it to r3 first (`retort --env staging upgrade r3`), or pass --force to squash"
                        + " anyway\n",
                result.err());
        Map<String, byte[]> after = databaseFiles("test.db", "staging.db");
        for (String name : before.keySet()) {
            assertTrue(java.util.Arrays.equals(before.get(name), after.get(name)), name + " must not change");
        }

        // From another environment the top-level database is checked too, and both are named.
        assertEquals(0, cli.run("upgrade", "r1").exitCode());
        Cli.Result both = refused(1, "--env", "test", "squash", "--to", "r3", "--yes");
        assertEquals(
                "error: environments 'default' (sqlite:///app.db) at revision r1, 'staging' (sqlite:///staging.db) at"
                        + " revision r2 are inside the revisions the squash replaces; afterwards their databases would"
                        + " name a revision no script declares\n"
                        + "hint: upgrade them to r3 first (`retort upgrade r3`, `retort --env staging upgrade r3`), or"
                        + " pass --force to squash anyway\n",
                both.err());

        assertEquals(0, cli.run("--env", "staging", "upgrade", "r3").exitCode());
        assertEquals(0, cli.run("upgrade", "r3").exitCode());
        Cli.Result upgraded = cli.run("squash", "--to", "r3", "--yes");
        assertEquals(0, upgraded.exitCode(), upgraded.toString());
        assertEquals("", upgraded.err().replaceAll("warning: data statements[^\n]*\n", ""), upgraded.toString());
    }

    @Test
    void forceSquashesPastAnotherEnvironmentInsideTheRange() throws IOException {
        environments("staging", "sqlite:///staging.db");
        assertEquals(0, cli.run("--env", "staging", "upgrade", "r2").exitCode());

        Cli.Result result = cli.run("squash", "--to", "r3", "--yes", "--force");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(
                versions().containsKey("r3_squashed_baseline_up_to_r3.sql"),
                versions().toString());
    }

    @Test
    void anEnvironmentThatCannotBeReachedIsAWarningAndTheSquashGoesOn() throws IOException {
        environments(
                "test", "sqlite:///test.db", "gone", "sqlite:///missing/folder/gone.db", "odd", "nosuch://host/db");
        assertEquals(0, cli.run("--env", "test", "upgrade", "r3").exitCode());

        Cli.Result result = cli.run("squash", "--to", "r3", "--yes");

        assertEquals(0, result.exitCode(), result.toString());
        String[] warnings = result.err().split("\n");
        assertTrue(
                warnings[0].startsWith(
                        "warning: could not check environment 'gone' (sqlite:///missing/folder/gone.db):"),
                result.err());
        assertEquals(
                "warning: could not check environment 'odd' (nosuch://host/db): unknown database URL scheme 'nosuch'",
                warnings[1]);
        assertTrue(
                versions().containsKey("r3_squashed_baseline_up_to_r3.sql"),
                versions().toString());
    }

    @Test
    void jsonListsTheEnvironmentsChecked() throws IOException {
        environments("test", "sqlite:///test.db", "prod", "postgresql://app:secret@127.0.0.1:1/app");
        assertEquals(0, cli.run("--env", "test", "upgrade", "r3").exitCode());

        Cli.Result result = cli.run("--json", "squash", "--to", "r2", "--dry-run");

        assertEquals(0, result.exitCode(), result.toString());
        String out = result.out();
        assertTrue(out.contains("\"name\": \"test\",\n"), out);
        assertTrue(out.contains("\"database\": \"sqlite:///test.db\",\n"), out);
        assertTrue(out.contains("\"heads\": [\"r3\"],\n"), out);
        assertTrue(out.contains("\"name\": \"prod\",\n"), out);
        assertTrue(out.contains("\"database\": \"postgresql://app:***@127.0.0.1:1/app\",\n"), out);
        assertFalse(out.contains("secret"), out);
        assertFalse(out.contains("\"name\": \"default\""), out);
    }

    @Test
    void refusesWhenThereIsNothingToSquash() throws IOException {
        Cli.Result result = refused(1, "squash", "--to", "r1", "--yes");

        assertEquals(
                "error: Nothing to squash: revision r1 is a base with no ancestors\n"
                        + "hint: squash up to a later revision with --to <revision> (`retort history` lists them)\n",
                result.err());
    }

    @Test
    void refusesABadTargetAndBadUsage() throws IOException {
        Cli.Result unknown = refused(1, "squash", "--to", "nope", "--yes");
        assertEquals(
                "error: Can't locate revision identified by 'nope'\n"
                        + "hint: run `retort history` to list the revisions\n",
                unknown.err());

        script("r4b_other.sql", "r4b", "r3", "", "CREATE TABLE other (id INTEGER);", "");
        Cli.Result heads = refused(1, "squash", "--yes");
        assertTrue(
                heads.err().startsWith("error: Multiple head revisions are present for given argument 'head'"),
                heads.err());
        assertTrue(heads.err().contains("hint: the heads are "), heads.err());
        assertTrue(heads.err().contains("pass --to <revision>"), heads.err());

        Cli.Result usage = refused(2, "squash", "--bogus");
        assertTrue(usage.err().startsWith("error: unknown option '--bogus'"), usage.err());
    }

    @Test
    void refusesWhenABranchLabelSitsOnASquashedRevision() throws IOException {
        script("r2_posts.sql", "r2", "r1", "-- Branch-Labels: blog\n", "CREATE TABLE posts (id INTEGER);", "");

        Cli.Result result = refused(1, "squash", "--to", "r3", "--yes");

        assertEquals(
                "error: Cannot squash up to r3: branch label 'blog' is declared on revision r2, which the squash would"
                        + " remove\n"
                        + "hint: move the label to a revision that stays (its Branch-Labels header), or squash up to r2\n",
                result.err());
    }

    @Test
    void withTheDatabaseUnreachableItSquashesTheScriptsAndSaysSo() throws IOException {
        Cli.Result result = cli.run("--url", "sqlite:///missing/folder/app.db", "squash", "--to", "r2", "--yes");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("warning: could not check the database: "), result.err());
        assertTrue(result.err().contains("; squashing the scripts only\n"), result.err());
        assertTrue(
                versions().containsKey("r2_squashed_baseline_up_to_r2.sql"),
                versions().toString());
    }

    @Test
    void onATerminalItAsksAndAnythingButYesChangesNothing() throws IOException {
        Map<String, String> before = versions();

        Cli.Result declined = cli.terminal("n\n").run("squash", "--to", "r2");

        assertEquals(1, declined.exitCode(), declined.toString());
        assertTrue(
                declined.err().startsWith("Replace 2 revisions (r1, r2) with one baseline r2? [y/N] "), declined.err());
        assertTrue(declined.err().endsWith("Nothing was changed.\n"), declined.err());
        assertEquals(before, versions());
    }
}
