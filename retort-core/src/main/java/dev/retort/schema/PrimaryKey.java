package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A primary key over one or more columns.
 *
 * @param name the constraint name, if any
 * @param columns the key's columns, in order
 */
public record PrimaryKey(Optional<String> name, List<String> columns) implements Constraint {
    /** Checks and copies. */
    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = Checks.columns("primary key", columns);
    }

    /** An unnamed primary key. */
    public static PrimaryKey primaryKey(String... columns) {
        return new PrimaryKey(Optional.empty(), List.of(columns));
    }

    /** A named primary key. */
    public static PrimaryKey namedPrimaryKey(String name, String... columns) {
        return new PrimaryKey(Optional.of(name), List.of(columns));
    }

    @Override
    public Kind kind() {
        return Kind.PRIMARY_KEY;
    }
}
