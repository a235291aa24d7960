package dev.retort.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table: its columns in order, its primary key, unique, foreign-key and check constraints, and
 * its comment. Immutable.
 *
 * @param name the table name
 * @param columns the columns, in order
 * @param primaryKey the primary key, if any (columns marked {@link Column#primaryKey()} make one)
 * @param uniques the unique constraints
 * @param foreignKeys the foreign keys
 * @param checks the check constraints
 * @param comment the table comment
 */
public record Table(
        String name,
        List<Column> columns,
        Optional<PrimaryKey> primaryKey,
        List<UniqueConstraint> uniques,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        Optional<String> comment) {
    /** Checks the parts: distinct column names, constraints over existing columns. */
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(primaryKey, "primaryKey");
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        Objects.requireNonNull(comment, "comment");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " needs at least one column");
        }
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + column.name());
            }
        }
        primaryKey.ifPresent(key -> known(name, names, key.columns()));
        uniques.forEach(unique -> known(name, names, unique.columns()));
        foreignKeys.forEach(key -> known(name, names, key.columns()));
    }

    /**
     * A table from its elements, as a migration script writes it:
     * {@code Table.of("users", column("id", bigint()).primaryKey(), column("email", text()))}.
     *
     * @throws IllegalArgumentException for two primary keys, duplicate columns, or constraints on
     *     columns the table does not have
     */
    public static Table of(String name, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (TableElement element : elements) {
            if (element instanceof Column column) {
                columns.add(column);
            } else if (element instanceof PrimaryKey key) {
                if (primaryKey != null) {
                    throw new IllegalArgumentException("table " + name + " has two primary keys");
                }
                primaryKey = key;
            } else if (element instanceof UniqueConstraint unique) {
                uniques.add(unique);
            } else if (element instanceof ForeignKey key) {
                foreignKeys.add(key);
            } else if (element instanceof CheckConstraint check) {
                checks.add(check);
            }
        }
        List<String> keyColumns =
                columns.stream().filter(Column::isPrimaryKey).map(Column::name).toList();
        if (primaryKey != null && !keyColumns.isEmpty()) {
            throw new IllegalArgumentException(
                    "table " + name + " has a primary key constraint and primary-key columns; use one of them");
        }
        if (primaryKey == null && !keyColumns.isEmpty()) {
            primaryKey = new PrimaryKey(Optional.empty(), keyColumns);
        }
        return new Table(
                name, columns, Optional.ofNullable(primaryKey), uniques, foreignKeys, checks, Optional.empty());
    }

    /** The same table with a comment. */
    public Table comment(String text) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, Optional.of(text));
    }

    /** The column called {@code columnName}, if the table has it. */
    public Optional<Column> column(String columnName) {
        return columns.stream()
                .filter(column -> column.name().equals(columnName))
                .findFirst();
    }

    private static void known(String table, Set<String> names, List<String> columns) {
        for (String column : columns) {
            if (!names.contains(column)) {
                throw new IllegalArgumentException("table " + table + " has no column " + column);
            }
        }
    }
}
