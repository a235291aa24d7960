package dev.retort.autogen;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.SchemaSnapshot;
import dev.retort.dialect.TableLookup;
import dev.retort.dialect.TableSnapshot;
import dev.retort.ops.CreateIndex;
import dev.retort.schema.Column;
import dev.retort.schema.DataType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables as they stand part-way through a generated script, for the operations whose SQL depends
 * on them (a SQLite rebuild restates the whole table and its indexes). A table untouched so far is
 * answered as the database was read, triggers included; a changed one from the model of its new
 * state. Immutable.
 */
final class SchemaStates implements TableLookup {
    private final Dialect dialect;
    private final SchemaSnapshot start;
    private final Schema now;

    SchemaStates(Dialect dialect, SchemaSnapshot start, Schema now) {
        this.dialect = dialect;
        this.start = start;
        this.now = now;
    }

    /** The same start, with the tables standing as {@code schema} has them. */
    SchemaStates at(Schema schema) {
        return new SchemaStates(dialect, start, schema);
    }

    @Override
    public Optional<TableSnapshot> find(String name) {
        Optional<Table> table = now.table(name);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        List<Index> indexes = now.indexesOf(name);
        Optional<TableSnapshot> original = start.find(name);
        if (original.isPresent()
                && original.get().table().equals(table.get())
                && original.get().indexes().equals(indexes)) {
            return original;
        }
        Map<String, String> indexSql = new LinkedHashMap<>();
        for (Index index : indexes) {
            indexSql.put(
                    index.name(),
                    dialect.render(new CreateIndex(index, false), TableLookup.NONE)
                            .get(0));
        }
        return Optional.of(new TableSnapshot(
                table.get(),
                indexes,
                indexSql,
                original.map(TableSnapshot::triggerSql).orElse(Map.of()),
                referencing(name),
                false));
    }

    /** A named type exists once a table of the current state has a column of it. */
    @Override
    public Optional<Boolean> typeExists(String type) {
        return Optional.of(!tablesUsingType(type).orElseThrow().isEmpty());
    }

    @Override
    public Optional<List<String>> tablesUsingType(String type) {
        List<String> tables = new ArrayList<>();
        for (Table table : now.tables()) {
            boolean uses = table.columns().stream()
                    .map(Column::type)
                    .anyMatch(columnType -> columnType.kind() == DataType.Kind.ENUM
                            && columnType.name().equals(type));
            if (uses) {
                tables.add(table.name());
            }
        }
        return Optional.of(tables);
    }

    private List<String> referencing(String name) {
        List<String> tables = new ArrayList<>();
        for (Table table : now.tables()) {
            if (!table.name().equals(name)
                    && table.foreignKeys().stream()
                            .map(ForeignKey::referencedTable)
                            .anyMatch(name::equals)) {
                tables.add(table.name());
            }
        }
        return tables;
    }
}
