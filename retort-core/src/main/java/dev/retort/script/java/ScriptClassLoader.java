package dev.retort.script.java;

import dev.retort.script.InvalidScriptException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Defines the compiled classes of Java scripts for one run. A script's own classes come first
 * (before the parent's), so a script class that happens to share a name with a class on the class
 * path is still the script's; everything else, {@code dev.retort.ops} included, comes from the
 * parent.
 */
final class ScriptClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes = new HashMap<>();
    private final Map<String, Path> origins = new HashMap<>();

    ScriptClassLoader(ClassLoader parent) {
        super("retort-scripts", parent);
    }

    /**
     * Makes the classes of the script in {@code file} loadable.
     *
     * @throws InvalidScriptException when another script already declares a class of the same name
     */
    synchronized void add(Path file, Map<String, byte[]> scriptClasses) {
        for (Map.Entry<String, byte[]> entry : scriptClasses.entrySet()) {
            Path other = origins.get(entry.getKey());
            if (other != null && !other.equals(file) && !Arrays.equals(classes.get(entry.getKey()), entry.getValue())) {
                throw new InvalidScriptException(
                        file,
                        0,
                        "declares class " + entry.getKey() + ", as " + other
                                + " does; give one of them another class name");
            }
        }
        for (Map.Entry<String, byte[]> entry : scriptClasses.entrySet()) {
            classes.put(entry.getKey(), entry.getValue());
            origins.put(entry.getKey(), file);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            if (!owns(name)) {
                return super.loadClass(name, resolve);
            }
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                type = findClass(name);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes;
        synchronized (this) {
            bytes = classes.get(name);
        }
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    private synchronized boolean owns(String name) {
        return classes.containsKey(name);
    }
}
