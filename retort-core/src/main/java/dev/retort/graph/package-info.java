/**
 * The revision graph: revisions, the DAG they form, the target grammar ({@code head}, {@code +2},
 * {@code label@head}, {@code a:b}) and upgrade, downgrade and stamp planning. Pure: built from a
 * list of revisions, it does no I/O. Internal: no compatibility promise.
 */
package dev.retort.graph;
