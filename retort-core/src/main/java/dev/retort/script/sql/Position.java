package dev.retort.script.sql;

/** A 1-based line and column in script text. */
record Position(int line, int column) {}
