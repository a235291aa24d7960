package dev.retort.dialect;

import dev.retort.schema.Domain;
import dev.retort.schema.Index;
import dev.retort.schema.RangeType;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every table of a live schema as the database has it, its sequences, domains and range types, read
 * at once: what
 * autogenerate compares, and a {@link TableLookup} that answers from what was read. Immutable.
 *
 * @param tables the tables, in the order the database lists them
 * @param sequences the sequences of their own (not those behind identity or serial columns), in name
 *     order, where the database has sequences
 * @param domains the domains, in name order, where the database has domains
 * @param namespaces the schemas read besides the current one, in name order, where the database has
 *     schemas
 * @param ranges the range types of the schema's own, in name order, where the database has them
 */
public record SchemaSnapshot(
        List<TableSnapshot> tables,
        List<Sequence> sequences,
        List<Domain> domains,
        List<String> namespaces,
        List<RangeType> ranges)
        implements TableLookup {
    /** Copies. */
    public SchemaSnapshot {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        domains = List.copyOf(domains);
        namespaces = List.copyOf(namespaces);
        ranges = List.copyOf(ranges);
    }

    /** The tables, sequences, domains and other schemas of a database without range types. */
    public SchemaSnapshot(
            List<TableSnapshot> tables, List<Sequence> sequences, List<Domain> domains, List<String> namespaces) {
        this(tables, sequences, domains, namespaces, List.of());
    }

    /** The tables, sequences and domains of a database's current schema only. */
    public SchemaSnapshot(List<TableSnapshot> tables, List<Sequence> sequences, List<Domain> domains) {
        this(tables, sequences, domains, List.of());
    }

    /** The tables and sequences of a database without domains. */
    public SchemaSnapshot(List<TableSnapshot> tables, List<Sequence> sequences) {
        this(tables, sequences, List.of());
    }

    /** The tables of a database without sequences. */
    public SchemaSnapshot(List<TableSnapshot> tables) {
        this(tables, List.of());
    }

    /** The tables and their indexes, as a {@link Schema}. */
    public Schema schema() {
        List<Table> definitions = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (TableSnapshot table : tables) {
            definitions.add(table.table());
            indexes.addAll(table.indexes());
        }
        return new Schema(definitions, indexes, sequences, domains, namespaces, ranges);
    }

    @Override
    public Optional<TableSnapshot> find(String table) {
        return tables.stream().filter(snapshot -> snapshot.name().equals(table)).findFirst();
    }
}
