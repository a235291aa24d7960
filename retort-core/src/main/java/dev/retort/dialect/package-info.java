/**
 * The dialect SPI: what differs between databases, behind one interface. Shared code asks a
 * {@link dev.retort.dialect.Dialect} for SQL text and {@link dev.retort.dialect.Capability
 * capabilities}; it never names a database. Dialects are found with {@link java.util.ServiceLoader}.
 * Operations become statements through {@link dev.retort.dialect.Dialect#render}, standard SQL from
 * {@link dev.retort.dialect.StandardSqlRenderer} with each database's differences in its own package;
 * what a live database knows of a table ({@link dev.retort.dialect.TableSnapshot}) comes from
 * {@link dev.retort.dialect.Dialect#readTable}, and {@link dev.retort.dialect.RenderException} says what
 * a database cannot do.
 * The migration lock is one interface, {@link dev.retort.dialect.MigrationLock}, with two kinds: the
 * database's native lock ({@link dev.retort.dialect.Dialect#lock}) and a lease row ({@link
 * dev.retort.dialect.LeaseLock}); {@link dev.retort.dialect.LockSettings} chooses between them.
 * Public SPI, unstable until 1.0.
 */
package dev.retort.dialect;
