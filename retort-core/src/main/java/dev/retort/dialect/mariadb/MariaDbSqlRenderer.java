package dev.retort.dialect.mariadb;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.RenderException;
import dev.retort.dialect.StandardSqlRenderer;
import dev.retort.dialect.TableLookup;
import dev.retort.dialect.TableSnapshot;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.SetTableComment;
import dev.retort.ops.Setting;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.DataType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB/MySQL's statements: comments written into the column and table definitions, a column
 * changed by restating all of it ({@code MODIFY}/{@code CHANGE}), indexes dropped from their table,
 * and each kind of constraint dropped its own way.
 *
 * <p>To restate a column, the parts not being changed come from the operation's {@code existing}
 * values, else from the live database; the type and nullability must be known, since restating them
 * wrong would change the column (Alembic asks for the existing type for the same reason), while an
 * unknown default or comment is taken to be none.
 */
final class MariaDbSqlRenderer extends StandardSqlRenderer {
    /** A column prefix in an index: {@code name(10)}. */
    private static final Pattern PREFIX =
            Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*)\\s*\\((\\d+)\\)(\\s+(?:ASC|DESC))?", Pattern.CASE_INSENSITIVE);

    MariaDbSqlRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String type(DataType type) {
        return collated(MariaDbTypes.sql(type, value -> dialect().stringLiteral(value)), type);
    }

    // ---- tables and columns

    @Override
    protected List<String> createTable(Table table, TableLookup tables) {
        return List.of(createTableStatement(table.name(), table));
    }

    @Override
    protected String tableOptions(Table table) {
        return table.comment()
                .map(comment -> " COMMENT=" + dialect().stringLiteral(comment))
                .orElse("");
    }

    @Override
    protected String columnDefinition(String table, Column column) {
        // With explicit_defaults_for_timestamp off (before MariaDB 10.10), a TIMESTAMP column is NOT NULL unless it
        // says NULL
        return columnDefinition(
                table,
                column,
                column.type().kind() == DataType.Kind.TIMESTAMP && column.type().timeZone());
    }

    /** {@code name TYPE [NOT] NULL DEFAULT x AUTO_INCREMENT COMMENT '...'}, with NULL written when asked. */
    private String columnDefinition(String table, Column column, boolean explicitNull) {
        StringBuilder sql = new StringBuilder(name(column.name())).append(' ').append(type(column.type()));
        if (!column.isNullable()) {
            sql.append(" NOT NULL");
        } else if (explicitNull) {
            sql.append(" NULL");
        }
        column.defaultSql().ifPresent(value -> sql.append(" DEFAULT ").append(defaultValue(value)));
        if (column.isAutoIncrement()) {
            checkAutoIncrement(table, column);
            sql.append(" AUTO_INCREMENT");
        }
        column.comment()
                .ifPresent(comment -> sql.append(" COMMENT ").append(dialect().stringLiteral(comment)));
        return sql.toString();
    }

    @Override
    protected List<String> addColumn(AddColumn add, TableLookup tables) {
        String definition = columnDefinition(add.tableName(), add.column());
        if (add.column().isPrimaryKey()) {
            definition += " PRIMARY KEY";
        }
        return List.of("ALTER TABLE " + name(add.tableName()) + " ADD COLUMN " + definition);
    }

    /**
     * A default change alone: {@code ALTER COLUMN ... SET/DROP DEFAULT}; a rename alone: {@code RENAME
     * COLUMN}; anything else restates the column: {@code CHANGE COLUMN} with a rename, else {@code
     * MODIFY COLUMN}.
     */
    @Override
    protected List<String> alterColumn(AlterColumn alter, TableLookup tables) {
        String table = name(alter.tableName());
        boolean restates = alter.type().isPresent()
                || alter.nullable().isPresent()
                || alter.comment().isPresent()
                || alter.identity().isPresent();
        if (!restates && alter.newName().isEmpty()) {
            Setting<String> change = alter.serverDefault().orElseThrow();
            return List.of("ALTER TABLE " + table + " ALTER COLUMN " + name(alter.column()) + " "
                    + change.value()
                            .map(value -> "SET DEFAULT " + defaultValue(value))
                            .orElse("DROP DEFAULT"));
        }
        if (!restates && alter.serverDefault().isEmpty()) {
            return List.of(renameColumn(
                    alter.tableName(), alter.column(), alter.newName().orElseThrow()));
        }
        Column column = restated(alter, tables);
        String definition = columnDefinition(alter.tableName(), column, true);
        if (alter.newName().isPresent()) {
            return List.of("ALTER TABLE " + table + " CHANGE COLUMN " + name(alter.column()) + " " + definition);
        }
        return List.of("ALTER TABLE " + table + " MODIFY COLUMN " + definition);
    }

    /** The whole column after the change, the unchanged parts from the operation or the live database. */
    private Column restated(AlterColumn alter, TableLookup tables) {
        Optional<Column> live = Optional.empty();
        boolean needsLive = (alter.type().isEmpty() && alter.existingType().isEmpty())
                || (alter.nullable().isEmpty() && alter.existingNullable().isEmpty())
                || (alter.serverDefault().isEmpty()
                        && alter.existingServerDefault().isEmpty())
                || (alter.comment().isEmpty() && alter.existingComment().isEmpty())
                || (alter.identity().isEmpty() && alter.existingIdentity().isEmpty());
        if (needsLive) {
            live = existingColumn(tables, alter.tableName(), alter.column());
        }
        Optional<Column> known = live;
        Optional<DataType> type = alter.type().or(alter::existingType).or(() -> known.map(Column::type));
        Optional<Boolean> nullable =
                alter.nullable().or(alter::existingNullable).or(() -> known.map(Column::isNullable));
        if (type.isEmpty() || nullable.isEmpty()) {
            throw unknownColumn(alter, tables, type.isEmpty(), nullable.isEmpty());
        }
        Optional<String> defaultSql = alter.serverDefault()
                .or(alter::existingServerDefault)
                .map(Setting::value)
                .orElseGet(() -> known.flatMap(Column::defaultSql));
        Optional<String> comment = alter.comment()
                .or(alter::existingComment)
                .map(Setting::value)
                .orElseGet(() -> known.flatMap(Column::comment));
        Identity identity = alter.identity()
                .or(alter::existingIdentity)
                .or(() -> known.map(Column::identity))
                .orElse(Identity.NONE);
        return new Column(alter.resultingName(), type.get(), nullable.get(), defaultSql, identity, false, comment);
    }

    private RenderException unknownColumn(AlterColumn alter, TableLookup tables, boolean noType, boolean noNullable) {
        String subject = alter.tableName() + "." + alter.column();
        String missing = noType && noNullable ? "type and nullability are" : noType ? "type is" : "nullability is";
        String pass = noType && noNullable
                ? "existingType(...) and existingNullable(...)"
                : noType ? "existingType(...)" : "existingNullable(...)";
        String where = tables.isOffline() ? "" : " (the database has no column " + subject + ")";
        return new RenderException(dialect().displayName() + " restates the whole column to change " + subject
                + ", and its existing " + missing + " not known" + where + ": pass " + pass
                + " to alterColumn" + (tables.isOffline() ? ", or run this revision online" : ""));
    }

    @Override
    protected List<String> setTableComment(SetTableComment comment, TableLookup tables) {
        return List.of("ALTER TABLE " + name(comment.tableName()) + " COMMENT = "
                + dialect().stringLiteral(comment.comment().value().orElse("")));
    }

    // ---- indexes

    /**
     * {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX name [USING BTREE|HASH|RTREE] ON table (...)}:
     * {@code CONCURRENTLY} is ignored (MariaDB builds indexes online where it can), partial indexes,
     * INCLUDE and expressions are refused.
     */
    @Override
    protected List<String> createIndex(CreateIndex create, TableLookup tables) {
        Index index = create.index();
        checkIndex(index);
        String method = index.method().map(m -> m.toUpperCase(Locale.ROOT)).orElse("BTREE");
        String kind = index.isUnique() ? "UNIQUE " : "";
        String using = "";
        switch (method) {
            case "BTREE" -> using = index.method().isPresent() ? " USING BTREE" : "";
            case "HASH", "RTREE" -> using = " USING " + method;
            case "FULLTEXT", "SPATIAL" -> kind = method + " ";
            default ->
                throw new RenderException(dialect().displayName() + " has no index method "
                        + index.method().get()
                        + ", so index " + index.name() + " on " + index.table()
                        + " cannot use it: use btree, hash, rtree, fulltext or spatial, or leave out using(...)");
        }
        return List.of("CREATE " + kind + "INDEX " + name(index.name()) + using + " ON " + name(index.table()) + " ("
                + indexElements(index) + ")");
    }

    /** A column, a column prefix ({@code name(10)}), or an expression (refused). */
    @Override
    protected String indexElement(Index index, String element) {
        Matcher prefix = PREFIX.matcher(element.strip());
        if (prefix.matches()) {
            String order =
                    prefix.group(3) == null ? "" : " " + prefix.group(3).strip().toUpperCase(Locale.ROOT);
            return name(prefix.group(1)) + "(" + prefix.group(2) + ")" + order;
        }
        return super.indexElement(index, element);
    }

    @Override
    protected List<String> dropIndex(DropIndex drop, TableLookup tables) {
        return List.of("DROP INDEX " + name(drop.name()) + " ON " + name(drop.tableName()));
    }

    // ---- constraints

    /**
     * Each kind its own way: {@code DROP PRIMARY KEY}, {@code DROP INDEX} for a unique constraint,
     * {@code DROP FOREIGN KEY}, and {@code DROP CONSTRAINT} for a check (MariaDB has no {@code DROP
     * CHECK}, which only MySQL knows; both know {@code DROP CONSTRAINT}). A foreign key's drop also
     * drops the index InnoDB made for it under its name, if there is one, which would otherwise stay
     * behind as an index nobody declared (and which the catalog reader leaves out while the key exists)
     * - unless another foreign key of the table may lean on it, or the key's columns are not known.
     */
    @Override
    protected List<String> dropConstraint(DropConstraint drop, TableLookup tables) {
        String prefix = "ALTER TABLE " + name(drop.tableName()) + " ";
        if (drop.kind() == Constraint.Kind.FOREIGN_KEY) {
            String dropKey = prefix + "DROP FOREIGN KEY " + name(drop.name());
            return ownIndexIsFree(drop, tables)
                    ? List.of(dropKey, prefix + "DROP INDEX IF EXISTS " + name(drop.name()))
                    : List.of(dropKey);
        }
        return List.of(
                switch (drop.kind()) {
                    case PRIMARY_KEY -> prefix + "DROP PRIMARY KEY";
                    case UNIQUE -> prefix + "DROP INDEX " + name(drop.name());
                    case FOREIGN_KEY -> prefix + "DROP FOREIGN KEY " + name(drop.name());
                    case CHECK -> prefix + "DROP CONSTRAINT " + name(drop.name());
                });
    }

    /**
     * Whether the index InnoDB made for the dropped key can go too: the key's columns are known (from
     * the operation or the table), and no other foreign key of the table starts with them.
     */
    private static boolean ownIndexIsFree(DropConstraint drop, TableLookup tables) {
        Optional<Table> table = tables.find(drop.tableName()).map(TableSnapshot::table);
        Optional<ForeignKey> dropped = drop.definition()
                .filter(ForeignKey.class::isInstance)
                .map(ForeignKey.class::cast)
                .or(() -> table.flatMap(found -> found.foreignKeys().stream()
                        .filter(key -> key.name().equals(Optional.of(drop.name())))
                        .findFirst()));
        if (dropped.isEmpty()) {
            return false;
        }
        List<String> columns = dropped.get().columns();
        return table.map(found -> found.foreignKeys().stream()
                        .filter(key -> !key.name().equals(Optional.of(drop.name())))
                        .noneMatch(key -> columns.size() >= key.columns().size()
                                && columns.subList(0, key.columns().size()).equals(key.columns())))
                .orElse(true);
    }
}
