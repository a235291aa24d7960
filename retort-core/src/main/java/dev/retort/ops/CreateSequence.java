package dev.retort.ops;

import dev.retort.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a sequence ({@code CREATE SEQUENCE}), on databases that have them.
 *
 * @param sequence the sequence
 */
public record CreateSequence(Sequence sequence) implements Operation {
    /** Checks the part. */
    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropSequence(sequence.name(), Optional.of(sequence)));
    }

    @Override
    public Optional<String> table() {
        return Optional.empty();
    }
}
