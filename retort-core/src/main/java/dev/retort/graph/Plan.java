package dev.retort.graph;

import java.util.List;

/**
 * The ordered steps that take a database from {@code startHeads} to {@code endHeads}.
 *
 * @param steps the revisions to run, in order
 * @param startHeads the version-table rows before
 * @param endHeads the version-table rows after
 */
public record Plan(List<Step> steps, List<String> startHeads, List<String> endHeads) {
    /** Copies the lists. */
    public Plan {
        steps = List.copyOf(steps);
        startHeads = List.copyOf(startHeads);
        endHeads = List.copyOf(endHeads);
    }

    /** True when there is nothing to run. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
