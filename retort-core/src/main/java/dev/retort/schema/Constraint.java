package dev.retort.schema;

import java.util.Optional;

/** A table constraint: primary key, unique, foreign key or check. */
public sealed interface Constraint extends TableElement
        permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {
    /** The constraint's name, when it has one. */
    Optional<String> name();

    /** What kind of constraint this is. */
    Kind kind();

    /** The kinds of constraint (MariaDB/MySQL need to know the kind to drop one). */
    enum Kind {
        /** A primary key. */
        PRIMARY_KEY,
        /** A unique constraint. */
        UNIQUE,
        /** A foreign key. */
        FOREIGN_KEY,
        /** A check constraint. */
        CHECK
    }
}
