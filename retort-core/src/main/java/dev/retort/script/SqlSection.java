package dev.retort.script;

/**
 * The SQL of one direction of a script, as written.
 *
 * @param text the section's text, without its marker line
 * @param firstLine the 1-based line in the file where {@code text} starts
 */
public record SqlSection(String text, int firstLine) {}
