package dev.retort.ops;

import dev.retort.schema.Index;
import java.util.Objects;
import java.util.Optional;

/**
 * Drops an index.
 *
 * @param name the index
 * @param tableName its table (MariaDB/MySQL need it)
 * @param definition the index as it was, when known (needed to reverse the drop)
 * @param concurrently drop it without locking writes (PostgreSQL)
 */
public record DropIndex(String name, String tableName, Optional<Index> definition, boolean concurrently)
        implements Operation {
    /** Checks the parts. */
    public DropIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public Optional<Operation> reverse() {
        return definition.map(index -> new CreateIndex(index, concurrently));
    }

    @Override
    public Optional<String> table() {
        return Optional.of(tableName);
    }
}
