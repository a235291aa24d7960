package dev.retort.ops;

import dev.retort.schema.RangeType;
import java.util.Objects;
import java.util.Optional;

/**
 * Drops a range type ({@code DROP TYPE}), which no column may use any more.
 *
 * @param name the range type
 * @param definition the range type as it was, which reversing the drop needs
 */
public record DropRangeType(String name, Optional<RangeType> definition) implements Operation {
    /** Checks the parts. */
    public DropRangeType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public Optional<Operation> reverse() {
        return definition.map(CreateRangeType::new);
    }

    @Override
    public Optional<String> table() {
        return Optional.empty();
    }
}
