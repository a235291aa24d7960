package dev.retort;

import java.util.Objects;

/**
 * The revision {@code revision --autogenerate} wrote, and the differences it holds. Immutable.
 *
 * @param revision the new revision
 * @param comparison what it changes: from the database at its head to the models
 */
public record AutogenerateResult(RevisionInfo revision, SchemaComparison comparison) {
    /** Checks the parts. */
    public AutogenerateResult {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(comparison, "comparison");
    }
}
