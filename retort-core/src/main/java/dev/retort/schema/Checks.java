package dev.retort.schema;

import java.util.List;

/** The checks the schema values share. */
final class Checks {
    private Checks() {}

    static List<String> columns(String what, List<String> columns) {
        List<String> copy = List.copyOf(columns);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " needs at least one column");
        }
        return copy;
    }
}
