package dev.retort.graph;

import java.util.List;

/**
 * The version-table changes that stamp a database at given revisions without running scripts.
 *
 * @param purge whether every existing row is deleted first
 * @param changes the row changes, in order
 * @param startHeads the rows before
 * @param endHeads the rows after
 */
public record StampPlan(boolean purge, List<VersionChange> changes, List<String> startHeads, List<String> endHeads) {
    /** Copies the lists. */
    public StampPlan {
        changes = List.copyOf(changes);
        startHeads = List.copyOf(startHeads);
        endHeads = List.copyOf(endHeads);
    }
}
