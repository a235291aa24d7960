package dev.retort;

import java.util.List;

/**
 * An offline SQL script: the exact statements an upgrade or downgrade would run, version-table
 * changes included, for a database's own client to run.
 *
 * @param dialect the dialect it is written for
 * @param sql the script text
 * @param steps the revisions it covers, in order
 */
public record OfflineScript(String dialect, String sql, List<MigrationStepInfo> steps) {
    /** Copies the list. */
    public OfflineScript {
        steps = List.copyOf(steps);
    }
}
