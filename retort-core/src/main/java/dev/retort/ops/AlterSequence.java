package dev.retort.ops;

import dev.retort.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a sequence ({@code ALTER SEQUENCE}) from how it is to how it should be: type, increment,
 * limits, start, cache, cycle and owning column, each only where the two differ. Its current value
 * stays.
 *
 * @param existing the sequence as it is
 * @param sequence the sequence as it should be, under the same name
 */
public record AlterSequence(Sequence existing, Sequence sequence) implements Operation {
    /** Checks the parts: one name, and some change. */
    public AlterSequence {
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(sequence, "sequence");
        if (!existing.name().equals(sequence.name())) {
            throw new IllegalArgumentException(
                    "altering sequence " + existing.name() + " cannot rename it to " + sequence.name());
        }
        if (existing.equals(sequence)) {
            throw new IllegalArgumentException("altering sequence " + existing.name() + " changes nothing");
        }
    }

    /** The sequence's name. */
    public String name() {
        return sequence.name();
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new AlterSequence(sequence, existing));
    }

    @Override
    public Optional<String> table() {
        return Optional.empty();
    }
}
