package dev.retort.script.java;

import dev.retort.script.InvalidScriptException;
import dev.retort.script.MigrationScript;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Turns javac's errors into one {@link InvalidScriptException}: the first error's file and line,
 * and every error in the message (further ones also as suppressed exceptions, each with its own
 * file and line).
 */
final class CompileErrors {
    private CompileErrors() {}

    static InvalidScriptException of(
            List<MigrationScript> scripts, List<? extends Diagnostic<? extends JavaFileObject>> errors) {
        if (errors.isEmpty()) {
            return new InvalidScriptException(scripts.get(0).file(), 0, "does not compile (javac gave no reason)");
        }
        Diagnostic<? extends JavaFileObject> first = errors.get(0);
        Path firstFile = file(scripts, first);
        StringBuilder message = new StringBuilder("does not compile: ").append(text(first, ""));
        if (errors.size() > 1) {
            message.append("\n").append(errors.size() - 1).append(" more error(s):");
        }
        InvalidScriptException[] further = new InvalidScriptException[errors.size() - 1];
        for (int i = 1; i < errors.size(); i++) {
            Diagnostic<? extends JavaFileObject> error = errors.get(i);
            Path file = file(scripts, error);
            String where = (file.equals(firstFile) ? "line " + line(error) : file + ":" + line(error)) + ": ";
            message.append("\n  ").append(where).append(text(error, "  "));
            further[i - 1] = new InvalidScriptException(file, line(error), "does not compile: " + text(error, ""));
        }
        InvalidScriptException exception = new InvalidScriptException(firstFile, line(first), message.toString());
        for (InvalidScriptException other : further) {
            exception.addSuppressed(other);
        }
        return exception;
    }

    private static Path file(List<MigrationScript> scripts, Diagnostic<? extends JavaFileObject> error) {
        if (error.getSource() instanceof ScriptSource source) {
            return source.script().file();
        }
        return scripts.get(0).file();
    }

    private static int line(Diagnostic<? extends JavaFileObject> error) {
        long line = error.getLineNumber();
        return line == Diagnostic.NOPOS || line > Integer.MAX_VALUE ? 0 : (int) line;
    }

    /** javac's message; its further lines (symbol, location) indented by {@code indent}. */
    private static String text(Diagnostic<? extends JavaFileObject> error, String indent) {
        return error.getMessage(Locale.ROOT).strip().replace("\n", "\n" + indent);
    }
}
