package dev.retort.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * Renames a table.
 *
 * @param from the current name
 * @param to the new name
 */
public record RenameTable(String from, String to) implements Operation {
    /** Checks the parts. */
    public RenameTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new RenameTable(to, from));
    }

    @Override
    public Optional<String> table() {
        return Optional.of(from);
    }
}
