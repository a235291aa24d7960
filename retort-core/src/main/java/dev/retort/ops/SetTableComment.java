package dev.retort.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * Sets or removes a table's comment.
 *
 * @param tableName the table
 * @param comment the new comment, or its removal
 * @param existing the comment before, when known
 */
public record SetTableComment(String tableName, Setting<String> comment, Optional<Setting<String>> existing)
        implements Operation {
    /** Checks the parts. */
    public SetTableComment {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(existing, "existing");
    }

    @Override
    public Optional<Operation> reverse() {
        return existing.map(before -> new SetTableComment(tableName, before, Optional.of(comment)));
    }

    @Override
    public Optional<String> table() {
        return Optional.of(tableName);
    }
}
