package dev.retort.script.java;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.ops.Revision;
import dev.retort.script.InvalidScriptException;
import dev.retort.script.MigrationScript;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/** Checks a loaded migration class against its script and makes an instance of it. */
final class MigrationClasses {
    private MigrationClasses() {}

    /**
     * Checks that {@code type} implements {@link Migration}, can be instantiated, and carries the
     * revision its script declared.
     *
     * @throws InvalidScriptException naming the script's file otherwise
     */
    static Class<? extends Migration> checked(Class<?> type, MigrationScript script) {
        Path file = script.file();
        if (!Migration.class.isAssignableFrom(type)) {
            throw new InvalidScriptException(
                    file, 0, "class " + type.getName() + " does not implement dev.retort.ops.Migration");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new InvalidScriptException(
                    file, 0, "class " + type.getName() + " is abstract; a migration class must be concrete");
        }
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new InvalidScriptException(
                    file, 0, "class " + type.getName() + " carries no @dev.retort.ops.Revision annotation");
        }
        if (!revision.id().equals(script.id())
                || !unique(revision.revises()).equals(script.revision().parents())
                || !unique(revision.dependsOn()).equals(script.revision().dependsOn())
                || !unique(revision.branchLabels()).equals(script.revision().branchLabels())) {
            throw new InvalidScriptException(
                    file,
                    0,
                    "the compiled class " + type.getName() + " declares revision '" + revision.id() + "' revising "
                            + List.of(revision.revises()) + ", but its source declares '" + script.id()
                            + "' revising " + script.revision().parents() + "; write the values as literals");
        }
        return type.asSubclass(Migration.class);
    }

    /**
     * A new instance through the constructor without parameters (made accessible, as generated
     * classes are package-private).
     *
     * @throws InvalidScriptException when there is no such constructor or it fails
     */
    static Migration instantiate(Class<? extends Migration> type, Path file) {
        Constructor<? extends Migration> constructor;
        try {
            constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new InvalidScriptException(
                    file, 0, "class " + type.getName() + " needs a constructor without parameters", e);
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new InvalidScriptException(
                    file, 0, "the constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | ExceptionInInitializerError e) {
            Throwable cause = e instanceof ExceptionInInitializerError error ? error.getCause() : e;
            throw new InvalidScriptException(
                    file, 0, "cannot create an instance of " + type.getName() + ": " + cause, cause);
        }
    }

    /** Whether {@code type} (or a class between it and {@link Migration}) declares {@code downgrade}. */
    static boolean declaresDowngrade(Class<? extends Migration> type) {
        try {
            return type.getMethod("downgrade", Ops.class).getDeclaringClass() != Migration.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("every Migration has downgrade(Ops)", e);
        }
    }

    static List<String> unique(String[] items) {
        return List.copyOf(new LinkedHashSet<>(List.of(items)));
    }
}
