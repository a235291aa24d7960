/**
 * The script directory: finding revision scripts under {@code versions/}, reading their headers and
 * sections, checksums, and writing new scripts from the project's templates. Knows files, not
 * databases. Internal: no compatibility promise.
 */
package dev.retort.script;
