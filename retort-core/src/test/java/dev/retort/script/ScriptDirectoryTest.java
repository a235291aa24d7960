package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptDirectoryTest {
    @TempDir
    Path root;

    private Path location() {
        return root.resolve("migrations");
    }

    private void script(String relativePath, String text) throws IOException {
        Path file = location().resolve("versions").resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String sql(String id, String parents) {
        return "-- Revision: " + id + "\n" + (parents.isEmpty() ? "" : "-- Revises: " + parents + "\n")
                + "-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n";
    }

    private static NewRevision request(String id, List<String> parents, String message) {
        return new NewRevision(
                id, parents, List.of(), List.of(), message, "2026-11-22 10:15:02", ScriptFormat.SQL, Optional.empty());
    }

    @Test
    void initCreatesVersionsAndTemplate() throws IOException {
        ScriptDirectory.init(location());
        assertTrue(Files.isDirectory(location().resolve("versions")));
        assertTrue(Files.readString(location().resolve("script.sql.template")).contains("-- Revision: ${revision}"));
        assertEquals(List.of(), ScriptDirectory.load(location()).scripts());
    }

    @Test
    void initRefusesANonEmptyFolderAndLeavesItAsItWas() throws IOException {
        Files.createDirectories(location());
        Files.writeString(location().resolve("keep.txt"), "mine");
        ScriptDirectoryException e =
                assertThrows(ScriptDirectoryException.class, () -> ScriptDirectory.init(location()));
        assertEquals(ScriptDirectoryException.Kind.ALREADY_EXISTS, e.kind());
        try (Stream<Path> entries = Files.list(location())) {
            assertEquals(List.of(location().resolve("keep.txt")), entries.toList());
        }
        assertEquals("mine", Files.readString(location().resolve("keep.txt")));
    }

    @Test
    void loadsScriptsOfAnyNameFromSubfoldersSortedByPathAndSkipsHiddenAndOtherFiles() throws IOException {
        ScriptDirectory.init(location());
        script("0002_add_email.sql", sql("b2", "a1"));
        script("0001_create_users.sql", sql("a1", ""));
        script("auth/0003_tokens.sql", sql("c3", "b2"));
        script(".hidden/zzz.sql", sql("h1", ""));
        script("notes.txt", "not a script");
        ScriptDirectory directory = ScriptDirectory.load(location());
        assertEquals(
                List.of("0001_create_users.sql", "0002_add_email.sql", "auth/0003_tokens.sql"),
                directory.scripts().stream().map(MigrationScript::relativePath).toList());
        assertEquals(
                List.of("c3"),
                directory.graph().heads().stream().map(n -> n.id()).toList());
    }

    @Test
    void missingFolderNamesThePathToCreate() {
        ScriptDirectoryException e =
                assertThrows(ScriptDirectoryException.class, () -> ScriptDirectory.load(location()));
        assertEquals(ScriptDirectoryException.Kind.MISSING, e.kind());
        assertEquals(List.of(location()), e.paths());
    }

    @Test
    void duplicateRevisionIdsNameBothFiles() throws IOException {
        ScriptDirectory.init(location());
        script("one.sql", sql("a1", ""));
        script("two.sql", sql("a1", ""));
        ScriptDirectoryException e =
                assertThrows(ScriptDirectoryException.class, () -> ScriptDirectory.load(location()));
        assertEquals(ScriptDirectoryException.Kind.DUPLICATE_REVISION, e.kind());
        assertEquals(2, e.paths().size());
        assertTrue(e.getMessage().startsWith("revision a1 is declared by two scripts"), e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithItsPath() throws IOException {
        ScriptDirectory.init(location());
        Path file = location().resolve("versions/bad.sql");
        Files.write(file, new byte[] {'-', '-', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        InvalidScriptException e = assertThrows(InvalidScriptException.class, () -> ScriptDirectory.load(location()));
        assertEquals(file, e.file());
        assertEquals("cannot read the file: it is not valid UTF-8", e.getMessage());
    }

    @Test
    void writeRendersTheTemplateDropsEmptyHeadersAndReadsBack() throws IOException {
        ScriptDirectory.init(location());
        ScriptDirectory directory = ScriptDirectory.load(location());
        MigrationScript written = directory.write(request("3f2a9c1b7d4e", List.of(), "Create users: the table!"));
        assertEquals(location().resolve("versions/3f2a9c1b7d4e_create_users_the_table.sql"), written.file());
        assertEquals("""
                -- Revision: 3f2a9c1b7d4e
                -- Message: Create users: the table!
                -- Created: 2026-11-22 10:15:02

                -- migrate:upgrade


                -- migrate:downgrade

                """, Files.readString(written.file()));
    }

    @Test
    void writeRefusesToOverwriteAndToLeaveVersions() throws IOException {
        ScriptDirectory.init(location());
        ScriptDirectory directory = ScriptDirectory.load(location());
        directory.write(request("a1", List.of(), "one"));
        ScriptDirectoryException exists =
                assertThrows(ScriptDirectoryException.class, () -> directory.write(request("a1", List.of(), "one")));
        assertTrue(exists.getMessage().endsWith("already exists"), exists.getMessage());
        NewRevision outside = new NewRevision(
                "b2",
                List.of(),
                List.of(),
                List.of(),
                "x",
                "now",
                ScriptFormat.SQL,
                Optional.of(root.resolve("elsewhere")));
        ScriptDirectoryException e = assertThrows(ScriptDirectoryException.class, () -> directory.write(outside));
        assertTrue(e.getMessage().contains("is not inside the versions folder"), e.getMessage());
        assertFalse(Files.exists(root.resolve("elsewhere")));
    }

    @Test
    void aTemplateThatLosesTheHeaderLeavesNoFileBehind() throws IOException {
        ScriptDirectory.init(location());
        Files.writeString(location().resolve("script.sql.template"), "-- migrate:upgrade\n");
        ScriptDirectory directory = ScriptDirectory.load(location());
        ScriptDirectoryException e =
                assertThrows(ScriptDirectoryException.class, () -> directory.write(request("a1", List.of(), "x")));
        assertEquals(ScriptDirectoryException.Kind.BAD_TEMPLATE, e.kind());
        try (Stream<Path> files = Files.list(location().resolve("versions"))) {
            assertEquals(
                    List.of(".gitkeep"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void anUnknownPlaceholderNamesItsLine() throws IOException {
        ScriptDirectory.init(location());
        Files.writeString(location().resolve("script.sql.template"), "-- Revision: ${revision}\n-- By: ${author}\n");
        ScriptDirectory directory = ScriptDirectory.load(location());
        ScriptDirectoryException e =
                assertThrows(ScriptDirectoryException.class, () -> directory.write(request("a1", List.of(), "x")));
        assertTrue(e.getMessage().startsWith("unknown placeholder '${author}' at line 2 of template"), e.getMessage());
    }

    @Test
    void slugsFollowAlembic() {
        assertEquals("add_user_full_name", Slugs.of("Add user full_name!"));
        assertEquals("", Slugs.of("!!!"));
        assertEquals(
                "a_very_long_message_that_goes_on_and_on_", Slugs.of("a very long message that goes on and on and on"));
    }
}
