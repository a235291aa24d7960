package dev.retort;

import java.time.Duration;
import java.util.List;

/**
 * What an {@code upgrade} or {@code downgrade} did.
 *
 * @param database the database, its URL with the password hidden
 * @param startHeads the revisions the database was at
 * @param endHeads the revisions it is at now
 * @param steps the revisions that ran, in order
 * @param durations how long each took, in the same order
 */
public record MigrationResult(
        String database,
        List<String> startHeads,
        List<String> endHeads,
        List<MigrationStepInfo> steps,
        List<Duration> durations) {
    /** Copies the lists. */
    public MigrationResult {
        startHeads = List.copyOf(startHeads);
        endHeads = List.copyOf(endHeads);
        steps = List.copyOf(steps);
        durations = List.copyOf(durations);
    }
}
