package dev.retort;

import java.util.List;
import java.util.Objects;

/**
 * What {@code retort reset} did: the tables it dropped, the other objects, then the upgrade to
 * the heads. Immutable.
 *
 * @param dropped the tables dropped, Retort's own included, in name order
 * @param droppedObjects the other objects dropped after them, each as {@code "kind name"}
 * @param upgrade the upgrade that followed
 */
public record ResetResult(List<String> dropped, List<String> droppedObjects, MigrationResult upgrade) {
    /** Checks and copies. */
    public ResetResult {
        dropped = List.copyOf(dropped);
        droppedObjects = List.copyOf(droppedObjects);
        Objects.requireNonNull(upgrade, "upgrade");
    }
}
