package dev.retort.diff;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/** What schema operations do to the schemas a schema model has besides the current one. */
final class Namespaces {
    private Namespaces() {}

    static Schema create(Schema schema, String name) {
        if (schema.namespaces().contains(name)) {
            throw new IllegalArgumentException("the database already has a schema " + name);
        }
        List<String> namespaces = new ArrayList<>(schema.namespaces());
        namespaces.add(name);
        return schema.withNamespaces(namespaces);
    }

    static Schema drop(Schema schema, String name) {
        if (!schema.namespaces().contains(name)) {
            throw new IllegalArgumentException("the database has no schema " + name);
        }
        boolean used = schema.tables().stream().anyMatch(table -> in(table.name(), name))
                || schema.sequences().stream().anyMatch(sequence -> in(sequence.name(), name))
                || schema.domains().stream().anyMatch(domain -> in(domain.name(), name))
                || schema.ranges().stream().anyMatch(range -> in(range.name(), name));
        if (used) {
            throw new IllegalArgumentException("schema " + name + " still holds objects and cannot be dropped");
        }
        return schema.withNamespaces(schema.namespaces().stream()
                .filter(namespace -> !namespace.equals(name))
                .toList());
    }

    private static boolean in(String objectName, String namespace) {
        return QualifiedName.schemaOf(objectName).map(namespace::equals).orElse(false);
    }
}
