package dev.retort.script.java;

import dev.retort.script.MigrationScript;
import javax.tools.SimpleJavaFileObject;

/**
 * A script's source handed to javac from memory. Its URI is the script file's, so diagnostics name
 * the file and javac's public-class-and-file-name rule applies as it would on disk.
 */
final class ScriptSource extends SimpleJavaFileObject {
    private final MigrationScript script;
    private final String source;

    ScriptSource(MigrationScript script, String source) {
        super(script.file().toAbsolutePath().toUri(), Kind.SOURCE);
        this.script = script;
        this.source = source;
    }

    MigrationScript script() {
        return script;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
    }
}
