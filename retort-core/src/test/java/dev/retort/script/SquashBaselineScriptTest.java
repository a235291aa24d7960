package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Squash baselines as scripts: the {@code Squashes} header in both formats (from the built-in
 * templates and from project templates that predate it), and {@link ScriptDirectory#replace} doing
 * all or nothing.
 */
class SquashBaselineScriptTest {
    @TempDir
    Path root;

    private Path location() {
        return root.resolve("migrations");
    }

    private Path versions() {
        return location().resolve("versions");
    }

    private static NewRevision baseline(ScriptFormat format) {
        return new NewRevision(
                "c3",
                List.of(),
                List.of(),
                List.of(),
                "baseline",
                "2026-11-22 10:15:02",
                format,
                Optional.empty(),
                new GeneratedBodies("", "", List.of()),
                List.of("a1", "b2"));
    }

    private void script(String name, String id, String parents) throws IOException {
        Files.writeString(
                versions().resolve(name),
                "-- Revision: " + id + "\n" + (parents.isEmpty() ? "" : "-- Revises: " + parents + "\n")
                        + "-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n");
    }

    private Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(versions())) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), Files.readString(path));
            }
        }
        return files;
    }

    @Test
    void anSqlBaselineCarriesSquashesInItsHeader() throws IOException {
        ScriptDirectory.init(location());

        MigrationScript sql = ScriptDirectory.load(location()).write(baseline(ScriptFormat.SQL));

        assertEquals(List.of("a1", "b2"), sql.squashes());
        assertTrue(sql.isSquashBaseline());
        assertTrue(Files.readString(sql.file()).startsWith("-- Revision: c3\n-- Squashes: a1, b2\n"));
    }

    @Test
    void aJavaBaselineCarriesSquashesInItsAnnotation() throws IOException {
        ScriptDirectory.init(location());

        MigrationScript java = ScriptDirectory.load(location()).write(baseline(ScriptFormat.JAVA));

        assertEquals(List.of("a1", "b2"), java.squashes());
        assertTrue(Files.readString(java.file()).contains("squashes = {\"a1\", \"b2\"},"));
    }

    @Test
    void aProjectTemplateWithoutThePlaceholderStillGetsTheHeader() throws IOException {
        ScriptDirectory.init(location());
        for (ScriptFormat format : ScriptFormat.values()) {
            Path template = location().resolve(ScriptDirectory.templateName(format));
            Files.writeString(
                    template,
                    Files.readString(template)
                            .replace("-- Squashes: ${squashes}\n", "")
                            .replace("        squashes = {${squashes_java}},\n", ""));
        }

        Map.Entry<Path, String> sql = ScriptDirectory.load(location()).render(baseline(ScriptFormat.SQL));
        MigrationScript java = ScriptDirectory.load(location()).write(baseline(ScriptFormat.JAVA));

        assertTrue(sql.getValue().startsWith("-- Revision: c3\n-- Squashes: a1, b2\n"), sql.getValue());
        assertEquals(List.of("a1", "b2"), java.squashes());
    }

    @Test
    void replaceDeletesTheOldFilesAndWritesTheBaseline() throws IOException {
        ScriptDirectory.init(location());
        script("a1.sql", "a1", "");
        script("b2.sql", "b2", "a1");
        script("c3.sql", "c3", "b2");

        MigrationScript written = ScriptDirectory.load(location())
                .replace(
                        baseline(ScriptFormat.SQL),
                        List.of(
                                versions().resolve("a1.sql"),
                                versions().resolve("b2.sql"),
                                versions().resolve("c3.sql")));

        assertEquals(List.of(".gitkeep", "c3_baseline.sql"), List.copyOf(files().keySet()));
        assertEquals(List.of("a1", "b2"), written.squashes());
        assertEquals(
                List.of(),
                ScriptDirectory.load(location()).graph().bases().get(0).parentIds());
    }

    @Test
    void whenAStepFailsEveryFileIsPutBack() throws IOException {
        ScriptDirectory.init(location());
        script("a1.sql", "a1", "");
        script("b2.sql", "b2", "a1");
        Map<String, String> before = files();

        // the second file does not exist, so deleting it fails after the first was deleted
        ScriptDirectoryException failure = assertThrows(
                ScriptDirectoryException.class,
                () -> ScriptDirectory.load(location())
                        .replace(
                                baseline(ScriptFormat.SQL),
                                List.of(versions().resolve("a1.sql"), versions().resolve("gone.sql"))));

        assertTrue(failure.getMessage().contains("every file was put back as it was"), failure.getMessage());
        assertEquals(before, files());
    }
}
