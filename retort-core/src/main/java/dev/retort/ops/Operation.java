package dev.retort.ops;

import java.util.Optional;

/**
 * One change to a database: a value that a dialect renders as SQL. Its {@link #reverse()} undoes
 * it, when the operation carries enough to know how (dropping a table can only be undone when the
 * table's definition is known).
 */
public sealed interface Operation
        permits CreateTable,
                DropTable,
                RenameTable,
                AddColumn,
                DropColumn,
                AlterColumn,
                CreateIndex,
                DropIndex,
                AddConstraint,
                DropConstraint,
                SetTableComment,
                CreateSequence,
                DropSequence,
                AlterSequence,
                CreateDomain,
                DropDomain,
                AlterDomain,
                CreateRangeType,
                DropRangeType,
                CreateSchema,
                DropSchema,
                Execute,
                BulkInsert {
    /** The operation that undoes this one, when it can be known. */
    Optional<Operation> reverse();

    /** The table this operation changes, when it changes one. */
    Optional<String> table();
}
