package dev.retort.runtime;

import java.util.List;

/** The version table changed while a run held the lock: another tool is migrating the database. */
public final class VersionTableChangedException extends RuntimeException {
    private final List<String> expected;
    private final List<String> found;

    /** Expected rows {@code expected}, found {@code found}. */
    public VersionTableChangedException(List<String> expected, List<String> found) {
        super("the version table changed while migrating: expected " + expected + ", found " + found);
        this.expected = List.copyOf(expected);
        this.found = List.copyOf(found);
    }

    /** The rows the run expected. */
    public List<String> expected() {
        return expected;
    }

    /** The rows it found. */
    public List<String> found() {
        return found;
    }
}
