/**
 * Operations on a schema, as values ({@link dev.retort.ops.Operation}) with their reverses, and
 * the {@link dev.retort.ops.Ops} API that Java migration scripts call. Public API.
 */
package dev.retort.ops;
