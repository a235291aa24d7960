package dev.retort.runtime;

import dev.retort.dialect.LockSettings;
import java.time.Duration;

/**
 * How the runtime keeps its books and waits: table names, lock timeout, whether edited scripts stop
 * a run, and who is running it.
 *
 * @param versionTable the version table
 * @param historyTable the history table
 * @param lockTimeout how long to wait for the migration lock
 * @param strictChecksums refuse to run when an applied script was edited
 * @param operator the operating-system user running Retort
 * @param host the machine running Retort
 * @param toolVersion Retort's version, recorded in the history
 * @param lock which migration lock to take
 * @param classLoader the parent of the class loader that loads Java scripts
 */
public record RuntimeSettings(
        String versionTable,
        String historyTable,
        Duration lockTimeout,
        boolean strictChecksums,
        String operator,
        String host,
        String toolVersion,
        LockSettings lock,
        ClassLoader classLoader) {}
