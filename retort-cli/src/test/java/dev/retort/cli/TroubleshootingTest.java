package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every entry of the seeds' "Troubleshooting", "Common Issues" and "Recovery Procedures" sections,
 * provoked for real on a copy of {@code examples/chatapp} (SQLite): each test checks that retort
 * says what is wrong and how to fix it, with the exit code, then applies the fix it names and
 * checks that it worked.
 */
class TroubleshootingTest {
    private static final String HEAD = "c95e3a82d403";
    private static final String SECOND = "b84d2f71c302";

    @TempDir
    Path work;

    private Path project;
    private Cli cli;

    @BeforeEach
    void copyExample() throws IOException {
        Path source = Path.of("..", "examples", "chatapp").toAbsolutePath().normalize();
        project = work.resolve("chatapp");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".db") || name.contains(".db.") || name.equals("WALKTHROUGH.md")) {
                    continue;
                }
                Path target = project.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        cli = new Cli(project);
    }

    // Second seed: "Can't locate revision" (check the version table, remove invalid entries);
    // fifth seed: "Corrupt Migration History: use stamp to fix history".
    @Test
    void versionTableNamingAnUnknownRevisionIsFixedWithStampPurge() throws Exception {
        ok(cli.run("upgrade", "head"));
        sql("UPDATE retort_version SET version_num = 'deadbeef0000'");

        Cli.Result current = cli.run("current");
        assertEquals(1, current.exitCode(), current.toString());
        assertEquals(
                "error: Can't locate revision identified by 'deadbeef0000'\n"
                        + "hint: the database records revision deadbeef0000, which no script declares: restore its"
                        + " script, or run `retort stamp <revision> --purge` to record where the database really is"
                        + " (on a development database, `retort reset` rebuilds it from the scripts instead)\n",
                current.err());
        assertEquals(1, cli.run("upgrade", "head").exitCode());

        ok(cli.run("stamp", HEAD, "--purge"));
        assertEquals(HEAD + " (head)\n", ok(cli.run("current")).out());
        assertEquals(List.of(HEAD), rows("SELECT version_num FROM retort_version"));
    }

    // Third seed: "Corrupted Migration State: back up, then reset the database".
    @Test
    void corruptedMigrationStateIsFixedWithBackupAndReset() throws Exception {
        ok(cli.run("upgrade", "head"));
        sql("DELETE FROM retort_version", "INSERT INTO retort_version VALUES ('0123456789ab')");

        Cli.Result upgrade = cli.run("upgrade", "head");
        assertEquals(1, upgrade.exitCode(), upgrade.toString());
        assertTrue(
                upgrade.err().startsWith("error: Can't locate revision identified by '0123456789ab'\n"), upgrade.err());
        assertTrue(upgrade.err().contains("`retort reset` rebuilds it from the scripts"), upgrade.err());

        Cli.Result backup = ok(cli.run("backup"));
        assertTrue(backup.out().startsWith("Backed up sqlite:///chat_app.db to <tmp>/backups/chat_app-"), backup.out());
        Cli.Result reset = ok(cli.run("reset", "--yes"));
        assertTrue(reset.err().startsWith("Dropped 5 tables: "), reset.toString());
        assertEquals(HEAD + " (head)\n", ok(cli.run("current")).out());
    }

    // Fourth seed: "Can't locate revision identified by 'xyz'": check the id with `history`.
    @Test
    void unknownTargetRevisionPointsToHistory() {
        Cli.Result upgrade = cli.run("upgrade", "xyz123");
        assertEquals(
                new Cli.Result(
                        1,
                        "",
                        "error: Can't locate revision identified by 'xyz123'\n"
                                + "hint: run `retort history` to list the revisions\n"),
                upgrade);

        assertTrue(ok(cli.run("history")).out().contains("a7c3e1f0b201 -> " + SECOND + ", create"));
        ok(cli.run("upgrade", SECOND.substring(0, 6)));
        assertEquals(SECOND + "\n", ok(cli.run("current")).out());
    }

    // Second seed "Migration conflicts", third seed "multiple heads", fourth seed "Multiple head
    // revisions are present", fifth seed "Migration Conflicts: use alembic merge".
    @Test
    void multipleHeadsAreJoinedWithMerge() throws Exception {
        ok(cli.run("upgrade", "head"));
        writeRevision("d0000000000a", "add user avatar", "ALTER TABLE users ADD COLUMN avatar VARCHAR(200)");
        writeRevision("e0000000000b", "add message edited at", "ALTER TABLE messages ADD COLUMN edited_at DATETIME");

        assertEquals(
                "d0000000000a (head)\ne0000000000b (head)\n",
                ok(cli.run("heads")).out());
        Cli.Result upgrade = cli.run("upgrade", "head");
        assertEquals(
                new Cli.Result(
                        1,
                        "",
                        "error: Multiple head revisions are present for given argument 'head'; please specify a"
                                + " specific target revision, '<branchname>@head' to narrow to a specific head, or"
                                + " 'heads' for all heads\n"
                                + "hint: the heads are d0000000000a, e0000000000b; name one of them, run `retort"
                                + " upgrade heads` for all, or join them with `retort merge heads -m \"merge\"`\n"),
                upgrade);
        assertEquals(List.of(HEAD), rows("SELECT version_num FROM retort_version"));

        // The fourth seed names the revisions to merge.
        ok(cli.run("merge", "-m", "merge branches", "d0000000000a", "e0000000000b", "--rev-id", "f0000000000c"));
        assertEquals("f0000000000c (head)\n", ok(cli.run("heads")).out());
        ok(cli.run("upgrade", "head"));
        assertEquals(
                "f0000000000c (head) (mergepoint)\n", ok(cli.run("current")).out());
    }

    // Fourth seed: "Target database is not up to date": upgrade head, then autogenerate again.
    @Test
    void autogenerateOnADatabaseBehindTheScriptsSaysToUpgradeFirst() throws Exception {
        ok(cli.run("upgrade", SECOND));
        useModels("01_user_preferences.sql");

        Cli.Result revision = cli.run("revision", "--autogenerate", "-m", "add user preferences");
        assertEquals(
                new Cli.Result(
                        1,
                        "",
                        "error: Target database is not up to date.\n"
                                + "hint: run `retort upgrade head` first (`retort current` shows where it is), then"
                                + " autogenerate again\n"),
                revision);
        assertEquals(3, scripts().size());

        ok(cli.run("upgrade", "head"));
        Cli.Result again = ok(cli.run("revision", "--autogenerate", "-m", "add user preferences"));
        assertTrue(again.err().startsWith("Detected + create table user_preferences (3 columns)\n"), again.err());
        assertEquals(4, scripts().size());
    }

    // Second seed: "Schema mismatch: stamp the current state, or reset and replay". The schema was
    // made outside migrations, so the first revision finds its tables already there.
    @Test
    void schemaMadeOutsideMigrationsIsRecordedWithStampHead() throws Exception {
        sql(Files.readString(project.resolve("models/database_models.sql")).split(";"));

        Cli.Result upgrade = cli.run("upgrade", "head");
        assertEquals(1, upgrade.exitCode(), upgrade.toString());
        assertTrue(
                upgrade.err()
                        .endsWith("hint: the database already has what revision a7c3e1f0b201 creates, probably"
                                + " made outside migrations: record the revision it is at with `retort stamp REV`"
                                + " (`retort stamp head` when it has the whole schema; `retort check` compares it"
                                + " with the models), or on a development database rebuild it with `retort"
                                + " reset`\n"),
                upgrade.err());
        assertTrue(upgrade.err().contains("(table users already exists)"), upgrade.err());
        Cli.Result status = cli.run("status");
        assertEquals(1, status.exitCode());
        assertTrue(status.out().contains("Pending:  3 revisions (run `retort upgrade head`)\n"), status.out());
        assertTrue(status.out().contains("Models:   match the database\n"), status.out());

        assertEquals(
                "Stamped sqlite:///chat_app.db: base -> " + HEAD + ".\n",
                ok(cli.run("stamp", "head")).out());
        assertTrue(ok(cli.run("status")).out().endsWith("Up to date.\n"));
    }

    // Fifth seed: "Schema Drift: use revision --autogenerate to sync"; `check` reports it.
    @Test
    void schemaDriftIsReportedByCheckAndSyncedByAutogenerate() throws Exception {
        ok(cli.run("upgrade", "head"));
        useModels("02_conversation_archived.sql");

        Cli.Result check = cli.run("check");
        assertEquals(
                new Cli.Result(
                        1,
                        "New upgrade operations detected:\n"
                                + "  + create table user_preferences (3 columns)\n"
                                + "  + add column conversations.archived BOOLEAN NOT NULL DEFAULT 0\n",
                        "hint: run `retort revision --autogenerate -m \"...\"` to write them into a revision\n"),
                check);

        ok(cli.run("revision", "--autogenerate", "-m", "sync models"));
        ok(cli.run("upgrade", "head"));
        assertEquals(
                "No new upgrade operations detected.\n", ok(cli.run("check")).out());
    }

    // Fifth seed: "Failed Migration: use downgrade to rollback". A failing revision leaves the
    // database at the revision before it; downgrade backs out the release, a fixed script goes on.
    @Test
    void failedMigrationLeavesThePreviousRevisionAndIsRolledBackWithDowngrade() throws Exception {
        ok(cli.run("upgrade", "head"));
        writeRevision(
                "d0000000000a",
                HEAD,
                "add user avatar",
                "ALTER TABLE users ADD COLUMN avatar VARCHAR(200)",
                "ALTER TABLE users DROP COLUMN avatar");
        Path broken = writeRevision(
                "e0000000000b", "d0000000000a", "copy avatars", "UPDATE users SET avatar = profile_picture");

        Cli.Result upgrade = cli.run("upgrade", "head");
        assertEquals(1, upgrade.exitCode(), upgrade.toString());
        assertTrue(
                upgrade.err()
                        .endsWith("error: revision e0000000000b (copy avatars) failed at"
                                + " <tmp>/migrations/versions/e0000000000b.sql:6; nothing of it was applied\n"
                                + "  statement: UPDATE users SET avatar = profile_picture\n"
                                + "  sqlstate:  -   code: 1\n"
                                + "  database:  [SQLITE_ERROR] SQL error or missing database (no such column:"
                                + " profile_picture)\n"
                                + "hint: fix the script, then run the command again\n"),
                upgrade.err());
        assertEquals("d0000000000a\n", ok(cli.run("current")).out());

        ok(cli.run("downgrade", "-1"));
        assertEquals(HEAD + "\n", ok(cli.run("current")).out());
        Files.writeString(broken, Files.readString(broken).replace("profile_picture", "'none'"));
        ok(cli.run("upgrade", "head"));
        assertEquals("e0000000000b (head)\n", ok(cli.run("current")).out());
    }

    // Fifth seed: "Import Errors: ensure all models are imported"; first seed: "verify that your
    // models are correctly defined". Models that cannot be loaded are named with file and line.
    @Test
    void modelsThatFailToLoadAreNamedWithFileAndLine() throws Exception {
        Path models = project.resolve("models/database_models.sql");
        String good = Files.readString(models);
        Files.writeString(models, good + "\nCREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TIMESTAMP(;\n");

        Cli.Result check = cli.run("check");
        assertEquals(
                new Cli.Result(
                        1,
                        "",
                        "error: the models statement at <tmp>/models/database_models.sql:34 failed in a scratch"
                                + " schema of SQLite: [SQLITE_ERROR] SQL error or missing database (incomplete"
                                + " input)\n"
                                + "  statement: CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TIMESTAMP(\n"
                                + "hint: fix the statement in <tmp>/models/database_models.sql; it must run on an empty"
                                + " SQLite schema\n"),
                check);

        Files.writeString(models, good);
        ok(cli.run("upgrade", "head"));
        assertEquals(
                "No new upgrade operations detected.\n", ok(cli.run("check")).out());
    }

    // Fifth seed: "Database Connection: check the DATABASE_URL environment variable"; first seed:
    // "ensure the database URL is correct".
    @Test
    void unreachableOrMalformedDatabaseUrlSaysWhatToFix() {
        Cli.Result refused = cli.env("DATABASE_URL", "postgresql://postgres@127.0.0.1:1/journal")
                .run("current");
        assertEquals(
                new Cli.Result(
                        1,
                        "",
                        "error: could not connect to PostgreSQL at 127.0.0.1:1: connection refused (is the server"
                                + " running?)\n"
                                + "hint: start PostgreSQL, or fix the host and port in the URL\n"),
                refused);
        Cli.Result malformed = cli.env("DATABASE_URL", "postgres:/journal").run("current");
        assertEquals(
                new Cli.Result(
                        2,
                        "",
                        "error: bad database URL: 'postgres:/journal' is not a database URL: expected"
                                + " postgres://user:password@host:port/database\n"
                                + "hint: write it like postgresql://user:password@localhost:5432/app (or as a jdbc:"
                                + " URL)\n"),
                malformed);

        Cli.Result fixed = cli.env("DATABASE_URL", "sqlite:///" + project.resolve("local.db"))
                .run("upgrade", "head");
        ok(fixed);
        assertTrue(fixed.out().startsWith("Upgraded sqlite:///<tmp>/local.db to " + HEAD), fixed.out());
    }

    // Third seed: "SQLite Limitations: column renames and type changes may require table
    // recreation". A hand-written ALTER COLUMN fails with the way out; autogenerate rebuilds.
    @Test
    void columnTypeChangeOnSqliteNeedsTheTableRebuild() throws Exception {
        ok(cli.run("upgrade", "head"));
        sql(
                "INSERT INTO users (username, email) VALUES ('ada', 'ada@example.com')",
                "INSERT INTO conversations (user_id, title) VALUES (1, 'hello')",
                "INSERT INTO messages (conversation_id, role, content) VALUES (1, 'user', 'Hi there')");
        Path manual = writeRevision(
                "d0000000000a", HEAD, "longer message role", "ALTER TABLE messages ALTER COLUMN role TYPE VARCHAR(32)");

        Cli.Result upgrade = cli.run("upgrade", "head");
        assertEquals(1, upgrade.exitCode(), upgrade.toString());
        assertTrue(
                upgrade.err()
                        .endsWith("  database:  [SQLITE_ERROR] SQL error or missing database (near \"ALTER\": syntax"
                                + " error)\n"
                                + "hint: SQLite's ALTER TABLE cannot change a column or add or drop a constraint:"
                                + " write the change as op.alterColumn (or op.createForeignKey, op.dropConstraint) in"
                                + " a Java script, which rebuilds the table keeping its rows, or change the models"
                                + " and let `retort revision --autogenerate` write the rebuild\n"),
                upgrade.err());
        assertEquals(HEAD + "\n", ok(cli.run("current")).out());

        Files.delete(manual);
        useModels("03_longer_message_role.sql");
        ok(cli.run("revision", "--autogenerate", "-m", "longer message role"));
        ok(cli.run("upgrade", "head"));
        assertEquals(List.of("1|user|Hi there"), rows("SELECT id, role, content FROM messages"));
        assertEquals(
                List.of("messages|role|VARCHAR(32)"),
                rows("SELECT 'messages', name, type FROM pragma_table_info('messages') WHERE name = 'role'"));
        assertEquals(
                "No new upgrade operations detected.\n", ok(cli.run("check")).out());
    }

    private static Cli.Result ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.toString());
        return result;
    }

    private void useModels(String change) throws IOException {
        Files.copy(
                project.resolve("changes").resolve(change),
                project.resolve("models/database_models.sql"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            return files.toList();
        }
    }

    private Path writeRevision(String id, String message, String statement) throws IOException {
        return writeRevision(id, HEAD, message, statement);
    }

    private Path writeRevision(String id, String parent, String message, String statement) throws IOException {
        return writeRevision(id, parent, message, statement, "");
    }

    private Path writeRevision(String id, String parent, String message, String upgrade, String downgrade)
            throws IOException {
        return Files.writeString(
                project.resolve("migrations/versions/" + id + ".sql"),
                "-- Revision: " + id + "\n-- Revises: " + parent + "\n-- Message: " + message + "\n\n"
                        + "-- migrate:upgrade\n" + upgrade + ";\n\n-- migrate:downgrade\n"
                        + (downgrade.isEmpty() ? "" : downgrade + ";\n"));
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + project.resolve("chat_app.db"));
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = open();
                Statement statement = connection.createStatement()) {
            for (String each : statements) {
                if (!each.replaceAll("--[^\n]*", "").isBlank()) {
                    statement.execute(each);
                }
            }
        }
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = open();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }
}
