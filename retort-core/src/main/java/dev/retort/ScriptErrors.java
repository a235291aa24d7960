package dev.retort;

import dev.retort.script.InvalidScriptException;
import dev.retort.script.ScriptDirectoryException;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Turns the script layer's exceptions into messages with the file, the line and the next step. */
final class ScriptErrors {
    private ScriptErrors() {}

    static <T> T run(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidScriptException e) {
            throw translate(e);
        } catch (ScriptDirectoryException e) {
            throw translate(e);
        }
    }

    static RetortException translate(InvalidScriptException e) {
        String where = DisplayPaths.of(e.file()) + (e.line() > 0 ? ":" + e.line() : "");
        boolean java = e.file() != null && e.file().toString().matches("(?s).*\\.(java|class)");
        return new ScriptFormatException(
                where + ": " + e.getMessage(),
                java
                        ? "a Java script is one class that implements dev.retort.ops.Migration and carries"
                                + " @Revision(id = \"<id>\", revises = \"<parent>\") with literal values"
                        : "a script starts with '-- Revision: <id>' (and '-- Revises: <parent>'), then"
                                + " '-- migrate:upgrade' and '-- migrate:downgrade' sections",
                e.file(),
                e.line(),
                e);
    }

    static RetortException translate(ScriptDirectoryException e) {
        Path path = e.paths().isEmpty() ? null : e.paths().get(0);
        return switch (e.kind()) {
            case MISSING ->
                new ScriptFormatException(
                        e.getMessage().startsWith("Path doesn't exist")
                                ? "Path doesn't exist: '" + DisplayPaths.of(path)
                                        + "'.  Please use the 'init' command to" + " create a new scripts folder."
                                : e.getMessage(),
                        "run `retort init`, or point script_location in retort.toml at your migrations folder",
                        path,
                        0,
                        e);
            case ALREADY_EXISTS ->
                new ScriptFormatException(
                        e.getMessage(), "choose another folder, or remove the existing one first", path, 0, e);
            case DUPLICATE_REVISION ->
                new ScriptFormatException(
                        e.getMessage(), "give one of them a new id in its '-- Revision:' header", path, 0, e);
            case BAD_TEMPLATE ->
                new ScriptFormatException(
                        e.getMessage(), "fix the template, or delete it to use the built-in one", path, 0, e);
            case NO_COMPILER ->
                // the message already says what to do: it is read as it is where the facade is not involved
                new RetortException(ErrorCode.SCRIPT_FORMAT, e.getMessage(), null, e);
            case IO ->
                e.getMessage().endsWith("already exists")
                        ? new RetortException(
                                ErrorCode.ALREADY_EXISTS, e.getMessage(), "choose another --rev-id or message", e)
                        : new RetortException(ErrorCode.IO, e.getMessage(), "check the path and its permissions", e);
        };
    }
}
