package dev.retort.ops;

import dev.retort.schema.QualifiedName;
import java.util.Optional;

/**
 * Drops a schema ({@code DROP SCHEMA}), which must be empty by then: its tables, sequences, domains
 * and types are dropped by their own operations first.
 *
 * @param name the schema
 */
public record DropSchema(String name) implements Operation {
    /** Checks the part. */
    public DropSchema {
        QualifiedName.requireSchemaName(name);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new CreateSchema(name));
    }

    @Override
    public Optional<String> table() {
        return Optional.empty();
    }
}
