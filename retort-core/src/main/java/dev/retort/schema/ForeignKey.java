package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A foreign key: columns of this table that reference columns of another, with what happens on
 * delete and update, and whether the check is deferrable. Immutable; the {@code with}-style methods
 * return changed copies.
 *
 * <pre>{@code
 * foreignKey("fk_message_user", List.of("user_id"), "users", List.of("id")).onDelete(CASCADE);
 * }</pre>
 *
 * @param name the constraint name, if any
 * @param columns the referencing columns of this table
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the same order
 * @param onDelete what a delete of the referenced row does. Default: NO ACTION
 * @param onUpdate what an update of the referenced key does. Default: NO ACTION
 * @param deferrable whether the check may be deferred to commit (PostgreSQL, SQLite)
 * @param initiallyDeferred whether it is deferred unless told otherwise
 */
public record ForeignKey(
        Optional<String> name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean deferrable,
        boolean initiallyDeferred)
        implements Constraint {
    /** Checks and copies. */
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = Checks.columns("foreign key", columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = Checks.columns("foreign key reference", referencedColumns);
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("a foreign key needs as many referenced columns ("
                    + referencedColumns.size() + ") as columns (" + columns.size() + ")");
        }
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }

    /** A named foreign key with no actions. */
    public static ForeignKey foreignKey(
            String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKey(
                Optional.of(name),
                columns,
                referencedTable,
                referencedColumns,
                ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION,
                false,
                false);
    }

    /** The same key with {@code newName} as its name (empty: unnamed). */
    public ForeignKey withName(Optional<String> newName) {
        return new ForeignKey(
                newName,
                columns,
                referencedTable,
                referencedColumns,
                onDelete,
                onUpdate,
                deferrable,
                initiallyDeferred);
    }

    /** The same key, with its actions, from {@code newColumns} to {@code table}'s {@code newReferencedColumns}. */
    public ForeignKey between(List<String> newColumns, String table, List<String> newReferencedColumns) {
        return new ForeignKey(
                name, newColumns, table, newReferencedColumns, onDelete, onUpdate, deferrable, initiallyDeferred);
    }

    /** The same key with an ON DELETE action. */
    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(
                name, columns, referencedTable, referencedColumns, action, onUpdate, deferrable, initiallyDeferred);
    }

    /** The same key with an ON UPDATE action. */
    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(
                name, columns, referencedTable, referencedColumns, onDelete, action, deferrable, initiallyDeferred);
    }

    /** The same key, DEFERRABLE, and INITIALLY DEFERRED when {@code initially} is true. */
    public ForeignKey deferrable(boolean initially) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, true, initially);
    }

    @Override
    public Kind kind() {
        return Kind.FOREIGN_KEY;
    }
}
