package dev.retort.ops;

import dev.retort.schema.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a table with its columns and constraints.
 *
 * @param definition the table
 */
public record CreateTable(Table definition) implements Operation {
    /** Checks the part. */
    public CreateTable {
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropTable(definition.name(), Optional.of(definition)));
    }

    @Override
    public Optional<String> table() {
        return Optional.of(definition.name());
    }
}
