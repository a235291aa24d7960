package dev.retort.runtime;

/**
 * A row to write to the history table.
 *
 * @param revision the revision (comma-separated for a stamp of several)
 * @param direction {@code upgrade}, {@code downgrade}, {@code stamp} or {@code repair}
 * @param status see {@link HistoryRow}
 * @param checksum the script's checksum, or null
 * @param message the revision's message, or null
 * @param statementsRun statements that took effect
 * @param statementsTotal statements in the script
 * @param failedStatement the statement that failed, or null
 * @param error the database's message, or null
 * @param startedAt start (ISO-8601, UTC)
 * @param finishedAt end (ISO-8601, UTC), or null while running
 * @param durationMillis how long it took, or -1 while running
 * @param appliedBy who ran it
 * @param host where it ran
 * @param toolVersion Retort's version
 */
record HistoryEntry(
        String revision,
        String direction,
        String status,
        String checksum,
        String message,
        int statementsRun,
        int statementsTotal,
        String failedStatement,
        String error,
        String startedAt,
        String finishedAt,
        long durationMillis,
        String appliedBy,
        String host,
        String toolVersion) {}
