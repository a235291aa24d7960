/**
 * Reads {@code retort.toml}: a TOML 1.0 parser of our own, so that every error names the exact line
 * and column, start-up stays fast, and the command line needs no third-party library for it.
 * Internal: no compatibility promise.
 */
package dev.retort.cli.toml;
