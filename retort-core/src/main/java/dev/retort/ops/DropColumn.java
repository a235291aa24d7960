package dev.retort.ops;

import dev.retort.schema.Column;
import java.util.Objects;
import java.util.Optional;

/**
 * Drops a column.
 *
 * @param tableName the table
 * @param column the column
 * @param definition the column as it was, when known (needed to reverse the drop)
 */
public record DropColumn(String tableName, String column, Optional<Column> definition) implements Operation {
    /** Checks the parts. */
    public DropColumn {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public Optional<Operation> reverse() {
        return definition.map(existing -> new AddColumn(tableName, existing));
    }

    @Override
    public Optional<String> table() {
        return Optional.of(tableName);
    }
}
