package dev.retort.script.java;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import javax.tools.SimpleJavaFileObject;

/** A class file javac writes to memory; on close its bytes go into the map of its script. */
final class ClassOutput extends SimpleJavaFileObject {
    private final String className;
    private final Map<String, byte[]> classes;

    ClassOutput(String className, Map<String, byte[]> classes) {
        super(URI.create("memory:///" + className.replace('.', '/') + Kind.CLASS.extension), Kind.CLASS);
        this.className = className;
        this.classes = classes;
    }

    @Override
    public OutputStream openOutputStream() {
        return new ByteArrayOutputStream() {
            @Override
            public void close() {
                synchronized (classes) {
                    classes.put(className, toByteArray());
                }
            }
        };
    }
}
