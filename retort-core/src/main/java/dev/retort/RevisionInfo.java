package dev.retort;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What Retort knows about one revision: identity, place in the graph and script metadata. The
 * flags follow Alembic: {@code head} means nothing revises or depends on it; {@code effectiveHead}
 * means nothing revises it but another branch depends on it.
 *
 * @param id the revision id
 * @param parents the revisions it revises (empty for a base)
 * @param dependsOn its declared dependencies
 * @param branchLabels the branch labels in effect on it, sorted
 * @param children the revisions that revise it
 * @param message the one-line message
 * @param created the creation time as written in the script
 * @param path the script file
 * @param head nothing revises or depends on it
 * @param effectiveHead nothing revises it, but something depends on it
 * @param branchPoint more than one revision revises it
 * @param mergePoint it revises more than one revision
 * @param transactional it runs inside a transaction
 * @param reversible it has a downgrade section
 * @param checksum the script's checksum
 * @param squashes for a baseline written by {@code retort squash}, the revisions it replaced,
 *     oldest first; empty otherwise
 */
public record RevisionInfo(
        String id,
        List<String> parents,
        List<String> dependsOn,
        List<String> branchLabels,
        List<String> children,
        String message,
        String created,
        Path path,
        boolean head,
        boolean effectiveHead,
        boolean branchPoint,
        boolean mergePoint,
        boolean transactional,
        boolean reversible,
        String checksum,
        List<String> squashes) {
    /** Copies the lists. */
    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        children = List.copyOf(children);
        squashes = List.copyOf(squashes);
    }

    /** True when it revises nothing. */
    public boolean base() {
        return parents.isEmpty();
    }
}
