package dev.retort.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A check constraint: a condition every row must meet.
 *
 * @param name the constraint name, if any
 * @param condition the condition, as SQL, such as {@code price >= 0}
 */
public record CheckConstraint(Optional<String> name, String condition) implements Constraint {
    /** Checks the parts. */
    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
        if (condition.isBlank()) {
            throw new IllegalArgumentException("a check constraint needs a condition");
        }
    }

    /** A named check constraint. */
    public static CheckConstraint check(String name, String condition) {
        return new CheckConstraint(Optional.of(name), condition);
    }

    @Override
    public Kind kind() {
        return Kind.CHECK;
    }
}
