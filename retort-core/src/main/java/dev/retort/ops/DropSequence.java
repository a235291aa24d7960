package dev.retort.ops;

import dev.retort.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/**
 * Drops a sequence ({@code DROP SEQUENCE}). Its values are lost: recreating it starts again from its
 * start.
 *
 * @param name the sequence
 * @param definition the sequence as it was, which reversing the drop needs
 */
public record DropSequence(String name, Optional<Sequence> definition) implements Operation {
    /** Checks the parts. */
    public DropSequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public Optional<Operation> reverse() {
        return definition.map(CreateSequence::new);
    }

    @Override
    public Optional<String> table() {
        return Optional.empty();
    }
}
