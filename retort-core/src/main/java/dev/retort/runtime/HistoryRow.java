package dev.retort.runtime;

import java.util.Optional;

/**
 * One row of the history table: what ran, how it ended, when, and by whom.
 *
 * @param id the row's id (rows are append-only, ids grow)
 * @param revision the revision (for a stamp, the revisions stamped, comma-separated)
 * @param direction {@code upgrade}, {@code downgrade}, {@code stamp} or {@code repair}
 * @param status {@code running}, {@code applied}, {@code failed} or {@code rolled_back}
 * @param checksum the script's checksum when it ran
 * @param statementsRun how many of its statements ran
 * @param statementsTotal how many it has
 * @param failedStatement the statement that failed, if any
 * @param error the database's message, if it failed
 * @param startedAt when it started (ISO-8601, UTC)
 * @param appliedBy who ran it
 * @param host where it ran
 */
public record HistoryRow(
        long id,
        String revision,
        String direction,
        String status,
        Optional<String> checksum,
        int statementsRun,
        int statementsTotal,
        Optional<String> failedStatement,
        Optional<String> error,
        String startedAt,
        String appliedBy,
        String host) {
    /** Status of a row whose revision is still running, or whose process died. */
    public static final String RUNNING = "running";
    /** Status of a revision that ran to the end. */
    public static final String APPLIED = "applied";
    /** Status of a revision that failed after some statements had taken effect. */
    public static final String FAILED = "failed";
    /** Status of a revision that failed and left nothing behind. */
    public static final String ROLLED_BACK = "rolled_back";

    /** Whether this row leaves the database half-migrated until someone repairs it. */
    public boolean blocks() {
        return status.equals(FAILED) || status.equals(RUNNING);
    }
}
