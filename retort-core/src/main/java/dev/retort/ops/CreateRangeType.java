package dev.retort.ops;

import dev.retort.schema.RangeType;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a range type ({@code CREATE TYPE ... AS RANGE}), on databases that have them.
 *
 * @param range the range type
 */
public record CreateRangeType(RangeType range) implements Operation {
    /** Checks the part. */
    public CreateRangeType {
        Objects.requireNonNull(range, "range");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropRangeType(range.name(), Optional.of(range)));
    }

    @Override
    public Optional<String> table() {
        return Optional.empty();
    }
}
