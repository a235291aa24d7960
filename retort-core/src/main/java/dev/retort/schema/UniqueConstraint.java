package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unique constraint over one or more columns.
 *
 * @param name the constraint name, if any
 * @param columns its columns, in order
 */
public record UniqueConstraint(Optional<String> name, List<String> columns) implements Constraint {
    /** Checks and copies. */
    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = Checks.columns("unique constraint", columns);
    }

    /** A named unique constraint. */
    public static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(Optional.of(name), List.of(columns));
    }

    @Override
    public Kind kind() {
        return Kind.UNIQUE;
    }
}
