package dev.retort.diff;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.Setting;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What an {@link AlterColumn} does to a schema: the column changed, and a rename followed everywhere. */
final class ColumnEvolution {
    private ColumnEvolution() {}

    static Schema alter(Schema schema, Table table, AlterColumn alter) {
        Column old = table.column(alter.column())
                .orElseThrow(() ->
                        new IllegalArgumentException("table " + table.name() + " has no column " + alter.column()));
        Column changed = new Column(
                alter.resultingName(),
                alter.type().orElse(old.type()),
                alter.nullable().orElse(old.isNullable()),
                alter.serverDefault().map(Setting::value).orElse(old.defaultSql()),
                alter.identity().orElse(old.identity()),
                old.isPrimaryKey(),
                alter.comment().map(Setting::value).orElse(old.comment()));
        List<Column> columns = table.columns().stream()
                .map(column -> column.name().equals(old.name()) ? changed : column)
                .toList();
        Table edited = Tables.with(table, columns, table.primaryKey(), table.comment());
        if (alter.newName().isEmpty()) {
            return SchemaEvolution.editTable(schema, table.name(), ignored -> edited);
        }
        return rename(schema, edited, old.name(), alter.newName().get());
    }

    /** The schema with {@code from} of {@code table} called {@code to} in keys, constraints and indexes. */
    private static Schema rename(Schema schema, Table table, String from, String to) {
        List<Table> tables = new ArrayList<>();
        for (Table each : schema.tables()) {
            Table current = each.name().equals(table.name()) ? table : each;
            boolean own = current.name().equals(table.name());
            List<ForeignKey> keys = current.foreignKeys().stream()
                    .map(key -> renamed(key, own, table.name(), from, to))
                    .toList();
            if (!own) {
                tables.add(new Table(
                        current.name(),
                        current.columns(),
                        current.primaryKey(),
                        current.uniques(),
                        keys,
                        current.checks(),
                        current.comment()));
                continue;
            }
            Optional<PrimaryKey> key =
                    current.primaryKey().map(pk -> new PrimaryKey(pk.name(), names(pk.columns(), from, to)));
            List<UniqueConstraint> uniques = current.uniques().stream()
                    .map(unique -> new UniqueConstraint(unique.name(), names(unique.columns(), from, to)))
                    .toList();
            List<CheckConstraint> checks = current.checks();
            tables.add(new Table(current.name(), current.columns(), key, uniques, keys, checks, current.comment()));
        }
        List<Index> indexes = schema.indexes().stream()
                .map(index -> index.table().equals(table.name()) ? renamed(index, from, to) : index)
                .toList();
        return new Schema(
                tables,
                indexes,
                Sequences.renamedColumn(schema.sequences(), table.name(), from, to),
                schema.domains(),
                schema.namespaces(),
                schema.ranges());
    }

    private static ForeignKey renamed(ForeignKey key, boolean own, String table, String from, String to) {
        List<String> columns = own ? names(key.columns(), from, to) : key.columns();
        List<String> referenced = key.referencedTable().equals(table)
                ? names(key.referencedColumns(), from, to)
                : key.referencedColumns();
        return key.between(columns, key.referencedTable(), referenced);
    }

    private static Index renamed(Index index, String from, String to) {
        List<String> elements = index.elements().stream()
                .map(element -> element.equals(from) || element.startsWith(from + " ")
                        ? to + element.substring(from.length())
                        : element)
                .toList();
        return new Index(
                index.name(),
                index.table(),
                elements,
                index.isUnique(),
                index.where(),
                names(index.include(), from, to),
                index.method());
    }

    private static List<String> names(List<String> names, String from, String to) {
        return names.stream().map(name -> name.equals(from) ? to : name).toList();
    }
}
