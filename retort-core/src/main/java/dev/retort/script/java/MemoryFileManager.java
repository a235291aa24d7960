package dev.retort.script.java;

import dev.retort.script.MigrationScript;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Keeps javac's output in memory, sorted by the script each class came from: javac names the
 * source file of every class it writes (the sibling), so nested and helper classes land with their
 * script.
 */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<MigrationScript, Map<String, byte[]>> output = new LinkedHashMap<>();
    private final Map<String, MigrationScript> byTopLevelClass = new HashMap<>();

    MemoryFileManager(StandardJavaFileManager standard, Iterable<ScriptSource> sources) {
        super(standard);
        for (ScriptSource source : sources) {
            output.put(source.script(), new LinkedHashMap<>());
            byTopLevelClass.put(JavaMigrations.body(source.script()).className(), source.script());
        }
    }

    /** The classes of each script, once javac is done. */
    Map<MigrationScript, Map<String, byte[]>> output() {
        return output;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
            Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
        MigrationScript script = sibling instanceof ScriptSource source ? source.script() : owner(className);
        return new ClassOutput(className, output.get(script));
    }

    /** The script of a class javac wrote without naming its source: the one its top-level class is in. */
    private MigrationScript owner(String className) {
        int nested = className.indexOf('$');
        MigrationScript script = byTopLevelClass.get(nested < 0 ? className : className.substring(0, nested));
        if (script == null) {
            throw new IllegalStateException("javac wrote class " + className + " for no known script");
        }
        return script;
    }
}
