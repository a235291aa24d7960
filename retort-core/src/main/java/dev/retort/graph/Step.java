package dev.retort.graph;

import java.util.List;

/**
 * One revision run in one direction, with the version-table changes that record it.
 *
 * @param revision the revision whose script runs
 * @param upgrade true to upgrade, false to downgrade
 * @param versionChanges how the version table changes once the script has run
 */
public record Step(RevisionNode revision, boolean upgrade, List<VersionChange> versionChanges) {
    /** Copies the list. */
    public Step {
        versionChanges = List.copyOf(versionChanges);
    }

    /** The revisions the database is at before this step, on this revision's line (parents aside from deps). */
    public List<String> fromIds() {
        return upgrade ? revision.parentIds() : List.of(revision.id());
    }

    /** The revisions the database is at after this step, on this revision's line. */
    public List<String> toIds() {
        return upgrade ? List.of(revision.id()) : revision.parentIds();
    }

    /** "upgrade" or "downgrade". */
    public String verb() {
        return upgrade ? "upgrade" : "downgrade";
    }
}
