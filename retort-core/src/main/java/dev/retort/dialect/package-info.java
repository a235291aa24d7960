/**
 * The dialect SPI: what differs between databases, behind one interface. Shared code asks a
 * {@link dev.retort.dialect.Dialect} for SQL text and {@link dev.retort.dialect.Capability
 * capabilities}; it never names a database. Dialects are found with {@link java.util.ServiceLoader}.
 * Public SPI, unstable until 1.0.
 */
package dev.retort.dialect;
