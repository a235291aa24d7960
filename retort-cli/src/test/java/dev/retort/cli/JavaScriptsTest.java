package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java scripts through the CLI: written with --format java or format = "java", mixed with SQL ones. */
class JavaScriptsTest {
    @TempDir
    Path project;

    private Cli cli;

    @BeforeEach
    void init() {
        cli = new Cli(project);
        ok(cli.run("init", project.resolve("migrations").toString()));
    }

    private static Cli.Result ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.toString());
        return result;
    }

    private Path versions() {
        return project.resolve("migrations/versions");
    }

    private void setting(String line) throws IOException {
        Path config = project.resolve("retort.toml");
        String text = Files.readString(config);
        String key = line.substring(0, line.indexOf(' '));
        text = text.lines()
                        .filter(existing -> !existing.startsWith(key + " "))
                        .reduce("", (all, next) -> all + next + "\n")
                + line + "\n";
        Files.writeString(config, text);
    }

    /** The file's text with its creation time replaced by {@code <created>}. */
    private static String withoutTime(Path file) throws IOException {
        return Files.readString(file).replaceAll("created = \"[0-9: -]+\"", "created = \"<created>\"");
    }

    @Test
    void initWritesTheJavaTemplateToo() {
        assertTrue(Files.isRegularFile(project.resolve("migrations/script.java.template")));
    }

    @Test
    void revisionWithFormatJavaWritesAClassNamedAfterTheId() throws IOException {
        assertEquals(
                "Generating <tmp>/migrations/versions/a1a1_create_users.java ... done\n",
                ok(cli.run("revision", "-m", "create \"users\"", "--format", "java", "--rev-id", "a1a1"))
                        .out());
        assertEquals(
                "Generating <tmp>/migrations/versions/b2b2_add_email.java ... done\n",
                ok(cli.run(
                                "revision",
                                "-m",
                                "add email",
                                "--format",
                                "JAVA",
                                "--rev-id",
                                "b2b2",
                                "--branch-label",
                                "mail"))
                        .out());
        assertEquals("""
                import static dev.retort.schema.Column.column;
                import static dev.retort.schema.DataType.*;

                import dev.retort.ops.Migration;
                import dev.retort.ops.Ops;
                import dev.retort.ops.Revision;

                @Revision(
                        id = "b2b2",
                        revises = {"a1a1"},
                        branchLabels = {"mail"},
                        message = "add email",
                        created = "<created>")
                class Migration_b2b2 implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                    }

                    @Override
                    public void downgrade(Ops op) {
                    }
                }
                """, withoutTime(versions().resolve("b2b2_add_email.java")));
        assertTrue(Files.readString(versions().resolve("a1a1_create_users.java"))
                .contains("        message = \"create \\\"users\\\"\",\n"));
        assertEquals("""
                a1a1 -> b2b2 (mail) (head), add email
                <base> -> a1a1 (mail), create "users"
                """, ok(cli.run("history")).out());
    }

    @Test
    void formatJavaInTheConfigurationIsTheDefaultAndTheOptionOverridesIt() throws IOException {
        setting("format = \"java\"");
        assertEquals(
                "Generating <tmp>/migrations/versions/a1a1_create_users.java ... done\n",
                ok(cli.run("revision", "-m", "create users", "--rev-id", "a1a1"))
                        .out());
        assertEquals(
                "Generating <tmp>/migrations/versions/b2b2_add_email.sql ... done\n",
                ok(cli.run("revision", "-m", "add email", "--rev-id", "b2b2", "--format", "sql"))
                        .out());
    }

    @Test
    void sqlAndJavaScriptsFormOneGraphAndMergeHonoursTheFormat() throws IOException {
        ok(cli.run("revision", "-m", "create users", "--rev-id", "a1a1"));
        ok(cli.run("revision", "-m", "add email", "--rev-id", "b2b2", "--format", "java"));
        ok(cli.run("revision", "-m", "auth", "--rev-id", "c3c3", "--head", "a1a1", "--splice"));
        assertEquals(
                "Generating <tmp>/migrations/versions/d4d4_join.java ... done\n",
                ok(cli.run("merge", "heads", "-m", "join", "--rev-id", "d4d4", "--format", "java"))
                        .out());
        setting("format = \"java\"");
        ok(cli.run("revision", "-m", "after", "--rev-id", "e5e5"));
        assertTrue(Files.isRegularFile(versions().resolve("e5e5_after.java")));
        assertTrue(Files.readString(versions().resolve("d4d4_join.java")).contains("revises = {\"b2b2\", \"c3c3\"},"));
        assertEquals("e5e5 (head)\n", ok(cli.run("heads")).out());
        assertEquals("""
                d4d4 -> e5e5 (head), after
                b2b2, c3c3 -> d4d4 (mergepoint), join
                a1a1 -> c3c3, auth
                a1a1 -> b2b2, add email
                <base> -> a1a1 (branchpoint), create users
                """, ok(cli.run("history")).out());
    }

    @Test
    void anUnknownFormatIsAUsageErrorAndWritesNothing() throws IOException {
        Cli.Result result = cli.run("revision", "-m", "x", "--format", "yaml");
        assertEquals(2, result.exitCode(), result.toString());
        assertEquals(
                "error: unknown format 'yaml'; expected 'sql' or 'java'\nhint: pass --format sql or --format java\n",
                result.err());
        assertEquals(1, Files.list(versions()).count(), "only .gitkeep");
        setting("format = \"yaml\"");
        Cli.Result config = cli.run("heads");
        assertEquals(2, config.exitCode(), config.toString());
        assertTrue(config.err().startsWith("error: unknown format 'yaml'; expected 'sql' or 'java'\n"), config.err());
    }

    @Test
    void aJavaScriptWithANonLiteralValueIsReportedWithItsLine() throws IOException {
        Files.writeString(versions().resolve("a1_bad.java"), """
                @Revision(
                        id = Ids.FIRST)
                class Migration_a1 implements Migration {}
                """);
        Cli.Result result = cli.run("heads");
        assertEquals(1, result.exitCode(), result.toString());
        assertEquals(
                "error: " + versions().resolve("a1_bad.java").toString().replace(project.toString(), "<tmp>")
                        + ":2: @Revision member 'id' must be a string literal, not 'Ids'\n"
                        + "hint: a Java script is one class that implements dev.retort.ops.Migration and carries"
                        + " @Revision(id = \"<id>\", revises = \"<parent>\") with literal values\n",
                result.err());
    }

    @Test
    void aJavaScriptThatThrowsIsOneErrorNamingWhatItThrewWithoutAnEmptyStatement() throws IOException {
        Files.writeString(versions().resolve("a1_throws.java"), """
                import dev.retort.ops.Migration;
                import dev.retort.ops.Ops;
                import dev.retort.ops.Revision;

                @Revision(id = "a1", message = "throws")
                class Migration_a1 implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        op.createSchema("a.b");
                    }

                    @Override
                    public void downgrade(Ops op) {}
                }
                """);
        Cli.Result result = cli.run("upgrade", "head");
        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(
                result.err()
                        .endsWith(
                                "error: revision a1 (throws) threw java.lang.IllegalArgumentException: a schema needs a"
                                        + " name without a dot, not \"a.b\" at <tmp>/migrations/versions/a1_throws.java:9;"
                                        + " nothing of it was applied\n"
                                        + "hint: fix the script, then run the command again\n"),
                result.err());
        assertEquals("", ok(cli.run("current")).out());
    }

    @Test
    void migrationsCompiledIntoTheApplicationJoinTheScripts() throws IOException {
        setting("script_package = \"dev.retort.cli.embedded\"");
        Files.writeString(
                versions().resolve("g3g3_orders.sql"),
                "-- Revision: g3g3\n-- Revises: f2f2\n-- Message: orders\n-- migrate:upgrade\n");
        assertEquals("g3g3 (head)\n", ok(cli.run("heads")).out());
        assertEquals("""
                f2f2 -> g3g3 (head), orders
                e1e1 -> f2f2, add account owner
                <base> -> e1e1, create accounts
                """, ok(cli.run("history")).out());
        assertFalse(Files.exists(project.resolve("migrations/.retort-cache")), "nothing was compiled");
    }
}
