package dev.retort.ops;

import dev.retort.schema.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * Drops a table.
 *
 * @param name the table
 * @param definition the table as it was, when known (needed to reverse the drop)
 */
public record DropTable(String name, Optional<Table> definition) implements Operation {
    /** Checks the parts. */
    public DropTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public Optional<Operation> reverse() {
        return definition.map(CreateTable::new);
    }

    @Override
    public Optional<String> table() {
        return Optional.of(name);
    }
}
