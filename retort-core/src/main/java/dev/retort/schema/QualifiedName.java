package dev.retort.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * How the schema model names an object outside the connection's current schema: {@code
 * "sales.orders"}, the schema, a dot, and the object's own name. Names without a dot are in the
 * current schema; a dot in a name always separates a schema, so a table whose own name has a dot
 * cannot be modelled. Stateless.
 */
public final class QualifiedName {
    private QualifiedName() {}

    /** The schema {@code name} is in, if it names one ({@code "sales.orders"} is in {@code sales}). */
    public static Optional<String> schemaOf(String name) {
        Objects.requireNonNull(name, "name");
        int dot = name.indexOf('.');
        return dot > 0 ? Optional.of(name.substring(0, dot)) : Optional.empty();
    }

    /** The object's own name, without its schema ({@code orders} for {@code "sales.orders"}). */
    public static String localName(String name) {
        Objects.requireNonNull(name, "name");
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(dot + 1) : name;
    }

    /**
     * {@code name} as the schema model writes it: qualified with {@code schema}, unless the object is
     * in {@code currentSchema}.
     */
    public static String of(String schema, String name, String currentSchema) {
        return schema.equals(currentSchema) ? name : schema + "." + name;
    }

    /**
     * {@code name} when it can name a schema: not blank, without a dot.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static String requireSchemaName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains(".")) {
            throw new IllegalArgumentException("a schema needs a name without a dot, not \"" + name + "\"");
        }
        return name;
    }
}
