package dev.retort.ops;

import dev.retort.schema.Domain;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a domain ({@code ALTER DOMAIN}) from how it is to how it should be: its default, NOT NULL
 * and checks (a check whose condition changes is dropped and added again), each only where the two
 * differ. Its base type cannot change in place.
 *
 * @param existing the domain as it is
 * @param domain the domain as it should be, under the same name and of the same base type
 */
public record AlterDomain(Domain existing, Domain domain) implements Operation {
    /** Checks the parts: one name, one base type, and some change. */
    public AlterDomain {
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(domain, "domain");
        if (!existing.name().equals(domain.name())) {
            throw new IllegalArgumentException(
                    "altering domain " + existing.name() + " cannot rename it to " + domain.name());
        }
        if (!existing.type().equals(domain.type())) {
            throw new IllegalArgumentException(
                    "altering domain " + existing.name() + " cannot change its base type: drop it and create it again");
        }
        if (existing.equals(domain)) {
            throw new IllegalArgumentException("altering domain " + existing.name() + " changes nothing");
        }
    }

    /** The domain's name. */
    public String name() {
        return domain.name();
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new AlterDomain(domain, existing));
    }

    @Override
    public Optional<String> table() {
        return Optional.empty();
    }
}
