package dev.retort;

/**
 * What kind of failure a {@link RetortException} reports; each kind decides the exit code of the
 * command line and the {@code code} field of its JSON error.
 */
public enum ErrorCode {
    /** The user asked for something malformed: a bad option value, target or argument. */
    BAD_USAGE(2),
    /** The configuration file or a setting in it is wrong. */
    CONFIG(2),
    /** The revision graph cannot answer: unknown, ambiguous or conflicting revisions. */
    REVISION_GRAPH(1),
    /** A script file cannot be read or parsed. */
    SCRIPT_FORMAT(1),
    /** A file or directory could not be read or written. */
    IO(1),
    /** Something that is never overwritten already exists (a configuration file, a script). */
    ALREADY_EXISTS(1),
    /** The database could not be reached or refused the connection. */
    DATABASE_UNREACHABLE(1),
    /** A migration failed while running. */
    MIGRATION_FAILED(1),
    /** An earlier migration was left half-applied; nothing runs until it is repaired. */
    MIGRATION_BLOCKED(1),
    /** The migration lock stayed held by another process for longer than the lock timeout. */
    LOCK_TIMEOUT(1),
    /** Applied scripts were edited and strict checksums are on. */
    CHECKSUM_MISMATCH(1),
    /** The database refused a query Retort needed (reading or writing its own tables). */
    DATABASE_ERROR(1),
    /** {@code check} found differences between the models and the database. */
    CHANGES_DETECTED(1),
    /** The models could not be read or built. */
    MODELS(1),
    /**
     * The command refused to act where acting would be unsafe: a protected environment, or a
     * database that would be left at a revision no script declares.
     */
    REFUSED(1);

    private final int exitCode;

    ErrorCode(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The process exit code the command line uses for this kind of failure. */
    public int exitCode() {
        return exitCode;
    }
}
