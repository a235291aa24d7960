package dev.retort.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * Something about a diff that a person should look at before running it: data that would be lost, a
 * drop and an add that are probably a rename, or a difference no operation expresses.
 *
 * @param kind what sort of warning
 * @param table the table concerned
 * @param column the column concerned, if the warning is about one
 * @param message what was found, in a sentence
 * @param suggestion a Java line to use instead, such as
 *     {@code op.alterColumn("users", "name", c -> c.rename("full_name"))}, when there is one
 */
public record DiffWarning(
        DiffWarning.Kind kind, String table, Optional<String> column, String message, Optional<String> suggestion) {
    /** The kinds of warning. */
    public enum Kind {
        /** The upgrade loses data: a table or column is dropped, or a type narrowed. */
        DESTRUCTIVE,
        /** A drop and an add look like a rename, which would keep the data. */
        LIKELY_RENAME,
        /** A difference that the diff does not turn into an operation. */
        UNSUPPORTED,
        /**
         * A change that loses nothing but limits what may run with it, or whose downgrade may fail:
         * values added to an enum type.
         */
        CAUTION
    }

    /** Checks the parts. */
    public DiffWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
    }
}
