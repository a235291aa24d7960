/**
 * The script directory: finding revision scripts under {@code versions/}, reading their headers and
 * sections (SQL) or their {@code @Revision} annotation without compiling (Java), checksums, and
 * writing new scripts from the project's templates. Knows files, not
 * databases. Internal: no compatibility promise.
 */
package dev.retort.script;
