package dev.retort.script.java;

import dev.retort.ops.Migration;
import dev.retort.script.InvalidScriptException;
import dev.retort.script.JavaBody;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptDirectoryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The {@link Migration} instances of a script directory's Java scripts, for one run. On first use
 * it compiles every Java script of the directory that is not in the cache yet, in one javac run,
 * into {@code <script location>/.retort-cache/} (see {@link #load}); later runs read the classes
 * back and do not start javac unless a script changed. Classes compiled into the application
 * ({@link ClassPathScripts}) are loaded from the parent class loader instead.
 *
 * <p>Each script stands alone: it may use any class on the class path, but not the classes of
 * another script. Thread-safe: {@link #load} and {@link #compile} may be called from several
 * threads; one javac run happens at a time. Several processes may share the cache folder.
 *
 * <pre>{@code
 * JavaMigrations migrations = JavaMigrations.of(directory);
 * Migration migration = migrations.load(directory.script("3f2a9c1b7d4e").orElseThrow());
 * migration.upgrade(op);
 * }</pre>
 */
public final class JavaMigrations {
    private final ScriptDirectory directory;
    private final ClassLoader parent;
    private final ScriptCompiler compiler;
    private final ClassCache cache;
    private final ScriptClassLoader loader;
    private final Map<String, Map<String, byte[]>> compiledThisRun = new HashMap<>();
    private final Set<String> added = new HashSet<>();
    private boolean compiledAll;
    private int compilerRuns;

    JavaMigrations(ScriptDirectory directory, ClassLoader parent, Supplier<JavaCompiler> compilers) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.parent = Objects.requireNonNull(parent, "parent");
        this.compiler = new ScriptCompiler(compilers, parent);
        this.cache = new ClassCache(directory.location());
        this.loader = new ScriptClassLoader(parent);
    }

    /** The Java scripts of {@code directory}, loaded with the class loader that loaded Retort. */
    public static JavaMigrations of(ScriptDirectory directory) {
        return of(directory, Migration.class.getClassLoader());
    }

    /**
     * The Java scripts of {@code directory}; their classes see {@code parent}'s classes (which must
     * include {@code dev.retort.ops}), and classes compiled into the application are loaded from it.
     */
    public static JavaMigrations of(ScriptDirectory directory, ClassLoader parent) {
        return new JavaMigrations(directory, parent, ToolProvider::getSystemJavaCompiler);
    }

    /**
     * A new instance of a Java script's class. The first call compiles every Java script of the
     * directory that is not cached yet, in one javac run.
     *
     * @param script a Java script of this directory, or a class found by {@link ClassPathScripts}
     * @throws InvalidScriptException when a script does not compile (every error is in the message;
     *     the first error's file and line are the exception's), or the class does not implement
     *     {@link Migration}, lacks a constructor without parameters, or declares another revision
     *     than its source said
     * @throws ScriptDirectoryException of kind {@code NO_COMPILER} when scripts must be compiled and
     *     Retort runs on a Java runtime without a compiler
     * @throws IllegalArgumentException when {@code script} is not a Java script
     */
    public synchronized Migration load(MigrationScript script) {
        JavaBody body = body(script);
        Class<?> type = body.isCompiled() ? applicationClass(script, body) : scriptClass(script, body);
        return MigrationClasses.instantiate(MigrationClasses.checked(type, script), script.file());
    }

    /**
     * Compiles every Java script of the directory that is not cached yet, in one javac run, without
     * loading any; does nothing the second time. {@link #load} does this on its first call; call it
     * earlier to report compile errors before anything runs.
     *
     * @throws InvalidScriptException when a script does not compile
     * @throws ScriptDirectoryException of kind {@code NO_COMPILER} without a JDK
     */
    public synchronized void compile() {
        if (compiledAll) {
            return;
        }
        List<MigrationScript> missing = new ArrayList<>();
        Map<String, MigrationScript> byClass = new HashMap<>();
        for (MigrationScript script : directory.scripts()) {
            if (!(script.body() instanceof JavaBody body) || body.isCompiled()) {
                continue;
            }
            MigrationScript other = byClass.putIfAbsent(body.className(), script);
            if (other != null) {
                throw new InvalidScriptException(
                        script.file(),
                        0,
                        "declares class " + body.className() + ", as " + other.file()
                                + " does; give one of them another class name");
            }
            String key = ClassCache.key(body.source().orElseThrow());
            if (!compiledThisRun.containsKey(key) && !cache.contains(key)) {
                missing.add(script);
            }
        }
        if (!missing.isEmpty()) {
            compileNow(missing);
        }
        compiledAll = true;
    }

    /**
     * Whether a migration class declares {@code downgrade}, itself or through a superclass or an
     * interface between it and {@link Migration}: the check the runtime makes before a downgrade.
     */
    public static boolean declaresDowngrade(Class<? extends Migration> type) {
        return MigrationClasses.declaresDowngrade(Objects.requireNonNull(type, "type"));
    }

    /** How many times this instance ran javac. */
    synchronized int compilerRuns() {
        return compilerRuns;
    }

    private Class<?> scriptClass(MigrationScript script, JavaBody body) {
        compile();
        String key = ClassCache.key(body.source().orElseThrow());
        if (!added.contains(key)) {
            Map<String, byte[]> classes = compiledThisRun.get(key);
            if (classes == null) {
                // an entry that vanished or was damaged, or a script from outside the directory
                classes = cache.read(key)
                        .orElseGet(() -> compileNow(List.of(script)).get(key));
            }
            loader.add(script.file(), classes);
            added.add(key);
        }
        try {
            return loader.loadClass(body.className());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidScriptException(
                    script.file(), 0, "cannot load class " + body.className() + " of the compiled script: " + e, e);
        }
    }

    private Class<?> applicationClass(MigrationScript script, JavaBody body) {
        try {
            return Class.forName(body.className(), false, parent);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidScriptException(
                    script.file(), 0, "cannot load class " + body.className() + " from the class path: " + e, e);
        }
    }

    private Map<String, Map<String, byte[]>> compileNow(List<MigrationScript> scripts) {
        compilerRuns++;
        Map<String, Map<String, byte[]>> byKey = new HashMap<>();
        for (Map.Entry<MigrationScript, Map<String, byte[]>> entry :
                compiler.compile(scripts).entrySet()) {
            String key = ClassCache.key(body(entry.getKey()).source().orElseThrow());
            cache.write(key, entry.getValue());
            compiledThisRun.put(key, entry.getValue());
            byKey.put(key, entry.getValue());
        }
        return byKey;
    }

    static JavaBody body(MigrationScript script) {
        if (script.body() instanceof JavaBody body) {
            return body;
        }
        throw new IllegalArgumentException(script.file() + " is not a Java script");
    }
}
