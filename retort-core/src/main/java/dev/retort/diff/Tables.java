package dev.retort.diff;

import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;

/** Changed copies of tables and foreign keys, for the diff and the evolution. */
final class Tables {
    private Tables() {}

    /** {@code table} with other columns, primary key and comment, its other constraints kept. */
    static Table with(Table table, List<Column> columns, Optional<PrimaryKey> key, Optional<String> comment) {
        return new Table(table.name(), columns, key, table.uniques(), table.foreignKeys(), table.checks(), comment);
    }

    /** {@code table} with another primary key (or none), its columns marked as in the key or not. */
    static Table withPrimaryKey(Table table, Optional<PrimaryKey> key) {
        List<String> keyColumns = key.map(PrimaryKey::columns).orElse(List.of());
        List<Column> columns = table.columns().stream()
                .map(column -> withKeyFlag(column, keyColumns.contains(column.name())))
                .toList();
        return with(table, columns, key, table.comment());
    }

    /** {@code table} without {@code keys} among its foreign keys. */
    static Table withoutForeignKeys(Table table, List<ForeignKey> keys) {
        return new Table(
                table.name(),
                table.columns(),
                table.primaryKey(),
                table.uniques(),
                table.foreignKeys().stream().filter(key -> !keys.contains(key)).toList(),
                table.checks(),
                table.comment());
    }

    static Column withKeyFlag(Column column, boolean isPrimaryKey) {
        return new Column(
                column.name(),
                column.type(),
                column.isNullable(),
                column.defaultSql(),
                column.identity(),
                isPrimaryKey,
                column.comment());
    }

    /** {@code key} pointing at {@code table}'s {@code columns} instead. */
    static ForeignKey referencing(ForeignKey key, String table, List<String> columns) {
        return key.between(key.columns(), table, columns);
    }
}
