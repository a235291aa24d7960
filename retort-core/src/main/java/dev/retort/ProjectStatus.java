package dev.retort;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code retort status} checks at once: where the database is against the scripts'
 * heads, what is pending, applied scripts edited since they ran, a half-applied revision awaiting
 * repair, and whether the models match the database. Immutable.
 *
 * @param current where the database is (its heads, edited scripts, a blocking failure)
 * @param heads the scripts' head revisions
 * @param pending the revisions {@code upgrade heads} would apply, in the order it would
 * @param models the comparison with the models, when models are configured
 */
public record ProjectStatus(
        CurrentStatus current,
        List<RevisionInfo> heads,
        List<RevisionInfo> pending,
        Optional<SchemaComparison> models) {
    /** Checks and copies. */
    public ProjectStatus {
        Objects.requireNonNull(current, "current");
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        Objects.requireNonNull(models, "models");
    }

    /** Whether nothing is pending, edited, blocked or different from the models. */
    public boolean isUpToDate() {
        return pending.isEmpty()
                && current.edited().isEmpty()
                && current.blocked().isEmpty()
                && models.map(SchemaComparison::isEmpty).orElse(true);
    }
}
