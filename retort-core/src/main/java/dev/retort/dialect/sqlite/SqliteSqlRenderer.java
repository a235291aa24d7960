package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.RenderException;
import dev.retort.dialect.StandardSqlRenderer;
import dev.retort.dialect.TableLookup;
import dev.retort.dialect.TableSnapshot;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.DataType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SQLite's statements. What {@code ALTER TABLE} can do is done with it: add a column (with a
 * constant default), rename a table or column, drop a column that no constraint or index uses.
 * Everything else (changing a column's type, nullability or default, dropping a column that a key,
 * check or index uses, adding or dropping a constraint, adding a column with an expression default or
 * as primary key) rebuilds the table with {@link SqliteTableRebuild}, which needs the live table.
 *
 * <p>Comments are left out: SQLite keeps none, and Alembic ignores them on SQLite too. An
 * auto-increment column is an {@code INTEGER PRIMARY KEY AUTOINCREMENT}, so it must be the table's
 * only primary-key column. Offline, {@code DROP COLUMN} is written as is and SQLite itself refuses it
 * when a key, index or check uses the column.
 */
final class SqliteSqlRenderer extends StandardSqlRenderer {
    /** A default {@code ALTER TABLE ADD COLUMN} accepts: a constant. */
    private static final Pattern CONSTANT = Pattern.compile(
            "(?i)NULL|TRUE|FALSE|[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|0x[0-9a-f]+|'(?:[^']|'')*'|x'[0-9a-f]*'");

    /** Defaults SQLite accepts without parentheses in {@code CREATE TABLE}. */
    private static final Pattern BARE_DEFAULT = Pattern.compile("(?i)CURRENT_(TIMESTAMP|DATE|TIME)");

    SqliteSqlRenderer(Dialect dialect) {
        super(dialect);
    }

    /** The dialect, for {@link SqliteTableRebuild}. */
    Dialect dialectOf() {
        return dialect();
    }

    /** {@code CREATE TABLE name (...)} for {@code table}, for {@link SqliteTableRebuild}. */
    String createTableSql(String name, Table table) {
        return createTableStatement(name, table);
    }

    @Override
    public String type(DataType type) {
        return collated(SqliteTypes.sql(type), type);
    }

    // ---- tables and columns

