/**
 * The schema model: tables, columns and their portable types, keys, constraints and indexes, as
 * immutable values. Operations take them as arguments; later, models and reflection fill them.
 * Pure: no I/O. Public API.
 */
package dev.retort.schema;
