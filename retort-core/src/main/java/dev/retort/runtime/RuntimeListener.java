package dev.retort.runtime;

/** Hears what a migration run does, as it happens. Every method does nothing by default. */
public interface RuntimeListener {
    /** The migration lock is held by {@code holder}; the run waits. */
    default void lockWaiting(String holder) {}

    /** A revision starts running. */
    default void stepStarting(PreparedStep step) {}

    /** A revision finished after {@code nanos}. */
    default void stepFinished(PreparedStep step, long nanos) {}

    /** Something the user should know but that does not stop the run. */
    default void warning(String message) {}

    /** A statement is about to run (for {@code --verbose}). */
    default void statement(String sql) {}
}
