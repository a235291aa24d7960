/**
 * The statement splitter: cuts SQL script text into single statements in one pass, keeping each
 * statement's original text and the line and column where it starts, so scripts can run statement
 * by statement over JDBC and print as offline scripts. The lexical rules that differ between
 * databases (quotes, comments, dollar quotes, {@code DELIMITER} lines, compound blocks) come from a
 * {@link dev.retort.script.sql.SplitterSyntax} that a dialect supplies; this package names no
 * database. Internal: no compatibility promise.
 */
package dev.retort.script.sql;
