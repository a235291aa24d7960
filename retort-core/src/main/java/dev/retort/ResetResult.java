package dev.retort;

import java.util.List;
import java.util.Objects;

/**
 * What {@code retort reset} did: the tables it dropped, then the upgrade to the heads. Immutable.
 *
 * @param dropped the tables dropped, Retort's own included, in name order
 * @param upgrade the upgrade that followed
 */
public record ResetResult(List<String> dropped, MigrationResult upgrade) {
    /** Checks and copies. */
    public ResetResult {
        dropped = List.copyOf(dropped);
        Objects.requireNonNull(upgrade, "upgrade");
    }
}
