/**
 * Real databases for tests: {@link dev.retort.testkit.DatabaseExtension} gives each test class a
 * fresh PostgreSQL, MariaDB or SQLite database on the run's one server, skips (or on CI fails)
 * when a server is down, and fails a class that leaves connections open;
 * {@link dev.retort.testkit.KnownFailure} marks a test that fails because of an open issue. Knows
 * nothing of Retort. Public API for Retort's own modules; no compatibility promise to others.
 */
package dev.retort.testkit;
