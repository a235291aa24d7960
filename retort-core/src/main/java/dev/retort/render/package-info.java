/**
 * Operations turned into text a person reads and edits: the Java statements of a migration script
 * that autogenerate writes ({@link dev.retort.render.JavaOpsRenderer}), calling the
 * {@link dev.retort.ops.Ops} API. Internal: no compatibility promise.
 */
package dev.retort.render;