    /** Columns, then constraints; an auto-increment column carries the primary key itself. */
    @Override
    protected List<String> tableElements(Table table) {
        Optional<PrimaryKey> key = primaryKey(table);
        Optional<Column> generated = autoIncrementColumn(table, key);
        List<String> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            if (generated.isPresent() && generated.get().equals(column)) {
                String constraint = key.flatMap(PrimaryKey::name)
                        .map(name -> "CONSTRAINT " + name(name) + " ")
                        .orElse("");
                elements.add(name(column.name()) + " INTEGER NOT NULL " + constraint + "PRIMARY KEY AUTOINCREMENT");
            } else {
                elements.add(columnDefinition(table.name(), column));
            }
        }
        elements.addAll(constraintElements(table, generated.isEmpty()));
        return elements;
    }

    /** The table's auto-increment column, which must be its only primary-key column and an integer. */
    private Optional<Column> autoIncrementColumn(Table table, Optional<PrimaryKey> key) {
        List<Column> generated =
                table.columns().stream().filter(Column::isAutoIncrement).toList();
        if (generated.isEmpty()) {
            return Optional.empty();
        }
        Column column = generated.get(0);
        if (generated.size() > 1 || key.isEmpty() || !key.get().columns().equals(List.of(column.name()))) {
            throw new RenderException("SQLite generates values only for an INTEGER PRIMARY KEY AUTOINCREMENT column,"
                    + " which must be the table's only primary-key column, and " + table.name() + "."
                    + column.name() + " is not: make it the primary key alone, or remove autoIncrement()");
        }
        checkAutoIncrement(table.name(), column);
        return Optional.of(column);
    }

    /** {@code name TYPE [DEFAULT x] [NOT NULL]}, and for an enum its named check. */
    @Override
    protected String columnDefinition(String table, Column column) {
        StringBuilder sql = new StringBuilder(name(column.name())).append(' ').append(type(column.type()));
        column.defaultSql().ifPresent(value -> sql.append(" DEFAULT ").append(defaultValue(value)));
        if (!column.isNullable()) {
            sql.append(" NOT NULL");
        }
        if (column.type().kind() == DataType.Kind.ENUM) {
            sql.append(" CONSTRAINT ")
                    .append(name(column.type().name()))
                    .append(" CHECK (")
                    .append(name(column.name()))
                    .append(" IN (")
                    .append(column.type().values().stream()
                            .map(value -> dialect().stringLiteral(value))
                            .collect(Collectors.joining(", ")))
                    .append("))");
        }
        return sql.toString();
    }

    /** A constant or {@code CURRENT_TIMESTAMP} as is; an expression in parentheses, as SQLite requires. */
    @Override
    protected String defaultValue(String sql) {
        String value = sql.strip();
        if (CONSTANT.matcher(value).matches() || BARE_DEFAULT.matcher(value).matches() || isParenthesized(value)) {
            return value;
        }
        return "(" + value + ")";
    }

    /**
     * {@code ALTER TABLE ... ADD COLUMN}, or a rebuild for a primary-key column, a NOT NULL column
     * without a default, or one whose default is not a constant (which SQLite cannot add in place).
     * The rebuild of a table that has rows fails on the new NOT NULL column, as it should: those rows
     * have no value for it.
     */
    @Override
    protected List<String> addColumn(AddColumn add, TableLookup tables) {
        Column column = add.column();
        String subject = add.tableName() + "." + column.name();
        if (column.isAutoIncrement()) {
            throw new RenderException("SQLite cannot add the auto-increment column " + subject
                    + " to an existing table: an AUTOINCREMENT column must be declared with the table;"
                    + " create the table with it, or add a plain integer column");
        }
        boolean notNullWithoutDefault =
                !column.isNullable() && column.defaultSql().isEmpty();
        boolean inPlace = !column.isPrimaryKey()
                && !notNullWithoutDefault
                && column.defaultSql()
                        .map(value -> CONSTANT.matcher(value.strip()).matches())
                        .orElse(true);
        if (inPlace) {
            return List.of("ALTER TABLE " + name(add.tableName()) + " ADD COLUMN "
                    + columnDefinition(add.tableName(), column));
        }
        String purpose = "add column " + subject;
        TableSnapshot before = snapshot(tables, add.tableName(), purpose);
        Table table = before.table();
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(column);
        Optional<PrimaryKey> key = table.primaryKey();
        if (column.isPrimaryKey()) {
            if (key.isPresent()) {
                throw new RenderException("SQLite cannot add column " + subject + " as primary key: table "
                        + add.tableName() + " already has one; drop it first with dropConstraint");
            }
            key = Optional.of(new PrimaryKey(Optional.empty(), List.of(column.name())));
        }
        Table after = new Table(
                table.name(), columns, key, table.uniques(), table.foreignKeys(), table.checks(), table.comment());
        return SqliteTableRebuild.statements(this, before, after, purpose);
    }

    /**
     * {@code ALTER TABLE ... DROP COLUMN}, or a rebuild when a key, check or index of the live table
     * uses the column; the keys, checks and indexes that use it go with it. Refused when another
     * table's foreign key references the column.
     */
    @Override
    protected List<String> dropColumn(DropColumn drop, TableLookup tables) {
        String subject = drop.tableName() + "." + drop.column();
        List<String> inPlace = super.dropColumn(drop, tables);
        Optional<TableSnapshot> found = tables.find(drop.tableName());
        if (found.isEmpty() || found.get().table().column(drop.column()).isEmpty()) {
            return inPlace;
        }
        TableSnapshot before = found.get();
        String column = drop.column();
        for (String other : before.referencingTables()) {
            for (ForeignKey key : tables.find(other)
                    .map(snapshot -> snapshot.table().foreignKeys())
                    .orElse(List.of())) {
                if (key.referencedTable().equalsIgnoreCase(before.name())
                        && key.referencedColumns().contains(column)) {
                    throw new RenderException("SQLite cannot drop column " + subject + ": foreign key "
                            + key.name().orElse("(unnamed)") + " of table " + other
                            + " references it; drop that foreign key first");
                }
            }
        }
        Table table = before.table();
        Predicate<List<String>> uses = columns -> columns.contains(column);
        boolean used = table.primaryKey().map(key -> uses.test(key.columns())).orElse(false)
                || table.uniques().stream().anyMatch(unique -> uses.test(unique.columns()))
                || table.foreignKeys().stream().anyMatch(key -> uses.test(key.columns()))
                || table.checks().stream().anyMatch(check -> SqliteTableRebuild.mentions(check.condition(), column))
                || before.indexes().stream().anyMatch(index -> SqliteTableRebuild.mentionsAny(index, Set.of(column)));
        if (!used) {
            return inPlace;
        }
        boolean keyGoes =
                table.primaryKey().map(key -> uses.test(key.columns())).orElse(false);
        List<Column> columns = table.columns().stream()
                .filter(each -> !each.name().equals(column))
                .map(each -> keyGoes ? withoutKey(each) : each)
                .toList();
        Table after = new Table(
                table.name(),
                columns,
                keyGoes ? Optional.empty() : table.primaryKey(),
                table.uniques().stream()
                        .filter(unique -> !uses.test(unique.columns()))
                        .toList(),
                table.foreignKeys().stream()
                        .filter(key -> !uses.test(key.columns()))
                        .toList(),
                table.checks().stream()
                        .filter(check -> !SqliteTableRebuild.mentions(check.condition(), column))
                        .toList(),
                table.comment());
        return SqliteTableRebuild.statements(this, before, after, "drop column " + subject);
    }

    /**
     * A rename alone: {@code ALTER TABLE ... RENAME COLUMN}. A change of type, nullability, default or
     * identity ({@code AUTOINCREMENT}) rebuilds the table, then renames. A comment changes nothing.
     */
    @Override
    protected List<String> alterColumn(AlterColumn alter, TableLookup tables) {
        List<String> statements = new ArrayList<>();
        if (alter.type().isPresent()
                || alter.nullable().isPresent()
                || alter.serverDefault().isPresent()
                || alter.identity().isPresent()) {
            String purpose = "change column " + alter.tableName() + "." + alter.column();
            TableSnapshot before = snapshot(tables, alter.tableName(), purpose);
            Table table = before.table();
            Column old = table.column(alter.column())
                    .orElseThrow(() -> new RenderException("SQLite cannot " + purpose + ": table " + alter.tableName()
                            + " has no column " + alter.column()));
            Column changed = new Column(
                    old.name(),
                    alter.type().orElse(old.type()),
                    alter.nullable().orElse(old.isNullable()),
                    alter.serverDefault().map(setting -> setting.value()).orElse(old.defaultSql()),
                    alter.identity().orElse(old.identity()),
                    old.isPrimaryKey(),
                    old.comment());
            List<Column> columns = table.columns().stream()
                    .map(column -> column.equals(old) ? changed : column)
                    .toList();
            statements.addAll(SqliteTableRebuild.statements(this, before, withColumns(table, columns), purpose));
        }
        alter.newName().ifPresent(newName -> statements.add(renameColumn(alter.tableName(), alter.column(), newName)));
        return statements;
    }

    // ---- constraints

    /** A rebuild with the constraint; a second primary key is refused. */
    @Override
    protected List<String> addConstraint(AddConstraint add, TableLookup tables) {
        Constraint constraint = add.constraint();
        String purpose = "add " + describe(constraint.kind(), constraint.name()) + " to " + add.tableName();
        TableSnapshot before = snapshot(tables, add.tableName(), purpose);
        Table table = before.table();
        Table after;
        if (constraint instanceof PrimaryKey key) {
            if (table.primaryKey().isPresent()) {
                throw new RenderException("SQLite cannot " + purpose + ": it already has a primary key; drop that first"
                        + " with dropConstraint(..., PRIMARY_KEY)");
            }
            after = new Table(
                    table.name(),
                    table.columns(),
                    Optional.of(key),
                    table.uniques(),
                    table.foreignKeys(),
                    table.checks(),
                    table.comment());
        } else if (constraint instanceof UniqueConstraint unique) {
            after = new Table(
                    table.name(),
                    table.columns(),
                    table.primaryKey(),
                    plus(table.uniques(), unique),
                    table.foreignKeys(),
                    table.checks(),
                    table.comment());
        } else if (constraint instanceof ForeignKey key) {
            after = new Table(
                    table.name(),
                    table.columns(),
                    table.primaryKey(),
                    table.uniques(),
                    plus(table.foreignKeys(), key),
                    table.checks(),
                    table.comment());
        } else {
            after = new Table(
                    table.name(),
                    table.columns(),
                    table.primaryKey(),
                    table.uniques(),
                    table.foreignKeys(),
                    plus(table.checks(), (CheckConstraint) constraint),
                    table.comment());
        }
        return SqliteTableRebuild.statements(this, before, after, purpose);
    }

    /**
     * A rebuild without the constraint, found by its kind and name (a table has one primary key,
     * whatever its name). SQLite knows only the names written in {@code CREATE TABLE}.
     */
    @Override
    protected List<String> dropConstraint(DropConstraint drop, TableLookup tables) {
        String purpose = "drop " + describe(drop.kind(), Optional.of(drop.name())) + " from " + drop.tableName();
        TableSnapshot before = snapshot(tables, drop.tableName(), purpose);
        Table table = before.table();
        String name = drop.name();
        Table after = switch (drop.kind()) {
            case PRIMARY_KEY -> {
                if (table.primaryKey().isEmpty()) {
                    throw missing(purpose, "it has no primary key");
                }
                yield new Table(
                        table.name(),
                        table.columns().stream()
                                .map(SqliteSqlRenderer::withoutKey)
                                .toList(),
                        Optional.empty(),
                        table.uniques(),
                        table.foreignKeys(),
                        table.checks(),
                        table.comment());
            }
            case UNIQUE ->
                new Table(
                        table.name(),
                        table.columns(),
                        table.primaryKey(),
                        without(table.uniques(), name, purpose),
                        table.foreignKeys(),
                        table.checks(),
                        table.comment());
            case FOREIGN_KEY ->
                new Table(
                        table.name(),
                        table.columns(),
                        table.primaryKey(),
                        table.uniques(),
                        without(table.foreignKeys(), name, purpose),
                        table.checks(),
                        table.comment());
            case CHECK ->
                new Table(
                        table.name(),
                        table.columns(),
                        table.primaryKey(),
                        table.uniques(),
                        table.foreignKeys(),
                        without(table.checks(), name, purpose),
                        table.comment());
        };
        return SqliteTableRebuild.statements(this, before, after, purpose);
    }

    private static <T extends Constraint> List<T> without(List<T> constraints, String name, String purpose) {
        List<T> kept = constraints.stream()
                .filter(constraint ->
                        !constraint.name().filter(name::equalsIgnoreCase).isPresent())
                .toList();
        if (kept.size() == constraints.size()) {
            throw missing(
                    purpose,
                    "it has no such constraint (SQLite knows only the constraint names written in"
                            + " CREATE TABLE; unnamed ones cannot be dropped by name)");
        }
        return kept;
    }

    private static RenderException missing(String purpose, String why) {
        return new RenderException("SQLite cannot " + purpose + ": " + why);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static String describe(Constraint.Kind kind, Optional<String> name) {
        String what = switch (kind) {
            case PRIMARY_KEY -> "primary key";
            case UNIQUE -> "unique constraint";
            case FOREIGN_KEY -> "foreign key";
            case CHECK -> "check constraint";
        };
        return name.map(value -> what + " " + value).orElse(what);
    }

    private static Column withoutKey(Column column) {
        return new Column(
                column.name(),
                column.type(),
                column.isNullable(),
                column.defaultSql(),
                Identity.NONE,
                false,
                column.comment());
    }

    private static Table withColumns(Table table, List<Column> columns) {
        return new Table(
                table.name(),
                columns,
                table.primaryKey(),
                table.uniques(),
                table.foreignKeys(),
                table.checks(),
                table.comment());
    }

    /** The live table, which a rebuild needs; offline there is none. */
    private static TableSnapshot snapshot(TableLookup tables, String table, String purpose) {
        return tables.find(table)
                .orElseThrow(() -> tables.isOffline()
                        ? new RenderException(
                                "SQLite cannot " + purpose + " without rebuilding the table, which needs the"
                                        + " live database; run this revision online, or use --dry-run against the database")
                        : new RenderException("SQLite cannot " + purpose + ": the database has no table " + table));
    }
}
