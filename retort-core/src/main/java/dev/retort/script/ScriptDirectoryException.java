package dev.retort.script;

import java.nio.file.Path;
import java.util.List;

/**
 * The script directory as a whole has a problem: it does not exist, two scripts declare the same
 * revision, a template is broken, a file to be written already exists, or Java scripts cannot be
 * compiled for want of a JDK. Carries the paths involved.
 */
public final class ScriptDirectoryException extends RuntimeException {
    /** What kind of problem this is. */
    public enum Kind {
        /** The script location or its versions directory does not exist. */
        MISSING,
        /** The location to initialise already exists and is not empty. */
        ALREADY_EXISTS,
        /** Two scripts declare the same revision id. */
        DUPLICATE_REVISION,
        /** A template is unreadable or does not produce a valid script. */
        BAD_TEMPLATE,
        /** A file could not be read or written. */
        IO,
        /** Java scripts must be compiled, but Retort runs on a Java runtime without a compiler (no JDK). */
        NO_COMPILER
    }

    private final Kind kind;
    private final List<Path> paths;

    /** A problem of the given kind involving {@code paths}. */
    public ScriptDirectoryException(Kind kind, String message, List<Path> paths, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.paths = List.copyOf(paths);
    }

    /** What kind of problem this is. */
    public Kind kind() {
        return kind;
    }

    /** The files or directories involved. */
    public List<Path> paths() {
        return paths;
    }
}
