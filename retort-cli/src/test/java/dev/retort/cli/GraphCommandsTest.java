package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph commands on a project with a branch point, a merge point, branch labels, a second
 * base and a dependency. The expected text was checked against Alembic 1.8.1 given the same
 * revisions; where they differ, it is by design: independent branches are listed in file order.
 */
class GraphCommandsTest {
    @TempDir
    Path project;

    private Cli cli;

    @BeforeEach
    void buildProject() {
        cli = new Cli(project);
        ok(cli.run("init", project.resolve("migrations").toString()));
        ok(cli.run("revision", "-m", "create users", "--rev-id", "a1a1"));
        ok(cli.run("revision", "-m", "add email", "--rev-id", "b2b2"));
        ok(cli.run("revision", "-m", "auth tokens", "--rev-id", "c3c3", "--branch-label", "auth"));
        ok(cli.run("revision", "-m", "billing", "--rev-id", "d4d4", "--head", "b2b2", "--splice"));
        ok(cli.run("revision", "-m", "extras base", "--rev-id", "g7g7", "--head", "base", "--branch-label", "extras"));
        ok(cli.run("merge", "-m", "merge auth and billing", "--rev-id", "e5e5", "c3c3", "d4d4"));
        ok(cli.run("revision", "-m", "uses extras", "--rev-id", "h8h8", "--head", "e5e5", "--depends-on", "extras"));
    }

    private static Cli.Result ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.toString());
        return result;
    }

    @Test
    void heads() {
        assertEquals(
                "g7g7 (extras) (effective head)\nh8h8 (auth) (head)\n",
                ok(cli.run("heads")).out());
        assertEquals(
                "h8h8 (auth) (head)\n",
                ok(cli.run("heads", "--resolve-dependencies")).out());
    }

    @Test
    void history() {
        assertEquals("""
                e5e5 (extras) -> h8h8 (auth) (head), uses extras
                <base> -> g7g7 (extras) (effective head), extras base
                c3c3, d4d4 -> e5e5 (auth) (mergepoint), merge auth and billing
                b2b2 -> d4d4, billing
                b2b2 -> c3c3 (auth), auth tokens
                a1a1 -> b2b2 (branchpoint), add email
                <base> -> a1a1, create users
                """, ok(cli.run("history")).out());
    }

    @Test
    void historyRange() {
        assertEquals("""
                c3c3, d4d4 -> e5e5 (auth) (mergepoint), merge auth and billing
                b2b2 -> d4d4, billing
                b2b2 -> c3c3 (auth), auth tokens
                a1a1 -> b2b2 (branchpoint), add email
                """, ok(cli.run("history", "-r", "b2b2:e5e5")).out());
        assertEquals(
                "e5e5 (extras) -> h8h8 (auth) (head), uses extras\n"
                        + "c3c3, d4d4 -> e5e5 (auth) (mergepoint), merge auth and billing\n",
                ok(cli.run("history", "-r", "e5e5:h8h8")).out());
    }

    @Test
    void branches() {
        assertEquals("""
                b2b2 (branchpoint)
                     -> c3c3 (auth)
                     -> d4d4

                """, ok(cli.run("branches")).out());
    }

    @Test
    void showPrintsTheFullEntry() throws IOException {
        String created = Files.readString(project.resolve("migrations/versions/e5e5_merge_auth_and_billing.sql"))
                .lines()
                .filter(line -> line.startsWith("-- Created: "))
                .findFirst()
                .orElseThrow()
                .substring("-- Created: ".length());
        assertEquals("""
                Rev: e5e5 (mergepoint)
                Merges: c3c3, d4d4
                Branch names: auth
                Path: <tmp>/migrations/versions/e5e5_merge_auth_and_billing.sql

                    merge auth and billing

                    Revision ID: e5e5
                    Revises: c3c3, d4d4
                    Create Date: %s

                """.formatted(created), ok(cli.run("show", "e5e5")).out());
    }

    @Test
    void verboseHeadsShowsDependencies() {
        String out = ok(cli.run("heads", "-v")).out();
        assertTrue(out.contains("Rev: h8h8 (head)\nParent: e5e5\nAlso depends on: extras\nBranch names: auth\n"), out);
    }

    @Test
    void jsonIsData() {
        String out = ok(cli.run("heads", "--resolve-dependencies", "--json")).out();
        assertTrue(
                out.startsWith("{\n  \"heads\": [\n    {\n      \"id\": \"h8h8\",\n      \"parents\": [\"e5e5\"],\n"
                        + "      \"depends_on\": [\"extras\"],\n      \"branch_labels\": [\"auth\"],\n"),
                out);
        assertTrue(out.contains("\"head\": true,\n      \"effective_head\": false,"), out);
    }

    @Test
    void partialIdsAndLabels() {
        assertTrue(ok(cli.run("show", "e5e")).out().startsWith("Rev: e5e5"));
        assertTrue(ok(cli.run("show", "auth@head")).out().startsWith("Rev: h8h8"));
        assertTrue(ok(cli.run("show", "extras")).out().startsWith("Rev: g7g7"));
    }

    @Test
    void versionPathWritesIntoASubfolderAndTheScriptStillLoads() {
        Path folder = project.resolve("migrations/versions/billing");
        Cli.Result result = ok(cli.run(
                "revision",
                "-m",
                "invoices",
                "--rev-id",
                "i9i9",
                "--head",
                "h8h8",
                "--version-path",
                folder.toString()));
        assertEquals("Generating <tmp>/migrations/versions/billing/i9i9_invoices.sql ... done\n", result.out());
        assertEquals(
                "i9i9 (auth) (head)\n",
                ok(cli.run("heads", "--resolve-dependencies")).out());
        Cli.Result outside = cli.run(
                "revision",
                "-m",
                "x",
                "--head",
                "i9i9",
                "--version-path",
                project.resolve("elsewhere").toString());
        assertEquals(1, outside.exitCode(), outside.toString());
        assertTrue(
                outside.err().startsWith("error: Path <tmp>/elsewhere is not inside the versions folder"),
                outside.err());
    }
}
