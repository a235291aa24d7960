/**
 * The public face of Retort: the {@link dev.retort.Retort} facade, its configuration builder, the
 * result records its methods return and the exceptions they throw. Public API.
 */
package dev.retort;
