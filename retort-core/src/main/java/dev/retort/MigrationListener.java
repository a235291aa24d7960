package dev.retort;

import java.time.Duration;
import java.util.List;

/**
 * Hears what {@code upgrade}, {@code downgrade} and {@code stamp} do while they run: waiting for the
 * lock, each revision starting and finishing, warnings, and (for {@code --verbose}) each statement.
 * Every method does nothing by default; implementations are called from the running thread.
 */
public interface MigrationListener {
    /** The migration lock is held by {@code holder}; the run waits for it. */
    default void lockWaiting(String holder) {}

    /** A revision starts. */
    default void revisionStarting(MigrationStepInfo step) {}

    /** A revision finished after {@code duration}. */
    default void revisionFinished(MigrationStepInfo step, Duration duration) {}

    /** Something the user should know that does not stop the run, such as an edited applied script. */
    default void warning(String message) {}

    /** A statement is about to run. */
    default void statement(String sql) {}

    /** {@code reset} dropped these tables and is about to upgrade. */
    default void tablesDropped(List<String> tables) {}

    /** {@code reset} dropped these other objects ({@code "view active_users"}) after the tables. */
    default void objectsDropped(List<String> objects) {}
}
