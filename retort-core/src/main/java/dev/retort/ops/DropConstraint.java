package dev.retort.ops;

import dev.retort.schema.Constraint;
import java.util.Objects;
import java.util.Optional;

/**
 * Drops a constraint.
 *
 * @param tableName the table
 * @param name the constraint's name
 * @param kind its kind (MariaDB/MySQL drop each kind differently)
 * @param definition the constraint as it was, when known (needed to reverse the drop)
 */
public record DropConstraint(String tableName, String name, Constraint.Kind kind, Optional<Constraint> definition)
        implements Operation {
    /** Checks the parts. */
    public DropConstraint {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public Optional<Operation> reverse() {
        return definition.map(constraint -> new AddConstraint(tableName, constraint));
    }

    @Override
    public Optional<String> table() {
        return Optional.of(tableName);
    }
}
