package dev.retort.script.java;

import dev.retort.graph.Revision;
import dev.retort.ops.Migration;
import dev.retort.script.Checksums;
import dev.retort.script.InvalidScriptException;
import dev.retort.script.JavaBody;
import dev.retort.script.MigrationScript;
import dev.retort.script.RevisionIds;
import dev.retort.script.ScriptDirectoryException;
import dev.retort.script.ScriptFormat;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds Java migrations compiled into the application: the classes of a package (and its
 * sub-packages) that implement {@link Migration} and carry {@link dev.retort.ops.Revision}, read by
 * reflection without initialising them. Folders and jars on the class loader are searched; the
 * result joins the script files of {@code versions/} in one graph
 * ({@link dev.retort.script.ScriptDirectory#load(Path, List)}). Stateless and thread-safe.
 *
 * <p>A found class's checksum is the SHA-256 of its class file, so recompiling it with another
 * compiler version may report it as edited.
 */
public final class ClassPathScripts {
    private static final Pattern PACKAGE =
            Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
    private static final byte[] REVISION = "dev/retort/ops/Revision".getBytes(StandardCharsets.UTF_8);
    private static final byte[] MIGRATION = "dev/retort/ops/Migration".getBytes(StandardCharsets.UTF_8);

    private ClassPathScripts() {}

    /**
     * The migrations in {@code packageName} and its sub-packages, sorted by class name. A class
     * name found in several roots counts once (the first, as the class loader would load it).
     *
     * @param packageName a package such as {@code com.example.migrations}
     * @param loader the class loader to search and to load the classes with
     * @throws InvalidScriptException for a class that carries {@code @Revision} but does not
     *     implement {@link Migration}, a concrete migration class without {@code @Revision}, or an
     *     invalid revision id
     * @throws ScriptDirectoryException when the package's folders or jars cannot be read
     * @throws IllegalArgumentException when {@code packageName} is not a package name
     */
    public static List<MigrationScript> find(String packageName, ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        if (!PACKAGE.matcher(Objects.requireNonNull(packageName, "packageName")).matches()) {
            throw new IllegalArgumentException("'" + packageName + "' is not a Java package name");
        }
        List<PackageClasses.ClassFile> files;
        try {
            files = PackageClasses.list(packageName, loader);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new ScriptDirectoryException(ScriptDirectoryException.Kind.IO, e.getMessage(), List.of(), e);
        }
        List<MigrationScript> scripts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PackageClasses.ClassFile file : files) {
            if (seen.add(file.className())) {
                script(file, loader).ifPresent(scripts::add);
            }
        }
        scripts.sort((a, b) -> JavaMigrations.body(a)
                .className()
                .compareTo(JavaMigrations.body(b).className()));
        return List.copyOf(scripts);
    }

    private static Optional<MigrationScript> script(PackageClasses.ClassFile file, ClassLoader loader) {
        if (!contains(file.bytes(), REVISION) && !contains(file.bytes(), MIGRATION)) {
            return Optional.empty();
        }
        Class<?> type;
        try {
            type = Class.forName(file.className(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidScriptException(file.file(), 0, "cannot load class " + file.className() + ": " + e, e);
        }
        dev.retort.ops.Revision revision = type.getAnnotation(dev.retort.ops.Revision.class);
        boolean migration = Migration.class.isAssignableFrom(type);
        boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
        if (revision == null) {
            if (migration && concrete) {
                throw new InvalidScriptException(
                        file.file(),
                        0,
                        "class " + type.getName() + " implements Migration but carries no @Revision(id = \"...\")");
            }
            return Optional.empty();
        }
        if (!migration || !concrete) {
            throw new InvalidScriptException(
                    file.file(),
                    0,
                    "class " + type.getName() + " carries @Revision but is not a concrete class implementing"
                            + " dev.retort.ops.Migration");
        }
        Class<? extends Migration> migrationType = type.asSubclass(Migration.class);
        return Optional.of(new MigrationScript(
                graphRevision(revision, file.file()),
                revision.message(),
                revision.created(),
                revision.transactional(),
                file.file(),
                file.className().replace('.', '/') + ".class",
                ScriptFormat.JAVA,
                Checksums.ofBytes(file.bytes()),
                new JavaBody(type.getName(), Optional.empty(), MigrationClasses.declaresDowngrade(migrationType)),
                List.of(revision.squashes())));
    }

    private static Revision graphRevision(dev.retort.ops.Revision revision, Path file) {
        List<String> all = new ArrayList<>(List.of(revision.id()));
        all.addAll(List.of(revision.revises()));
        all.addAll(List.of(revision.dependsOn()));
        all.addAll(List.of(revision.branchLabels()));
        for (String item : all) {
            if (!RevisionIds.isValid(item)) {
                throw new InvalidScriptException(
                        file, 0, "'" + item + "' in @Revision may hold only letters, digits and _");
            }
        }
        return new Revision(
                revision.id(),
                MigrationClasses.unique(revision.revises()),
                MigrationClasses.unique(revision.dependsOn()),
                MigrationClasses.unique(revision.branchLabels()));
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
