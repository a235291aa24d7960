package dev.retort.ops;

import dev.retort.schema.Column;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds a column to a table.
 *
 * @param tableName the table
 * @param column the new column
 */
public record AddColumn(String tableName, Column column) implements Operation {
    /** Checks the parts. */
    public AddColumn {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropColumn(tableName, column.name(), Optional.of(column)));
    }

    @Override
    public Optional<String> table() {
        return Optional.of(tableName);
    }
}
