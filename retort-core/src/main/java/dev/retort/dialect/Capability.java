package dev.retort.dialect;

/** Something a database can or cannot do, asked instead of asking which database it is. */
public enum Capability {
    /** DDL statements take part in transactions and roll back with them. */
    TRANSACTIONAL_DDL,
    /**
     * A column's type, nullability and server default change in place, with {@code ALTER TABLE}; without
     * it (SQLite) they change by rebuilding the table, which needs the live database.
     */
    ALTER_COLUMN,
    /**
     * Constraints are added to and dropped from an existing table in place; without it (SQLite) by
     * rebuilding the table, which needs the live database.
     */
    ALTER_CONSTRAINTS,
    /** Tables and columns keep comments. Where not, comments are left out of the SQL. */
    COMMENTS,
    /** Foreign keys may be {@code DEFERRABLE}, checked at commit. */
    DEFERRABLE_CONSTRAINTS,
    /** Indexes can be built and dropped without blocking writes ({@code CONCURRENTLY}). */
    CONCURRENT_INDEXES,
    /** Indexes may cover only the rows meeting a condition ({@code WHERE}). */
    PARTIAL_INDEXES,
    /** Index elements may be expressions, such as {@code lower(email)}. */
    EXPRESSION_INDEXES,
    /** Indexes may store extra columns that are not part of the key ({@code INCLUDE}). */
    INDEX_INCLUDE,
    /** Indexes may name their access method ({@code USING gin}, {@code USING HASH}). */
    INDEX_METHODS,
    /**
     * Enumerations are named types of their own, created before the tables that use them; without it
     * they are written into each column.
     */
    ENUM_TYPES,
    /**
     * The scratch schema of {@link Dialect#inScratchSchema} needs no connection to the project's
     * database (SQLite: a private in-memory database), so it can be made when that database cannot
     * be reached; the connection passed may then be null.
     */
    STANDALONE_SCRATCH,
    /**
     * Generated columns come in kinds ({@code GENERATED ALWAYS} or {@code BY DEFAULT AS IDENTITY},
     * {@code serial}) that can change into each other; without it a generated column is one kind
     * ({@code AUTO_INCREMENT}, {@code AUTOINCREMENT}) and reads back as {@code Identity.BY_DEFAULT}.
     */
    IDENTITY_KINDS,
    /** Sequences are objects of their own ({@code CREATE SEQUENCE}), which the schema model holds. */
    SEQUENCES,
    /**
     * Domains are named types of their own ({@code CREATE DOMAIN}: a base type with a default, NOT NULL
     * and checks), which the schema model holds and columns use by name.
     */
    DOMAINS,
    /**
     * Range types of the schema's own ({@code CREATE TYPE ... AS RANGE}), which the schema model holds
     * and columns use by name.
     */
    RANGE_TYPES,

    /**
     * Schemas (namespaces) inside one database, created and dropped with {@code CREATE SCHEMA} and
     * {@code DROP SCHEMA}, whose objects the schema model names {@code schema.object}.
     */
    SCHEMAS
}
