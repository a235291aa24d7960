package dev.retort.ops;

import dev.retort.schema.Domain;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a domain ({@code CREATE DOMAIN}) with its default, NOT NULL and checks, on databases that
 * have domains.
 *
 * @param domain the domain
 */
public record CreateDomain(Domain domain) implements Operation {
    /** Checks the part. */
    public CreateDomain {
        Objects.requireNonNull(domain, "domain");
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropDomain(domain.name(), Optional.of(domain)));
    }

    @Override
    public Optional<String> table() {
        return Optional.empty();
    }
}
