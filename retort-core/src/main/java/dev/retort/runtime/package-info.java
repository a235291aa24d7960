/**
 * The runtime: turns a plan into SQL and sends it through one {@link dev.retort.runtime.SqlSink} —
 * a database connection, or an offline script. Online and offline are one code path with two
 * sinks. Internal: no compatibility promise.
 */
package dev.retort.runtime;
