package dev.retort.diff;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
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
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.Domain;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.RangeType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies schema operations to a schema in memory, as the database would: what a schema looks like
 * after a migration, without running it. Tables and indexes keep their order; new ones come last.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * Schema after = SchemaEvolution.apply(before, new AddColumn("users", column("age", integer())));
 * }</pre>
 */
public final class SchemaEvolution {
    private static final NamedObjects<Domain> DOMAINS = new NamedObjects<>("domain", Domain::name);
    private static final NamedObjects<RangeType> RANGES = new NamedObjects<>("range type", RangeType::name);

    private SchemaEvolution() {}

    /**
     * The schema after {@code operation} ran on {@code schema}. {@code Execute} and {@code BulkInsert}
     * leave it unchanged.
     *
     * @throws IllegalArgumentException when the operation does not fit the schema: a table, column,
     *     index or constraint it names is missing, or one it creates exists already
     */
    public static Schema apply(Schema schema, Operation operation) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(operation, "operation");
        if (operation instanceof CreateTable create) {
            return createTable(schema, create.definition());
        } else if (operation instanceof DropTable drop) {
            table(schema, drop.name());
            return schema.onlyTables(name -> !name.equals(drop.name()));
        } else if (operation instanceof CreateSequence create) {
            return Sequences.create(schema, create.sequence());
        } else if (operation instanceof DropSequence drop) {
            return Sequences.drop(schema, drop.name());
        } else if (operation instanceof AlterSequence alter) {
            return Sequences.alter(schema, alter.sequence());
        } else if (operation instanceof CreateSchema create) {
            return Namespaces.create(schema, create.name());
        } else if (operation instanceof DropSchema drop) {
            return Namespaces.drop(schema, drop.name());
        } else if (operation instanceof CreateRangeType create) {
            return schema.withRanges(RANGES.added(schema.ranges(), create.range()));
        } else if (operation instanceof DropRangeType drop) {
            return schema.withRanges(RANGES.removed(schema.ranges(), drop.name()));
        } else if (operation instanceof CreateDomain create) {
            return schema.withDomains(DOMAINS.added(schema.domains(), create.domain()));
        } else if (operation instanceof DropDomain drop) {
            return schema.withDomains(DOMAINS.removed(schema.domains(), drop.name()));
        } else if (operation instanceof AlterDomain alter) {
            return schema.withDomains(DOMAINS.replaced(schema.domains(), alter.domain()));
        } else if (operation instanceof RenameTable rename) {
            return renameTable(schema, rename.from(), rename.to());
        } else if (operation instanceof AddColumn add) {
            return editTable(schema, add.tableName(), table -> addColumn(table, add.column()));
        } else if (operation instanceof DropColumn drop) {
            return Sequences.withoutOwnedBy(
                    editTable(schema, drop.tableName(), table -> dropColumn(table, drop.column())),
                    drop.tableName(),
                    drop.column());
        } else if (operation instanceof AlterColumn alter) {
            return ColumnEvolution.alter(schema, table(schema, alter.tableName()), alter);
        } else if (operation instanceof CreateIndex create) {
            return createIndex(schema, create.index());
        } else if (operation instanceof DropIndex drop) {
            return dropIndex(schema, drop.tableName(), drop.name());
        } else if (operation instanceof AddConstraint add) {
            return editTable(schema, add.tableName(), table -> addConstraint(table, add.constraint()));
        } else if (operation instanceof DropConstraint drop) {
            return editTable(schema, drop.tableName(), table -> dropConstraint(table, drop));
        } else if (operation instanceof SetTableComment comment) {
            return editTable(
                    schema,
                    comment.tableName(),
                    table -> Tables.with(
                            table,
                            table.columns(),
                            table.primaryKey(),
                            comment.comment().value()));
        }
        return schema;
    }

    /** The schema after each of {@code operations}, in order. */
    public static Schema apply(Schema schema, List<? extends Operation> operations) {
        Schema result = schema;
        for (Operation operation : operations) {
            result = apply(result, operation);
        }
        return result;
    }

    static Table table(Schema schema, String name) {
        return schema.table(name).orElseThrow(() -> new IllegalArgumentException("the schema has no table " + name));
    }

    private static Schema createTable(Schema schema, Table table) {
        if (schema.table(table.name()).isPresent()) {
            throw new IllegalArgumentException("the schema already has a table " + table.name());
        }
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.add(table);
        return schema.withTables(tables, schema.indexes());
    }

    static Schema editTable(Schema schema, String name, UnaryOperator<Table> edit) {
        Table changed = edit.apply(table(schema, name));
        List<Table> tables = schema.tables().stream()
                .map(table -> table.name().equals(name) ? changed : table)
                .toList();
        return schema.withTables(tables, schema.indexes());
    }

    private static Schema renameTable(Schema schema, String from, String to) {
        table(schema, from);
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            String name = table.name().equals(from) ? to : table.name();
            List<ForeignKey> keys = table.foreignKeys().stream()
                    .map(key -> key.referencedTable().equals(from)
                            ? Tables.referencing(key, to, key.referencedColumns())
                            : key)
                    .toList();
            tables.add(new Table(
                    name, table.columns(), table.primaryKey(), table.uniques(), keys, table.checks(), table.comment()));
        }
        List<Index> indexes = schema.indexes().stream()
                .map(index -> index.table().equals(from)
                        ? new Index(
                                index.name(),
                                to,
                                index.elements(),
                                index.isUnique(),
                                index.where(),
                                index.include(),
                                index.method())
                        : index)
                .toList();
        return new Schema(
                tables,
                indexes,
                Sequences.renamedTable(schema.sequences(), from, to),
                schema.domains(),
                schema.namespaces(),
                schema.ranges());
    }

    private static Table addColumn(Table table, Column column) {
        if (table.column(column.name()).isPresent()) {
            throw new IllegalArgumentException("table " + table.name() + " already has a column " + column.name());
        }
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(column);
        Optional<PrimaryKey> key = table.primaryKey();
        if (column.isPrimaryKey() && key.isEmpty()) {
            key = Optional.of(new PrimaryKey(Optional.empty(), List.of(column.name())));
        }
        return Tables.with(table, columns, key, table.comment());
    }

    private static Table dropColumn(Table table, String column) {
        if (table.column(column).isEmpty()) {
            throw new IllegalArgumentException("table " + table.name() + " has no column " + column);
        }
        List<Column> columns = table.columns().stream()
                .filter(each -> !each.name().equals(column))
                .toList();
        return Tables.with(table, columns, table.primaryKey(), table.comment());
    }

    private static Schema createIndex(Schema schema, Index index) {
        table(schema, index.table());
        List<Index> indexes = new ArrayList<>(schema.indexes());
        indexes.add(index);
        return schema.withTables(schema.tables(), indexes);
    }

    private static Schema dropIndex(Schema schema, String table, String name) {
        List<Index> indexes = schema.indexes().stream()
                .filter(index -> !(index.table().equals(table) && index.name().equals(name)))
                .toList();
        if (indexes.size() == schema.indexes().size()) {
            throw new IllegalArgumentException("table " + table + " has no index " + name);
        }
        return schema.withTables(schema.tables(), indexes);
    }

    private static Table addConstraint(Table table, Constraint constraint) {
        if (constraint instanceof PrimaryKey key) {
            if (table.primaryKey().isPresent()) {
                throw new IllegalArgumentException("table " + table.name() + " already has a primary key");
            }
            return Tables.withPrimaryKey(table, Optional.of(key));
        }
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
        List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        List<CheckConstraint> checks = new ArrayList<>(table.checks());
        if (constraint instanceof UniqueConstraint unique) {
            uniques.add(unique);
        } else if (constraint instanceof ForeignKey key) {
            keys.add(key);
        } else if (constraint instanceof CheckConstraint check) {
            checks.add(check);
        }
        return new Table(table.name(), table.columns(), table.primaryKey(), uniques, keys, checks, table.comment());
    }

    private static Table dropConstraint(Table table, DropConstraint drop) {
        String subject = "table " + table.name() + " has no " + drop.kind() + " constraint " + drop.name();
        return switch (drop.kind()) {
            case PRIMARY_KEY -> {
                if (table.primaryKey().isEmpty()) {
                    throw new IllegalArgumentException(subject);
                }
                yield Tables.withPrimaryKey(table, Optional.empty());
            }
            case UNIQUE ->
                new Table(
                        table.name(),
                        table.columns(),
                        table.primaryKey(),
                        without(table.uniques(), drop.name(), subject),
                        table.foreignKeys(),
                        table.checks(),
                        table.comment());
            case FOREIGN_KEY ->
                new Table(
                        table.name(),
                        table.columns(),
                        table.primaryKey(),
                        table.uniques(),
                        without(table.foreignKeys(), drop.name(), subject),
                        table.checks(),
                        table.comment());
            case CHECK ->
                new Table(
                        table.name(),
                        table.columns(),
                        table.primaryKey(),
                        table.uniques(),
                        table.foreignKeys(),
                        without(table.checks(), drop.name(), subject),
                        table.comment());
        };
    }

    private static <T extends Constraint> List<T> without(List<T> constraints, String name, String subject) {
        List<T> kept = new ArrayList<>(constraints);
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).name().filter(name::equals).isPresent()) {
                kept.remove(i);
                return kept;
            }
        }
        throw new IllegalArgumentException(subject);
    }
}
