package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index on a table. Each element is a column name, optionally followed by {@code DESC} or
 * {@code ASC}, or an SQL expression such as {@code lower(email)} (anything that is not a plain
 * name is written as is). Immutable; the {@code with}-style methods return changed copies.
 *
 * <pre>{@code
 * Index.on("ix_message_user_session_created", "message", "user_id", "session_id", "created_at DESC");
 * Index.on("uq_users_email_live", "users", "lower(email)").unique().where("deleted_at IS NULL");
 * }</pre>
 *
 * @param name the index name
 * @param table the table
 * @param elements columns or expressions, in order
 * @param isUnique whether the index is unique
 * @param where the condition of a partial index (PostgreSQL, SQLite)
 * @param include extra columns stored in the index (PostgreSQL {@code INCLUDE})
 * @param method the access method (PostgreSQL {@code USING gin}), if not the default
 */
public record Index(
        String name,
        String table,
        List<String> elements,
        boolean isUnique,
        Optional<String> where,
        List<String> include,
        Optional<String> method) {
    /** Checks and copies. */
    public Index {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        elements = Checks.columns("index", elements);
        Objects.requireNonNull(where, "where");
        include = List.copyOf(include);
        Objects.requireNonNull(method, "method");
    }

    /** A plain index over {@code elements}. */
    public static Index on(String name, String table, String... elements) {
        return new Index(name, table, List.of(elements), false, Optional.empty(), List.of(), Optional.empty());
    }

    /** The same index, unique. */
    public Index unique() {
        return new Index(name, table, elements, true, where, include, method);
    }

    /** The same index, partial: only rows meeting {@code condition}. */
    public Index where(String condition) {
        return new Index(name, table, elements, isUnique, Optional.of(condition), include, method);
    }

    /** The same index, also storing {@code columns} (PostgreSQL). */
    public Index include(String... columns) {
        return new Index(name, table, elements, isUnique, where, List.of(columns), method);
    }

    /** The same index with the access method {@code using} (PostgreSQL: btree, hash, gin, gist, brin). */
    public Index using(String using) {
        return new Index(name, table, elements, isUnique, where, include, Optional.of(using));
    }
}
