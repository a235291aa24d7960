package dev.retort.dialect;

import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One table as a live database has it: its definition, its indexes, and what a rebuild of the table
 * must put back exactly (SQLite keeps the SQL of indexes and triggers). Immutable.
 *
 * @param table the table: columns, keys, constraints and comment, types mapped to the portable
 *     kinds where they map exactly, otherwise {@link dev.retort.schema.DataType#raw raw} types
 * @param indexes the table's indexes, without those that only back its primary key and unique
 *     constraints
 * @param indexSql each index's original {@code CREATE INDEX} statement by name, where the database
 *     keeps it (SQLite); otherwise empty
 * @param triggerSql each trigger's original {@code CREATE TRIGGER} statement by name, in the order
 *     they were made, where the database keeps them (SQLite); otherwise empty
 * @param referencingTables the other tables with foreign keys to this one
 * @param foreignKeysEnforced whether the connection that read the table enforces foreign keys
 *     (SQLite's {@code PRAGMA foreign_keys}, MariaDB's {@code foreign_key_checks})
 */
public record TableSnapshot(
        Table table,
        List<Index> indexes,
        Map<String, String> indexSql,
        Map<String, String> triggerSql,
        List<String> referencingTables,
        boolean foreignKeysEnforced) {
    /** Checks and copies, keeping the order of the maps. */
    public TableSnapshot {
        Objects.requireNonNull(table, "table");
        indexes = List.copyOf(indexes);
        indexSql = Collections.unmodifiableMap(new LinkedHashMap<>(indexSql));
        triggerSql = Collections.unmodifiableMap(new LinkedHashMap<>(triggerSql));
        referencingTables = List.copyOf(referencingTables);
    }

    /** The table's name. */
    public String name() {
        return table.name();
    }
}
