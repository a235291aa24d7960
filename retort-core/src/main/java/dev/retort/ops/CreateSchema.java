package dev.retort.ops;

import dev.retort.schema.QualifiedName;
import java.util.Optional;

/**
 * Creates a schema ({@code CREATE SCHEMA}), a namespace that tables, sequences, domains and types can
 * be created in by qualified name ({@code "sales.orders"}), on databases that have schemas.
 *
 * @param name the schema
 */
public record CreateSchema(String name) implements Operation {
    /** Checks the part. */
    public CreateSchema {
        QualifiedName.requireSchemaName(name);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropSchema(name));
    }

    @Override
    public Optional<String> table() {
        return Optional.empty();
    }
}
