package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.graph.RevisionNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java scripts in a script directory: written from the template, read back, mixed with SQL ones. */
class JavaScriptDirectoryTest {
    @TempDir
    Path root;

    private Path location() {
        return root.resolve("migrations");
    }

    private static NewRevision java(String id, List<String> parents, String message) {
        return new NewRevision(
                id, parents, List.of(), List.of(), message, "2026-11-22 10:15:02", ScriptFormat.JAVA, Optional.empty());
    }

    @Test
    void initWritesBothTemplates() throws IOException {
        ScriptDirectory.init(location());
        try (Stream<Path> files = Files.list(location())) {
            assertEquals(
                    List.of("script.java.template", "script.sql.template", "versions"),
                    files.map(path -> path.getFileName().toString()).sorted().toList());
        }
        assertEquals(
                ScriptDirectory.defaultTemplate(ScriptFormat.JAVA),
                Files.readString(location().resolve("script.java.template")));
    }

    @Test
    void writesAJavaScriptFromTheTemplateAndReadsItBack() throws IOException {
        ScriptDirectory.init(location());
        ScriptDirectory directory = ScriptDirectory.load(location());
        MigrationScript written = directory.write(new NewRevision(
                "3f2a9c1b7d4e",
                List.of("1975ea83b712", "9be0417ac3d2"),
                List.of("auth"),
                List.of(),
                "merge \"auth\" \\ billing",
                "2026-11-22 10:15:02",
                ScriptFormat.JAVA,
                Optional.empty()));
        assertEquals(location().resolve("versions/3f2a9c1b7d4e_merge_auth_billing.java"), written.file());
        assertEquals("""
                import static dev.retort.schema.Column.column;
                import static dev.retort.schema.DataType.*;

                import dev.retort.ops.Migration;
                import dev.retort.ops.Ops;
                import dev.retort.ops.Revision;

                @Revision(
                        id = "3f2a9c1b7d4e",
                        revises = {"1975ea83b712", "9be0417ac3d2"},
                        branchLabels = {"auth"},
                        message = "merge \\"auth\\" \\\\ billing",
                        created = "2026-11-22 10:15:02")
                class Migration_3f2a9c1b7d4e implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                    }

                    @Override
                    public void downgrade(Ops op) {
                    }
                }
                """, Files.readString(written.file()));
        assertEquals("merge \"auth\" \\ billing", written.message());
        assertEquals("Migration_3f2a9c1b7d4e", ((JavaBody) written.body()).className());
        assertTrue(written.reversible());
    }

    @Test
    void aBaseHasNoRevisesLine() throws IOException {
        ScriptDirectory.init(location());
        MigrationScript written = ScriptDirectory.load(location()).write(java("a1", List.of(), "create users"));
        String text = Files.readString(written.file());
        assertTrue(text.contains("        id = \"a1\",\n        message = \"create users\",\n"), text);
        assertEquals(List.of(), written.revision().parents());
    }

    @Test
    void aJavaTemplateThatLosesTheAnnotationLeavesNoFileAndSaysWhatItNeeds() throws IOException {
        ScriptDirectory.init(location());
        Files.writeString(location().resolve("script.java.template"), "class ${class_name} {}\n");
        ScriptDirectory directory = ScriptDirectory.load(location());
        ScriptDirectoryException e =
                assertThrows(ScriptDirectoryException.class, () -> directory.write(java("a1", List.of(), "x")));
        assertEquals(ScriptDirectoryException.Kind.BAD_TEMPLATE, e.kind());
        assertTrue(
                e.getMessage()
                        .endsWith("it needs @Revision(id = \"${revision}\", revises = {${revises_java}}) on class"
                                + " ${class_name}"),
                e.getMessage());
        assertEquals(List.of(), ScriptDirectory.load(location()).scripts());
    }

    @Test
    void sqlAndJavaScriptsFormOneGraph() throws IOException {
        ScriptDirectory.init(location());
        ScriptDirectory directory = ScriptDirectory.load(location());
        directory.write(java("a1", List.of(), "create users"));
        ScriptDirectory.load(location())
                .write(new NewRevision(
                        "b2",
                        List.of("a1"),
                        List.of(),
                        List.of(),
                        "add email",
                        "2026-11-22 10:15:03",
                        ScriptFormat.SQL,
                        Optional.empty()));
        ScriptDirectory.load(location()).write(java("c3", List.of("b2"), "add tokens"));
        ScriptDirectory loaded = ScriptDirectory.load(location());
        assertEquals(
                List.of(ScriptFormat.JAVA, ScriptFormat.SQL, ScriptFormat.JAVA),
                loaded.scripts().stream().map(MigrationScript::format).toList());
        assertEquals(
                List.of("c3"),
                loaded.graph().heads().stream().map(RevisionNode::id).toList());
    }

    @Test
    void aJavaAndAnSqlScriptWithTheSameIdNameBothFiles() throws IOException {
        ScriptDirectory.init(location());
        Files.writeString(
                location().resolve("versions/one.sql"), "-- Revision: a1\n-- migrate:upgrade\n-- migrate:downgrade\n");
        Files.writeString(location().resolve("versions/two.java"), "@Revision(id = \"a1\") class A {}\n");
        ScriptDirectoryException e =
                assertThrows(ScriptDirectoryException.class, () -> ScriptDirectory.load(location()));
        assertEquals(ScriptDirectoryException.Kind.DUPLICATE_REVISION, e.kind());
        assertEquals(
                List.of(location().resolve("versions/one.sql"), location().resolve("versions/two.java")), e.paths());
    }

    @Test
    void compiledScriptsJoinTheFilesAndAMissingVersionsFolderIsThenEmpty() throws IOException {
        MigrationScript compiled = new MigrationScript(
                new dev.retort.graph.Revision("z9", List.of(), List.of(), List.of()),
                "",
                "",
                true,
                root.resolve("app.jar!/com/example/Z9.class"),
                "com/example/Z9.class",
                ScriptFormat.JAVA,
                "0",
                new JavaBody("com.example.Z9", Optional.empty(), false));
        assertEquals(
                List.of(compiled),
                ScriptDirectory.load(location(), List.of(compiled)).scripts());
        assertThrows(ScriptDirectoryException.class, () -> ScriptDirectory.load(location(), List.of()));
        ScriptDirectory.init(location());
        Files.writeString(
                location().resolve("versions/a1.java"), "@Revision(id = \"a1\", revises = \"z9\") class A {}");
        ScriptDirectory both = ScriptDirectory.load(location(), List.of(compiled));
        assertEquals(
                List.of("a1", "z9"),
                both.scripts().stream().map(MigrationScript::id).toList());
        assertEquals(
                List.of("a1"),
                both.graph().heads().stream().map(RevisionNode::id).toList());
    }
}
