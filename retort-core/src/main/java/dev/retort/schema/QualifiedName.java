package dev.retort.schema;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
     * {@code ownName} in the schema of {@code neighbour}: an index or a sequence lives in its table's
     * schema ({@code sibling("sales.orders", "ix_orders")} is {@code "sales.ix_orders"}).
     */
    public static String sibling(String neighbour, String ownName) {
        return schemaOf(neighbour).map(schema -> schema + "." + ownName).orElse(ownName);
    }

    /**
     * {@code name} in SQL: the schema and the object's own name each as {@code identifier} writes an
     * identifier, joined by a dot.
     */
    public static String sql(String name, UnaryOperator<String> identifier) {
        return schemaOf(name)
                .map(schema -> identifier.apply(schema) + "." + identifier.apply(localName(name)))
                .orElseGet(() -> identifier.apply(name));
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
