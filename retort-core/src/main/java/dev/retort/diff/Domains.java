package dev.retort.diff;

import dev.retort.schema.Domain;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/** What domain operations do to a schema's domains. */
final class Domains {
    private Domains() {}

    static Schema create(Schema schema, Domain domain) {
        if (schema.domain(domain.name()).isPresent()) {
            throw new IllegalArgumentException("the schema already has a domain " + domain.name());
        }
        List<Domain> domains = new ArrayList<>(schema.domains());
        domains.add(domain);
        return schema.withDomains(domains);
    }

    static Schema drop(Schema schema, String name) {
        existing(schema, name);
        return schema.withDomains(schema.domains().stream()
                .filter(domain -> !domain.name().equals(name))
                .toList());
    }

    static Schema alter(Schema schema, Domain changed) {
        existing(schema, changed.name());
        return schema.withDomains(schema.domains().stream()
                .map(domain -> domain.name().equals(changed.name()) ? changed : domain)
                .toList());
    }

    private static void existing(Schema schema, String name) {
        if (schema.domain(name).isEmpty()) {
            throw new IllegalArgumentException("the schema has no domain " + name);
        }
    }
}
