package dev.retort.ops;

import dev.retort.schema.Constraint;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds a primary key, unique, foreign-key or check constraint to a table.
 *
 * @param tableName the table
 * @param constraint the constraint; it must be named, so that it can be dropped again
 */
public record AddConstraint(String tableName, Constraint constraint) implements Operation {
    /** Checks the parts. */
    public AddConstraint {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public Optional<Operation> reverse() {
        return constraint
                .name()
                .map(name -> new DropConstraint(tableName, name, constraint.kind(), Optional.of(constraint)));
    }

    @Override
    public Optional<String> table() {
        return Optional.of(tableName);
    }
}
