/**
 * The diff engine of autogenerate: compares the database's schema with the models' into an ordered
 * list of operations ({@link dev.retort.diff.SchemaComparer}), its exact inverse, and warnings about
 * destructive changes and likely renames; {@link dev.retort.diff.SchemaEvolution} applies operations
 * to a schema in memory. Internal: no compatibility promise.
 */
package dev.retort.diff;
