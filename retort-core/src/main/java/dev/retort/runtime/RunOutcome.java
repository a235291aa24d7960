package dev.retort.runtime;

import java.util.List;

/**
 * What a run did: the version-table rows before and after, and each revision with its duration.
 *
 * @param startHeads the rows before
 * @param endHeads the rows after
 * @param steps the revisions that ran, in order
 * @param nanos how long each took, in the same order
 */
public record RunOutcome(List<String> startHeads, List<String> endHeads, List<PreparedStep> steps, List<Long> nanos) {
    /** Copies the lists. */
    public RunOutcome {
        startHeads = List.copyOf(startHeads);
        endHeads = List.copyOf(endHeads);
        steps = List.copyOf(steps);
        nanos = List.copyOf(nanos);
    }
}
