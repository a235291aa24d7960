package dev.retort.diff;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterDomain;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateDomain;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateRangeType;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropDomain;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropRangeType;
import dev.retort.ops.DropSchema;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.Domain;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.RangeType;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares two schemas read by the same dialect into the operations that turn one into the other
 * (autogenerate's diff, Alembic's {@code compare_metadata}). Tables, columns and indexes are matched
 * by name; primary keys, unique constraints and foreign keys by content, since databases make up
 * their names; checks by name when both have one, else by condition. Types, defaults and conditions
 * are compared as text, so both schemas must come from the same database's reflection. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * SchemaDiff diff = SchemaComparer.compare(dialect.readSchema(live).schema(), dialect.readSchema(scratch).schema());
 * diff.upgrade();   // CreateTable, AddColumn, AlterColumn...
 * diff.downgrade(); // their reverses, last first
 * }</pre>
 */
public final class SchemaComparer {
    private SchemaComparer() {}

    /**
     * The operations that turn {@code current} (the database) into {@code target} (the models), ordered
     * so each can run, with warnings about destructive changes, likely renames and differences left out.
     * The same schemas always give the same diff.
     *
     * <p>Order: schemas the models add are created first; sequences whose owning column changes or goes are released from it first (dropping a
     * column or table would drop them), then foreign keys that would be in the way are dropped, then
     * indexes, constraints and columns; range types are created (a changed one dropped and created
     * again); domains whose base type changes are dropped, new domains created
     * and changed ones altered (so that columns can use them); new sequences are created (so that
     * defaults can take from them), new tables (referenced tables first), then columns added and
     * changed, constraints and indexes added, foreign keys added, sequences changed and given their
     * owners; dropped tables go next, referencing ones first, then dropped sequences, dropped
     * domains once no column uses them, dropped range types, and last the schemas the models no longer
     * have.
     */
    public static SchemaDiff compare(Schema current, Schema target) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(target, "target");
        return new Plan(current, target).diff();
    }

    /** The ops of one comparison, collected by phase, then joined in phase order. */
    private static final class Plan {
        private final Schema current;
        private final Schema target;
        private final TreeMap<String, TableDiff> kept = new TreeMap<>();
        private final List<Table> created = new ArrayList<>();
        private final List<Table> dropped = new ArrayList<>();

        private final List<Operation> createNamespaces = new ArrayList<>();
        private final List<Operation> dropNamespaces = new ArrayList<>();
        private final List<Operation> createRanges = new ArrayList<>();
        private final List<Operation> dropRanges = new ArrayList<>();
        private final List<Operation> replaceDomains = new ArrayList<>();
        private final List<Operation> createDomains = new ArrayList<>();
        private final List<Operation> alterDomains = new ArrayList<>();
        private final List<Operation> dropDomains = new ArrayList<>();
        private final List<Operation> disownSequences = new ArrayList<>();
        private final List<Operation> createSequences = new ArrayList<>();
        private final List<Operation> alterSequences = new ArrayList<>();
        private final List<Operation> dropSequences = new ArrayList<>();
        private final List<Operation> dropForeignKeys = new ArrayList<>();
        private final List<Operation> dropIndexes = new ArrayList<>();
        private final List<Operation> dropConstraints = new ArrayList<>();
        private final List<Operation> dropColumns = new ArrayList<>();
        private final List<Operation> createTables = new ArrayList<>();
        private final List<Operation> changeColumns = new ArrayList<>();
        private final List<Operation> addConstraints = new ArrayList<>();
        private final List<Operation> createIndexes = new ArrayList<>();
        private final List<Operation> addForeignKeys = new ArrayList<>();
        private final List<Operation> dropTables = new ArrayList<>();
        private final List<DiffWarning> warnings = new ArrayList<>();

        Plan(Schema current, Schema target) {
            this.current = current;
            this.target = target;
            for (Table table : sorted(current.tables())) {
                Optional<Table> wanted = target.table(table.name());
                if (wanted.isEmpty()) {
                    dropped.add(table);
                } else {
                    kept.put(
                            table.name(),
                            TableDiff.of(
                                    table,
                                    wanted.get(),
                                    current.indexesOf(table.name()),
                                    target.indexesOf(table.name())));
                }
            }
            for (Table table : sorted(target.tables())) {
                if (current.table(table.name()).isEmpty()) {
                    created.add(table);
                }
            }
        }

        SchemaDiff diff() {
            kept.values().forEach(this::keptTable);
            namespaces();
            sequences();
            ranges();
            domains();
            createTables();
            dropTables();
            tableWarnings();
            List<Operation> upgrade = new ArrayList<>();
            for (List<Operation> phase : List.of(
                    createNamespaces,
                    disownSequences,
                    dropForeignKeys,
                    dropIndexes,
                    dropConstraints,
                    dropColumns,
                    createRanges,
                    replaceDomains,
                    createDomains,
                    alterDomains,
                    createSequences,
                    createTables,
                    changeColumns,
                    addConstraints,
                    createIndexes,
                    addForeignKeys,
                    alterSequences,
                    dropTables,
                    dropSequences,
                    dropDomains,
                    dropRanges,
                    dropNamespaces)) {
                upgrade.addAll(phase);
            }
            return SchemaDiff.of(upgrade, warnings);
        }

        private void keptTable(TableDiff diff) {
            String table = diff.name();
            warnings.addAll(diff.warnings);
            for (ForeignKey key : sortedByName(diff.droppedForeignKeys)) {
                dropConstraint(dropForeignKeys, table, key, "foreign key");
            }
            for (ForeignKey key : sortedByName(diff.keptForeignKeys)) {
                if (isInTheWay(diff, key) && dropConstraint(dropForeignKeys, table, key, "foreign key")) {
                    addForeignKeys.add(new AddConstraint(table, key));
                }
            }
            for (Index index : sortedIndexes(diff.droppedIndexes)) {
                dropIndexes.add(new DropIndex(index.name(), table, Optional.of(index), false));
            }
            for (CheckConstraint check : sortedByName(diff.droppedChecks)) {
                dropConstraint(dropConstraints, table, check, "check constraint");
            }
            for (UniqueConstraint unique : sortedByName(diff.droppedUniques)) {
                dropConstraint(dropConstraints, table, unique, "unique constraint");
            }
            diff.droppedKey.ifPresent(key -> dropConstraints.add(new DropConstraint(
                    table, key.name().orElse("pk_" + table), Constraint.Kind.PRIMARY_KEY, Optional.of(key))));
            for (Column column : diff.droppedColumns) {
                dropColumns.add(new DropColumn(table, column.name(), Optional.of(column)));
            }
            for (Column column : diff.addedColumns) {
                changeColumns.add(new AddColumn(table, column));
            }
            changeColumns.addAll(diff.alteredColumns);
            diff.comment.ifPresent(changeColumns::add);
            diff.addedKey.ifPresent(key -> addConstraints.add(new AddConstraint(table, Names.named(table, key))));
            for (UniqueConstraint unique : sortedByName(diff.addedUniques)) {
                addConstraints.add(new AddConstraint(table, Names.named(table, unique)));
            }
            for (CheckConstraint check : sortedByName(diff.addedChecks)) {
                addConstraints.add(new AddConstraint(table, Names.named(table, check)));
            }
            for (Index index : sortedIndexes(diff.createdIndexes)) {
                createIndexes.add(new CreateIndex(index, false));
            }
            for (ForeignKey key : sortedByName(diff.addedForeignKeys)) {
                addForeignKeys.add(new AddConstraint(table, Names.named(table, key)));
            }
        }

        /**
         * Whether a foreign key both schemas have must still be dropped and added again: its columns
         * or the referenced ones change type or go, or the referenced table's keys change.
         */
        private boolean isInTheWay(TableDiff diff, ForeignKey key) {
            return diff.changesAny(key.columns()) || isReferenceInTheWay(key);
        }

        private boolean isReferenceInTheWay(ForeignKey key) {
            TableDiff referenced = kept.get(key.referencedTable());
            return referenced != null && (referenced.changesAny(key.referencedColumns()) || referenced.keysChange());
        }

        /** Whether a new table's key to a kept table must wait until that table's columns and keys are in place. */
        private boolean mustWait(ForeignKey key) {
            TableDiff referenced = kept.get(key.referencedTable());
            return (referenced != null && (referenced.addsAny(key.referencedColumns()) || isReferenceInTheWay(key)))
                    || !isKeyOfItsTable(key);
        }

        /**
         * Whether the key references its table's primary key or a unique constraint; otherwise it
         * needs a unique index, which exists only once the indexes are made.
         */
        private boolean isKeyOfItsTable(ForeignKey key) {
            Set<String> columns = Set.copyOf(key.referencedColumns());
            return target.table(key.referencedTable())
                    .map(table -> table.primaryKey()
                                    .filter(primary ->
                                            Set.copyOf(primary.columns()).equals(columns))
                                    .isPresent()
                            || table.uniques().stream()
                                    .anyMatch(unique ->
                                            Set.copyOf(unique.columns()).equals(columns)))
                    .orElse(true);
        }

        /** Adds the drop of {@code constraint}, or a warning when it has no name to drop it by. */
        private boolean dropConstraint(List<Operation> phase, String table, Constraint constraint, String what) {
            if (constraint.name().isEmpty()) {
                warnings.add(Warnings.unnamed(table, what));
                return false;
            }
            phase.add(new DropConstraint(table, constraint.name().get(), constraint.kind(), Optional.of(constraint)));
            return true;
        }

        /**
         * Sequences by name: one whose owner changes or goes is released first; a new one is created
         * without its owner, which it gets once the tables are made; a dropped one goes last.
         */
        private void sequences() {
            for (Sequence sequence : sortedSequences(current.sequences())) {
                Optional<Sequence> wanted = target.sequence(sequence.name());
                Sequence now = sequence;
                if (sequence.ownedBy().isPresent() && !sequence.ownedBy().equals(wanted.flatMap(Sequence::ownedBy))) {
                    now = sequence.ownedBy(Optional.empty());
                    disownSequences.add(new AlterSequence(sequence, now));
                }
                if (wanted.isEmpty()) {
                    dropSequences.add(new DropSequence(now.name(), Optional.of(now)));
                    warnings.add(Warnings.droppedSequence(sequence));
                } else if (!now.equals(wanted.get())) {
                    alterSequences.add(new AlterSequence(now, wanted.get()));
                }
            }
            for (Sequence sequence : sortedSequences(target.sequences())) {
                if (current.sequence(sequence.name()).isEmpty()) {
                    Sequence unowned = sequence.ownedBy(Optional.empty());
                    createSequences.add(new CreateSequence(unowned));
                    if (sequence.ownedBy().isPresent()) {
                        alterSequences.add(new AlterSequence(unowned, sequence));
                    }
                }
            }
        }

        private static List<Sequence> sortedSequences(List<Sequence> sequences) {
            return sequences.stream()
                    .sorted(Comparator.comparing(Sequence::name))
                    .toList();
        }

        /** Schemas by name: new ones are created first, dropped ones go last, once they are empty. */
        private void namespaces() {
            for (String namespace : target.namespaces()) {
                if (!current.namespaces().contains(namespace)) {
                    createNamespaces.add(new CreateSchema(namespace));
                }
            }
            for (String namespace : current.namespaces()) {
                if (!target.namespaces().contains(namespace)) {
                    dropNamespaces.add(new DropSchema(namespace));
                }
            }
        }

        /**
         * Domains by name: a new one is created before the tables and columns that use it; a changed one
         * is altered in place, or dropped and created again when its base type changes; a dropped one goes
         * last, once no column uses it.
         */
        /** New range types first; a changed one is dropped and created again (with a warning). */
        private void ranges() {
            for (RangeType range : sortedRanges(current.ranges())) {
                Optional<RangeType> wanted = target.range(range.name());
                if (wanted.isEmpty()) {
                    dropRanges.add(new DropRangeType(range.name(), Optional.of(range)));
                } else if (!range.equals(wanted.get())) {
                    createRanges.add(new DropRangeType(range.name(), Optional.of(range)));
                    createRanges.add(new CreateRangeType(wanted.get()));
                    warnings.add(Warnings.replacedRange(range));
                }
            }
            for (RangeType range : sortedRanges(target.ranges())) {
                if (current.range(range.name()).isEmpty()) {
                    createRanges.add(new CreateRangeType(range));
                }
            }
        }

        private static List<RangeType> sortedRanges(List<RangeType> ranges) {
            return ranges.stream().sorted(Comparator.comparing(RangeType::name)).toList();
        }

        private void domains() {
            for (Domain domain : sortedDomains(current.domains())) {
                Optional<Domain> wanted = target.domain(domain.name());
                if (wanted.isEmpty()) {
                    dropDomains.add(new DropDomain(domain.name(), Optional.of(domain)));
                } else if (!domain.type().equals(wanted.get().type())) {
                    replaceDomains.add(new DropDomain(domain.name(), Optional.of(domain)));
                    createDomains.add(new CreateDomain(wanted.get()));
                    warnings.add(Warnings.replacedDomain(domain, wanted.get()));
                } else if (!domain.equals(wanted.get())) {
                    alterDomains.add(new AlterDomain(domain, wanted.get()));
                }
            }
            for (Domain domain : sortedDomains(target.domains())) {
                if (current.domain(domain.name()).isEmpty()) {
                    createDomains.add(new CreateDomain(domain));
                }
            }
        }

        private static List<Domain> sortedDomains(List<Domain> domains) {
            return domains.stream().sorted(Comparator.comparing(Domain::name)).toList();
        }

        private void createTables() {
            DependencyOrder order = DependencyOrder.of(created);
            for (Table table : order.tables()) {
                List<ForeignKey> later = new ArrayList<>();
                for (DependencyOrder.Broken broken : order.brokenKeys()) {
                    if (broken.table().equals(table.name())) {
                        later.add(broken.key());
                    }
                }
                table.foreignKeys().stream().filter(this::mustWait).forEach(later::add);
                createTables.add(new CreateTable(Tables.withoutForeignKeys(table, later)));
                for (ForeignKey key : sortedByName(later)) {
                    addForeignKeys.add(new AddConstraint(table.name(), Names.named(table.name(), key)));
                }
                for (Index index : sortedIndexes(target.indexesOf(table.name()))) {
                    createIndexes.add(new CreateIndex(index, false));
                }
            }
        }

        private void dropTables() {
            DependencyOrder order = DependencyOrder.dropOrder(dropped);
            for (Table table : order.tables()) {
                List<ForeignKey> first = new ArrayList<>();
                for (DependencyOrder.Broken broken : order.brokenKeys()) {
                    if (broken.table().equals(table.name())
                            && broken.key().name().isPresent()) {
                        first.add(broken.key());
                    }
                }
                table.foreignKeys().stream()
                        .filter(key -> key.name().isPresent() && isReferenceInTheWay(key))
                        .forEach(first::add);
                for (ForeignKey key : sortedByName(first)) {
                    dropConstraint(dropForeignKeys, table.name(), key, "foreign key");
                }
                for (Index index : sortedIndexes(current.indexesOf(table.name()))) {
                    dropIndexes.add(new DropIndex(index.name(), table.name(), Optional.of(index), false));
                }
                dropTables.add(new DropTable(table.name(), Optional.of(Tables.withoutForeignKeys(table, first))));
            }
        }

        private void tableWarnings() {
            List<Table> candidates = new ArrayList<>(created);
            for (Table table : dropped) {
                warnings.add(Warnings.droppedTable(table));
                for (Table fresh : candidates) {
                    if (sameColumns(table, fresh)) {
                        candidates.remove(fresh);
                        warnings.add(Warnings.renamedTable(table, fresh));
                        break;
                    }
                }
            }
        }

        private static boolean sameColumns(Table a, Table b) {
            return a.columns().size() == b.columns().size()
                    && a.columns().stream()
                            .allMatch(column -> b.column(column.name())
                                    .map(other -> other.type().equals(column.type()))
                                    .orElse(false));
        }

        private static List<Table> sorted(List<Table> tables) {
            return tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        }

        private static List<Index> sortedIndexes(List<Index> indexes) {
            return indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
        }

        /** Named constraints by name, then the unnamed ones in their order. */
        private static <T extends Constraint> List<T> sortedByName(List<T> constraints) {
            return constraints.stream()
                    .sorted(Comparator.comparing(
                            (T constraint) -> constraint.name().orElse(""),
                            Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder())))
                    .toList();
        }
    }
}
