package dev.retort.script.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.ops.Revision;
import dev.retort.script.InvalidScriptException;
import dev.retort.script.JavaBody;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptDirectoryException;
import dev.retort.script.ScriptFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaMigrationsTest {
    @TempDir
    Path root;

    private Path location;

    @BeforeEach
    void init() {
        location = root.resolve("migrations");
        ScriptDirectory.init(location);
    }

    /** A script whose upgrade throws {@code IllegalStateException(said)}, so a test can see it ran. */
    static String script(String id, String parent, String said) {
        return """
                import dev.retort.ops.Migration;
                import dev.retort.ops.Ops;
                import dev.retort.ops.Revision;

                @Revision(id = "%s"%s)
                class Migration_%1$s implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        throw new IllegalStateException("%s");
                    }
                }
                """.formatted(id, parent == null ? "" : ", revises = \"" + parent + "\"", said);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(location.resolve("versions").resolve(name), text);
    }

    private static MigrationScript script(ScriptDirectory directory, String id) {
        return directory.script(id).orElseThrow();
    }

    private static String upgradeSays(Migration migration) {
        IllegalStateException said = assertThrows(IllegalStateException.class, () -> migration.upgrade(null));
        return said.getMessage();
    }

    private List<String> cacheEntries() throws IOException {
        Path entries = location.resolve(".retort-cache/java");
        if (!Files.isDirectory(entries)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(entries)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void compilesOnFirstUseInOneRunAndReadsTheCacheAfterwards() throws Exception {
        write("a1_first.java", script("a1", null, "a1 ran"));
        write("b2_second.java", script("b2", "a1", "b2 ran"));
        ScriptDirectory directory = ScriptDirectory.load(location);
        JavaMigrations migrations = JavaMigrations.of(directory);
        Migration first = migrations.load(script(directory, "a1"));
        assertEquals("Migration_a1", first.getClass().getName());
        assertEquals("a1 ran", upgradeSays(first));
        assertEquals("b2 ran", upgradeSays(migrations.load(script(directory, "b2"))));
        assertEquals(1, migrations.compilerRuns());

        assertEquals("*\n", Files.readString(location.resolve(".retort-cache/.gitignore")));
        List<String> entries = cacheEntries();
        assertEquals(2, entries.size(), entries.toString());
        for (String entry : entries) {
            assertTrue(entry.matches("[0-9a-f]{64}\\.classes"), entry);
        }

        ScriptDirectory again = ScriptDirectory.load(location);
        JavaMigrations second = JavaMigrations.of(again);
        assertEquals("a1 ran", upgradeSays(second.load(script(again, "a1"))));
        assertEquals("b2 ran", upgradeSays(second.load(script(again, "b2"))));
        assertEquals(0, second.compilerRuns(), "an unchanged script is read from the cache");
        assertNotEquals(
                first.getClass(),
                second.load(script(again, "a1")).getClass(),
                "each run loads the classes with its own class loader");
    }

    @Test
    void anEditedScriptIsCompiledAgainAndOnlyIt() throws Exception {
        write("a1.java", script("a1", null, "old"));
        write("b2.java", script("b2", "a1", "b2"));
        ScriptDirectory directory = ScriptDirectory.load(location);
        JavaMigrations.of(directory).compile();
        assertEquals(2, cacheEntries().size());

        write("a1.java", script("a1", null, "new"));
        ScriptDirectory edited = ScriptDirectory.load(location);
        JavaMigrations migrations = JavaMigrations.of(edited);
        assertEquals("new", upgradeSays(migrations.load(script(edited, "a1"))));
        assertEquals("b2", upgradeSays(migrations.load(script(edited, "b2"))));
        assertEquals(1, migrations.compilerRuns());
        assertEquals(3, cacheEntries().size(), "one new entry: b2 was not compiled again");
    }

    @Test
    void compileErrorsNameTheFileAndLineAndListEveryErrorAndNothingLoads() throws Exception {
        Path first = write("a1.java", """
                import dev.retort.ops.Migration;
                import dev.retort.ops.Ops;
                import dev.retort.ops.Revision;

                @Revision(id = "a1")
                class Migration_a1 implements Migration {
                    public void upgrade(Ops op) {
                        op.createTabel("users");
                        undefined();
                    }
                }
                """);
        Path second = write("b2.java", """
                @dev.retort.ops.Revision(id = "b2", revises = "a1")
                class Migration_b2 implements dev.retort.ops.Migration {
                    public void upgrade(dev.retort.ops.Ops op) {
                        int x = "text";
                    }
                }
                """);
        write("c3.java", script("c3", "b2", "c3"));
        ScriptDirectory directory = ScriptDirectory.load(location);
        JavaMigrations migrations = JavaMigrations.of(directory);
        InvalidScriptException e =
                assertThrows(InvalidScriptException.class, () -> migrations.load(script(directory, "c3")));
        assertEquals(first, e.file());
        assertEquals(8, e.line());
        assertEquals("""
                does not compile: cannot find symbol
                  symbol:   method createTabel(java.lang.String)
                  location: variable op of type dev.retort.ops.Ops
                2 more error(s):
                  line 9: cannot find symbol
                    symbol:   method undefined()
                    location: class Migration_a1
                  %s:4: incompatible types: java.lang.String cannot be converted to int""".formatted(second), e.getMessage());
        assertEquals(2, e.getSuppressed().length);
        InvalidScriptException last = (InvalidScriptException) e.getSuppressed()[1];
        assertEquals(second, last.file());
        assertEquals(4, last.line());
        assertEquals(List.of(), cacheEntries(), "nothing is cached when the run fails");
        assertThrows(InvalidScriptException.class, () -> migrations.load(script(directory, "c3")));
        assertEquals(2, migrations.compilerRuns(), "a failed run is tried again, not remembered as done");
    }

    @Test
    void aPackageAndAPublicClassWhoseNameFitsTheFile() throws Exception {
        write("AddUsers.java", """
                package com.example.migrations;

                import dev.retort.ops.Migration;
                import dev.retort.ops.Ops;
                import dev.retort.ops.Revision;

                @Revision(id = "a1")
                public class AddUsers implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        throw new IllegalStateException(new Helper().name());
                    }

                    @Override
                    public void downgrade(Ops op) {}

                    static final class Helper {
                        String name() {
                            return "nested class loaded";
                        }
                    }
                }
                """);
        ScriptDirectory directory = ScriptDirectory.load(location);
        Migration migration = JavaMigrations.of(directory).load(script(directory, "a1"));
        assertEquals("com.example.migrations.AddUsers", migration.getClass().getName());
        assertEquals("nested class loaded", upgradeSays(migration));
        assertTrue(JavaMigrations.declaresDowngrade(migration.getClass()));
    }

    @Test
    void aPublicClassInAFileOfAnotherNameDoesNotCompile() throws Exception {
        Path file = write("a1_add_users.java", """
                @dev.retort.ops.Revision(id = "a1")
                public class AddUsers implements dev.retort.ops.Migration {
                    public void upgrade(dev.retort.ops.Ops op) {}
                }
                """);
        ScriptDirectory directory = ScriptDirectory.load(location);
        InvalidScriptException e = assertThrows(
                InvalidScriptException.class, () -> JavaMigrations.of(directory).load(script(directory, "a1")));
        assertEquals(file, e.file());
        assertEquals(2, e.line());
        assertEquals(
                "does not compile: class AddUsers is public, should be declared in a file named AddUsers.java",
                e.getMessage());
    }

    @Test
    void aClassThatDoesNotImplementMigration() throws Exception {
        Path file = write("a1.java", "@dev.retort.ops.Revision(id = \"a1\") class Migration_a1 {}\n");
        ScriptDirectory directory = ScriptDirectory.load(location);
        InvalidScriptException e = assertThrows(
                InvalidScriptException.class, () -> JavaMigrations.of(directory).load(script(directory, "a1")));
        assertEquals(file, e.file());
        assertEquals("class Migration_a1 does not implement dev.retort.ops.Migration", e.getMessage());
    }

    @Test
    void aClassWithoutAConstructorWithoutParameters() throws Exception {
        write("a1.java", """
                @dev.retort.ops.Revision(id = "a1")
                class Migration_a1 implements dev.retort.ops.Migration {
                    Migration_a1(int size) {}

                    public void upgrade(dev.retort.ops.Ops op) {}
                }
                """);
        ScriptDirectory directory = ScriptDirectory.load(location);
        InvalidScriptException e = assertThrows(
                InvalidScriptException.class, () -> JavaMigrations.of(directory).load(script(directory, "a1")));
        assertEquals("class Migration_a1 needs a constructor without parameters", e.getMessage());
    }

    @Test
    void aConstructorThatFailsIsReportedWithItsCause() throws Exception {
        write("a1.java", """
                @dev.retort.ops.Revision(id = "a1")
                class Migration_a1 implements dev.retort.ops.Migration {
                    Migration_a1() {
                        throw new IllegalStateException("no");
                    }

                    public void upgrade(dev.retort.ops.Ops op) {}
                }
                """);
        ScriptDirectory directory = ScriptDirectory.load(location);
        InvalidScriptException e = assertThrows(
                InvalidScriptException.class, () -> JavaMigrations.of(directory).load(script(directory, "a1")));
        assertEquals("the constructor of Migration_a1 failed: java.lang.IllegalStateException: no", e.getMessage());
    }

    @Test
    void anAnnotationOfAnotherPackageIsNotRetorts() throws Exception {
        write("a1.java", """
                import dev.retort.ops.Migration;
                import dev.retort.ops.Ops;

                @Revision(id = "a1")
                class Migration_a1 implements Migration {
                    public void upgrade(Ops op) {}
                }

                @interface Revision {
                    String id();
                }
                """);
        ScriptDirectory directory = ScriptDirectory.load(location);
        InvalidScriptException e = assertThrows(
                InvalidScriptException.class, () -> JavaMigrations.of(directory).load(script(directory, "a1")));
        assertEquals("class Migration_a1 carries no @dev.retort.ops.Revision annotation", e.getMessage());
    }

    @Test
    void twoScriptsDeclaringOneClassNameAreRefusedBeforeCompiling() throws Exception {
        Path first = write("a1.java", "@Revision(id = \"a1\") class Same implements Migration {}\n");
        Path second = write("b2.java", "@Revision(id = \"b2\") class Same implements Migration {}\n");
        ScriptDirectory directory = ScriptDirectory.load(location);
        JavaMigrations migrations = JavaMigrations.of(directory);
        InvalidScriptException e =
                assertThrows(InvalidScriptException.class, () -> migrations.load(script(directory, "a1")));
        assertEquals(second, e.file());
        assertEquals("declares class Same, as " + first + " does; give one of them another class name", e.getMessage());
        assertEquals(0, migrations.compilerRuns());
    }

    @Test
    void withoutAJdkTheErrorSaysWhatToDo() throws Exception {
        Path file = write("a1.java", script("a1", null, "a1"));
        ScriptDirectory directory = ScriptDirectory.load(location);
        JavaMigrations migrations = new JavaMigrations(directory, Migration.class.getClassLoader(), () -> null);
        ScriptDirectoryException e =
                assertThrows(ScriptDirectoryException.class, () -> migrations.load(script(directory, "a1")));
        assertEquals(ScriptDirectoryException.Kind.NO_COMPILER, e.kind());
        assertEquals(List.of(file), e.paths());
        assertEquals(
                "Java scripts need a JDK: Retort runs on a Java runtime without a compiler ("
                        + System.getProperty("java.home") + "), so it cannot compile " + file
                        + "; run Retort with a JDK's java (set JAVA_HOME to a JDK), or compile the scripts into the"
                        + " application and name their package (script_package)",
                e.getMessage());

        JavaMigrations.of(directory).compile();
        JavaMigrations cached = new JavaMigrations(directory, Migration.class.getClassLoader(), () -> null);
        assertEquals("a1", upgradeSays(cached.load(script(directory, "a1"))), "cached classes need no compiler");
    }

    @Test
    void aDamagedCacheEntryIsCompiledAgain() throws Exception {
        write("a1.java", script("a1", null, "a1"));
        ScriptDirectory directory = ScriptDirectory.load(location);
        JavaMigrations.of(directory).compile();
        Path entry =
                location.resolve(".retort-cache/java").resolve(cacheEntries().get(0));
        Files.write(entry, new byte[] {1, 2, 3});
        JavaMigrations migrations = JavaMigrations.of(directory);
        assertEquals("a1", upgradeSays(migrations.load(script(directory, "a1"))));
        assertEquals(1, migrations.compilerRuns());
    }

    @Test
    void sqlScriptsAreNotJavaMigrations() {
        ScriptDirectory directory = ScriptDirectory.load(location);
        MigrationScript sql = directory.write(new dev.retort.script.NewRevision(
                "a1", List.of(), List.of(), List.of(), "x", "now", ScriptFormat.SQL, Optional.empty()));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> JavaMigrations.of(directory).load(sql));
        assertEquals(sql.file() + " is not a Java script", e.getMessage());
    }

    @Revision(id = "x1", revises = "w0")
    static final class Declared implements Migration {
        @Override
        public void upgrade(Ops op) {}
    }

    @Test
    void aClassDeclaringAnotherRevisionThanItsSourceSaid() {
        MigrationScript script = new MigrationScript(
                new dev.retort.graph.Revision("y1", List.of("w0"), List.of(), List.of()),
                "",
                "",
                true,
                root.resolve("y1.java"),
                "y1.java",
                ScriptFormat.JAVA,
                "0",
                new JavaBody(Declared.class.getName(), Optional.of(""), false));
        InvalidScriptException e =
                assertThrows(InvalidScriptException.class, () -> MigrationClasses.checked(Declared.class, script));
        assertEquals(
                "the compiled class " + Declared.class.getName() + " declares revision 'x1' revising [w0], but its"
                        + " source declares 'y1' revising [w0]; write the values as literals",
                e.getMessage());
        assertFalse(JavaMigrations.declaresDowngrade(Declared.class));
    }

    @Test
    void theTestsRunOnAJdk() {
        assertTrue(ToolProvider.getSystemJavaCompiler() != null, "these tests need javac");
    }
}
