package dev.retort;

import java.util.List;

/**
 * A revision that more than one revision revises, with those revisions.
 *
 * @param revision the branch point
 * @param branches the revisions that revise it, in file order
 */
public record BranchPoint(RevisionInfo revision, List<RevisionInfo> branches) {
    /** Copies the list. */
    public BranchPoint {
        branches = List.copyOf(branches);
    }
}
