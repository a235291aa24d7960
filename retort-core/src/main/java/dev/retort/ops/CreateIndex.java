package dev.retort.ops;

import dev.retort.schema.Index;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates an index.
 *
 * @param index the index
 * @param concurrently build it without locking writes (PostgreSQL {@code CONCURRENTLY}; needs a
 *     revision that runs outside a transaction; ignored elsewhere)
 */
public record CreateIndex(Index index, boolean concurrently) implements Operation {
    /** Checks the part. */
    public CreateIndex {
        Objects.requireNonNull(index, "index");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropIndex(index.name(), index.table(), Optional.of(index), concurrently));
    }

    @Override
    public Optional<String> table() {
        return Optional.of(index.table());
    }
}
