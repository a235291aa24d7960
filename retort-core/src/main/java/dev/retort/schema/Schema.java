package dev.retort.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A whole schema as migrations see it: its tables and their indexes, its sequences, domains and range
 * types. What
 * autogenerate compares: the database's schema against the models'. Immutable.
 *
 * <pre>{@code
 * Schema models = Schema.of(
 *         List.of(Table.of("users", column("id", bigint()).primaryKey(), column("email", text()))),
 *         List.of(Index.on("ix_users_email", "users", "email").unique()));
 * }</pre>
 *
 * @param tables the tables, in the order they were read or declared
 * @param indexes the indexes of those tables, without the ones that only back a primary key or a
 *     unique constraint
 * @param sequences the sequences of their own (not those of identity or serial columns), in name order
 *     where they were read
 * @param domains the domains, which columns may use as their type, in name order where they were read
 * @param namespaces the schemas other than the connection's current one that the objects are in or
 *     that were read (empty ones too), in name order; every schema a {@linkplain QualifiedName
 *     qualified name} of a table, sequence, domain or range type names is one of them, added where
 *     missing
 * @param ranges the range types of the schema's own, in name order where they were read
 */
public record Schema(
        List<Table> tables,
        List<Index> indexes,
        List<Sequence> sequences,
        List<Domain> domains,
        List<String> namespaces,
        List<RangeType> ranges) {
    /** An empty schema. */
    public static final Schema EMPTY = new Schema(List.of(), List.of());

    /**
     * Checks the parts: distinct table, index, sequence and domain names, every index on a table of the
     * schema.
     */
    public Schema {
        tables = List.copyOf(tables);
        indexes = List.copyOf(indexes);
        sequences = List.copyOf(sequences);
        domains = List.copyOf(domains);
        ranges = List.copyOf(ranges);
        namespaces = namespaces(namespaces, tables, sequences, domains, ranges);
        Set<String> rangeNames = new HashSet<>();
        for (RangeType range : ranges) {
            if (!rangeNames.add(range.name())) {
                throw new IllegalArgumentException("the schema has two range types named " + range.name());
            }
        }
        Set<String> domainNames = new HashSet<>();
        for (Domain domain : domains) {
            if (!domainNames.add(domain.name())) {
                throw new IllegalArgumentException("the schema has two domains named " + domain.name());
            }
        }
        Set<String> sequenceNames = new HashSet<>();
        for (Sequence sequence : sequences) {
            if (!sequenceNames.add(sequence.name())) {
                throw new IllegalArgumentException("the schema has two sequences named " + sequence.name());
            }
        }
        Set<String> tableNames = new HashSet<>();
        for (Table table : tables) {
            if (!tableNames.add(table.name())) {
                throw new IllegalArgumentException("the schema has two tables named " + table.name());
            }
        }
        Set<String> indexNames = new HashSet<>();
        for (Index index : indexes) {
            if (!tableNames.contains(index.table())) {
                throw new IllegalArgumentException(
                        "index " + index.name() + " is on table " + index.table() + ", which the schema does not have");
            }
            if (!indexNames.add(index.table() + "\0" + index.name())) {
                throw new IllegalArgumentException("table " + index.table() + " has two indexes named " + index.name());
            }
        }
    }

    /** A schema of tables, indexes, sequences and domains, in the current schema and {@code namespaces}. */
    public Schema(
            List<Table> tables,
            List<Index> indexes,
            List<Sequence> sequences,
            List<Domain> domains,
            List<String> namespaces) {
        this(tables, indexes, sequences, domains, namespaces, List.of());
    }

    /** A schema of tables, indexes, sequences and domains, all in the current schema or in the ones they name. */
    public Schema(List<Table> tables, List<Index> indexes, List<Sequence> sequences, List<Domain> domains) {
        this(tables, indexes, sequences, domains, List.of());
    }

    /** A schema of {@code tables} and {@code indexes}, without sequences or domains. */
    public Schema(List<Table> tables, List<Index> indexes) {
        this(tables, indexes, List.of(), List.of());
    }

    /** A schema of {@code tables}, {@code indexes} and {@code sequences}, without domains. */
    public Schema(List<Table> tables, List<Index> indexes, List<Sequence> sequences) {
        this(tables, indexes, sequences, List.of());
    }

    /** A schema of {@code tables} and {@code indexes}. */
    public static Schema of(List<Table> tables, List<Index> indexes) {
        return new Schema(tables, indexes);
    }

    /** A schema of {@code tables} with no other indexes than their keys'. */
    public static Schema of(Table... tables) {
        return new Schema(Arrays.asList(tables), List.of());
    }

    /** The table called {@code name}, if the schema has it. */
    public Optional<Table> table(String name) {
        Objects.requireNonNull(name, "name");
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    /** The indexes of table {@code name}, in order. */
    public List<Index> indexesOf(String name) {
        return indexes.stream().filter(index -> index.table().equals(name)).toList();
    }

    /** The sequence called {@code name}, if the schema has it. */
    public Optional<Sequence> sequence(String name) {
        Objects.requireNonNull(name, "name");
        return sequences.stream()
                .filter(sequence -> sequence.name().equals(name))
                .findFirst();
    }

    /** The same tables and indexes, with {@code newSequences} as its sequences. */
    public Schema withSequences(List<Sequence> newSequences) {
        return new Schema(tables, indexes, newSequences, domains, namespaces, ranges);
    }

    /** The domain called {@code name}, if the schema has it. */
    public Optional<Domain> domain(String name) {
        Objects.requireNonNull(name, "name");
        return domains.stream().filter(domain -> domain.name().equals(name)).findFirst();
    }

    /** The same tables, indexes and sequences, with {@code newDomains} as its domains. */
    public Schema withDomains(List<Domain> newDomains) {
        return new Schema(tables, indexes, sequences, newDomains, namespaces, ranges);
    }

    /** The table names, in order. */
    public List<String> tableNames() {
        return tables.stream().map(Table::name).toList();
    }

    /**
     * The schema with only the tables whose names {@code keep} accepts, their indexes, and the
     * sequences that are not owned by a table left out; the domains all stay.
     */
    public Schema onlyTables(Predicate<String> keep) {
        List<Table> kept = new ArrayList<>();
        for (Table table : tables) {
            if (keep.test(table.name())) {
                kept.add(table);
            }
        }
        return new Schema(
                kept,
                indexes.stream().filter(index -> keep.test(index.table())).toList(),
                sequences.stream()
                        .filter(sequence -> sequence.ownedBy()
                                .map(owner -> keep.test(owner.table()))
                                .orElse(true))
                        .toList(),
                domains,
                namespaces,
                ranges);
    }

    /** The same objects, with {@code newNamespaces} as the schemas besides the current one. */
    public Schema withNamespaces(List<String> newNamespaces) {
        return new Schema(tables, indexes, sequences, domains, newNamespaces, ranges);
    }

    /** The same schemas and objects, with {@code newTables} and {@code newIndexes}. */
    public Schema withTables(List<Table> newTables, List<Index> newIndexes) {
        return new Schema(newTables, newIndexes, sequences, domains, namespaces, ranges);
    }

    /** The range type called {@code name}, if the schema has it. */
    public Optional<RangeType> range(String name) {
        Objects.requireNonNull(name, "name");
        return ranges.stream().filter(range -> range.name().equals(name)).findFirst();
    }

    /** The same objects, with {@code newRanges} as its range types. */
    public Schema withRanges(List<RangeType> newRanges) {
        return new Schema(tables, indexes, sequences, domains, namespaces, newRanges);
    }

    private static List<String> namespaces(
            List<String> declared,
            List<Table> tables,
            List<Sequence> sequences,
            List<Domain> domains,
            List<RangeType> ranges) {
        TreeSet<String> names = new TreeSet<>();
        for (String name : declared) {
            names.add(QualifiedName.requireSchemaName(name));
        }
        tables.forEach(table -> QualifiedName.schemaOf(table.name()).ifPresent(names::add));
        sequences.forEach(sequence -> QualifiedName.schemaOf(sequence.name()).ifPresent(names::add));
        domains.forEach(domain -> QualifiedName.schemaOf(domain.name()).ifPresent(names::add));
        ranges.forEach(range -> QualifiedName.schemaOf(range.name()).ifPresent(names::add));
        return List.copyOf(names);
    }
}
