package dev.retort;

import java.util.List;
import java.util.Objects;

/**
 * What differs between two schemas, as {@code check}, {@code diff} and {@code revision
 * --autogenerate} report it. Immutable.
 *
 * @param from what was compared from: the database (URL with the password masked) or a model source
 * @param to what it was compared to
 * @param changes one line per operation of the upgrade, in order: {@code + add column users.x TEXT}
 * @param warnings destructive operations, likely renames, and differences no operation expresses
 * @param upgradeSql the upgrade as SQL of the database, statement per line
 */
public record SchemaComparison(String from, String to, List<String> changes, List<String> warnings, String upgradeSql) {
    /** Checks and copies. */
    public SchemaComparison {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(upgradeSql, "upgradeSql");
    }

    /** Whether the two schemas are the same (warnings about what no operation expresses aside). */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
