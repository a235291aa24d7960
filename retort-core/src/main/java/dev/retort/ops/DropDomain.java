package dev.retort.ops;

import dev.retort.schema.Domain;
import java.util.Objects;
import java.util.Optional;

/**
 * Drops a domain ({@code DROP DOMAIN}), which no column may use any more.
 *
 * @param name the domain
 * @param definition the domain as it was, which reversing the drop needs
 */
public record DropDomain(String name, Optional<Domain> definition) implements Operation {
    /** Checks the parts. */
    public DropDomain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public Optional<Operation> reverse() {
        return definition.map(CreateDomain::new);
    }

    @Override
    public Optional<String> table() {
        return Optional.empty();
    }
}
