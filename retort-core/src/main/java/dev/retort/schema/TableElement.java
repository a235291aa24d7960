package dev.retort.schema;

/** Something a table is made of: a column or a constraint. */
public sealed interface TableElement permits Column, Constraint {}
