package dev.retort.script.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.graph.RevisionNode;
import dev.retort.ops.Migration;
import dev.retort.script.Checksums;
import dev.retort.script.InvalidScriptException;
import dev.retort.script.JavaBody;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptDirectoryException;
import dev.retort.script.ScriptFormat;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations compiled into an application, found by package in a jar or a folder. */
class ClassPathScriptsTest {
    private static final String PACKAGE = "com.example.migrations";

    @TempDir
    Path root;

    /** Compiles {@code sources} (path below the source root to text) into a folder, returned. */
    private Path compile(Map<String, String> sources) throws IOException {
        Path sourceRoot = root.resolve("src");
        Path classes = root.resolve("classes");
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-classpath",
                ScriptCompiler.classPath(Migration.class.getClassLoader()).stream()
                        .map(File::toString)
                        .reduce((a, b) -> a + File.pathSeparator + b)
                        .orElseThrow()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, arguments.toArray(new String[0])), "the test's sources compile");
        return classes;
    }

    /** Packs a folder of classes into a jar, folders included as entries, as build tools do. */
    private Path jar(Path classes) throws IOException {
        Path jar = root.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.sorted().toList()) {
                if (path.equals(classes)) {
                    continue;
                }
                String name = classes.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(path));
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, String> application() {
        return Map.of(
                "com/example/migrations/CreateUsers.java",
                """
                package com.example.migrations;

                import dev.retort.ops.Migration;
                import dev.retort.ops.Ops;
                import dev.retort.ops.Revision;

                @Revision(id = "a1", message = "create users", created = "2026-11-22 10:15:02")
                public class CreateUsers implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        throw new IllegalStateException("create users ran");
                    }

                    @Override
                    public void downgrade(Ops op) {}
                }
                """,
                "com/example/migrations/billing/AddInvoices.java",
                """
                package com.example.migrations.billing;

                import dev.retort.ops.Migration;
                import dev.retort.ops.Ops;
                import dev.retort.ops.Revision;

                @Revision(id = "b2", revises = "a1", branchLabels = "billing", transactional = false)
                class AddInvoices implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        Runnable nested = new Runnable() {
                            public void run() {}
                        };
                        nested.run();
                    }
                }
                """,
                "com/example/migrations/Base.java",
                """
                package com.example.migrations;

                public abstract class Base implements dev.retort.ops.Migration {}
                """,
                "com/example/migrations/Names.java",
                """
                package com.example.migrations;

                public final class Names {
                    public static final String USERS = "users";
                }
                """,
                "com/example/other/Elsewhere.java",
                """
                package com.example.other;

                @dev.retort.ops.Revision(id = "z9")
                public class Elsewhere implements dev.retort.ops.Migration {
                    public void upgrade(dev.retort.ops.Ops op) {}
                }
                """);
    }

    @Test
    void findsTheMigrationsOfAPackageInAJar() throws Exception {
        Path jar = jar(compile(application()));
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, Migration.class.getClassLoader())) {
            List<MigrationScript> scripts = ClassPathScripts.find(PACKAGE, loader);
            assertEquals(
                    List.of("a1", "b2"),
                    scripts.stream().map(MigrationScript::id).toList());
            MigrationScript users = scripts.get(0);
            assertEquals("create users", users.message());
            assertEquals("2026-11-22 10:15:02", users.created());
            assertEquals(ScriptFormat.JAVA, users.format());
            assertEquals(Path.of(jar + "!/com/example/migrations/CreateUsers.class"), users.file());
            assertEquals("com/example/migrations/CreateUsers.class", users.relativePath());
            assertEquals(
                    new JavaBody("com.example.migrations.CreateUsers", java.util.Optional.empty(), true), users.body());
            assertEquals(
                    Checksums.ofBytes(
                            Files.readAllBytes(root.resolve("classes/com/example/migrations/CreateUsers.class"))),
                    users.checksum());
            MigrationScript invoices = scripts.get(1);
            assertEquals(List.of("a1"), invoices.revision().parents());
            assertEquals(List.of("billing"), invoices.revision().branchLabels());
            assertFalse(invoices.transactional());
            assertFalse(invoices.reversible());

            ScriptDirectory.init(root.resolve("migrations"));
            ScriptDirectory directory = ScriptDirectory.load(root.resolve("migrations"), scripts);
            JavaMigrations migrations = JavaMigrations.of(directory, loader);
            Migration migration = migrations.load(users);
            IllegalStateException ran = assertThrows(IllegalStateException.class, () -> migration.upgrade(null));
            assertEquals("create users ran", ran.getMessage());
            migrations.load(invoices).upgrade(null);
            assertEquals(0, migrations.compilerRuns(), "compiled classes need no compiling");
        }
    }

    @Test
    void findsThemInAFolderTooAndJoinsThemWithTheScriptFiles() throws Exception {
        Path classes = compile(application());
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, Migration.class.getClassLoader())) {
            List<MigrationScript> scripts = ClassPathScripts.find(PACKAGE, loader);
            assertEquals(
                    classes.resolve("com/example/migrations/CreateUsers.class"),
                    scripts.get(0).file());
            Path location = root.resolve("migrations");
            ScriptDirectory.init(location);
            Files.writeString(
                    location.resolve("versions/c3_tokens.sql"),
                    "-- Revision: c3\n-- Revises: b2\n-- migrate:upgrade\n-- migrate:downgrade\n");
            ScriptDirectory directory = ScriptDirectory.load(location, scripts);
            assertEquals(
                    List.of("c3", "a1", "b2"),
                    directory.scripts().stream().map(MigrationScript::id).toList());
            assertEquals(
                    List.of("c3"),
                    directory.graph().heads().stream().map(RevisionNode::id).toList());

            Files.writeString(location.resolve("versions/a1_again.sql"), "-- Revision: a1\n-- migrate:upgrade\n");
            ScriptDirectoryException duplicate =
                    assertThrows(ScriptDirectoryException.class, () -> ScriptDirectory.load(location, scripts));
            assertEquals(ScriptDirectoryException.Kind.DUPLICATE_REVISION, duplicate.kind());
            assertEquals(
                    List.of(
                            location.resolve("versions/a1_again.sql"),
                            scripts.get(0).file()),
                    duplicate.paths());
        }
    }

    @Test
    void anAnnotatedClassThatIsNoMigrationAndAMigrationWithoutRevisionAreErrors() throws Exception {
        Path classes = compile(Map.of("com/example/migrations/NotAMigration.java", """
                package com.example.migrations;

                @dev.retort.ops.Revision(id = "a1")
                public class NotAMigration {}
                """));
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, Migration.class.getClassLoader())) {
            InvalidScriptException e =
                    assertThrows(InvalidScriptException.class, () -> ClassPathScripts.find(PACKAGE, loader));
            assertEquals(classes.resolve("com/example/migrations/NotAMigration.class"), e.file());
            assertEquals(
                    "class com.example.migrations.NotAMigration carries @Revision but is not a concrete class"
                            + " implementing dev.retort.ops.Migration",
                    e.getMessage());
        }
        Path other = root.resolve("other");
        Files.createDirectories(other.resolve("com/example/migrations"));
        Path unannotated = compile(Map.of("com/example/migrations/Forgotten.java", """
                package com.example.migrations;

                public class Forgotten implements dev.retort.ops.Migration {
                    public void upgrade(dev.retort.ops.Ops op) {}
                }
                """));
        Files.delete(unannotated.resolve("com/example/migrations/NotAMigration.class"));
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {unannotated.toUri().toURL()}, Migration.class.getClassLoader())) {
            InvalidScriptException e =
                    assertThrows(InvalidScriptException.class, () -> ClassPathScripts.find(PACKAGE, loader));
            assertEquals(
                    "class com.example.migrations.Forgotten implements Migration but carries no @Revision(id ="
                            + " \"...\")",
                    e.getMessage());
        }
    }

    @Test
    void aPackageNobodyHasIsEmptyAndAMalformedNameIsRefused() {
        assertEquals(
                List.of(),
                ClassPathScripts.find("com.example.nothing", getClass().getClassLoader()));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ClassPathScripts.find("com..example", getClass().getClassLoader()));
        assertTrue(e.getMessage().contains("is not a Java package name"), e.getMessage());
    }
}
