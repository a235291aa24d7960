package dev.retort.dialect.mariadb;

import dev.retort.dialect.StandardSqlRenderer;
import dev.retort.dialect.TableSnapshot;
import dev.retort.dialect.mariadb.MariaDbCatalogRows.ColumnRow;
import dev.retort.dialect.mariadb.MariaDbCatalogRows.IndexRow;
import dev.retort.dialect.mariadb.MariaDbCatalogRows.KeyRow;
import dev.retort.dialect.mariadb.MariaDbCatalogRows.TableRow;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DataType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the base tables of the current database, all at once or one by name, from the rows
 * {@link MariaDbCatalogRows} fetches out of MariaDB's {@code information_schema}.
 *
 * <p>What MariaDB does not keep, or keeps its own way, reads as follows: the primary key has no name
 * (MariaDB calls every one {@code PRIMARY}); a unique index is a unique constraint, since MariaDB
 * does not tell them apart; the index InnoDB makes for a foreign key (named after it) is left out;
 * {@code RESTRICT}, which InnoDB treats as {@code NO ACTION} and reports when no action was given,
 * reads as {@code NO ACTION}; a {@code longtext} column with MariaDB's own {@code json_valid} check is
 * a JSON column, without that check; an enum is named after its column; a spatial index has no
 * column prefix (MariaDB reports 32 for each); the referencing tables are those of the current
 * database, since their names are not qualified. Stateless.
 */
final class MariaDbCatalogReader {
    private MariaDbCatalogReader() {}

    /** A key constraint as the catalog lists it, one row per column. */
    private record Key(
            String name,
            String kind,
            List<String> columns,
            String referencedTable,
            List<String> referencedColumns,
            String onDelete,
            String onUpdate) {}

    /** The table {@code name} of the current database, or empty. */
    static Optional<TableSnapshot> read(Connection connection, String name) throws SQLException {
        return read(connection, Optional.of(name)).stream().findFirst();
    }

    /** Every base table of the current database, in the catalog's name order, with nine queries in all. */
    static List<TableSnapshot> readAll(Connection connection) throws SQLException {
        return read(connection, Optional.empty());
    }

    private static List<TableSnapshot> read(Connection connection, Optional<String> only) throws SQLException {
        Map<String, TableRow> tableRows = MariaDbCatalogRows.tables(connection, only);
        if (tableRows.isEmpty()) {
            return List.of();
        }
        Map<String, List<KeyRow>> keys = MariaDbCatalogRows.keys(connection, only);
        Map<String, List<Map.Entry<String, String>>> checks = MariaDbCatalogRows.checks(connection, only);
        Map<String, List<ColumnRow>> columns = MariaDbCatalogRows.columns(connection, only);
        Map<String, List<IndexRow>> indexes = MariaDbCatalogRows.indexes(connection, only);
        Map<String, List<String>> referencing = MariaDbCatalogRows.referencing(connection, only);
        boolean foreignKeysEnforced = MariaDbCatalogRows.foreignKeyChecks(connection);
        List<TableSnapshot> tables = new ArrayList<>();
        for (Map.Entry<String, TableRow> table : tableRows.entrySet()) {
            String name = table.getKey();
            Map<String, Key> tableKeys = keys(keys.getOrDefault(name, List.of()));
            tables.add(new TableSnapshot(
                    table(
                            name,
                            table.getValue(),
                            tableKeys,
                            checks.getOrDefault(name, List.of()),
                            columns.getOrDefault(name, List.of())),
                    indexes(name, indexes.getOrDefault(name, List.of()), tableKeys),
                    Map.of(),
                    Map.of(),
                    referencing.getOrDefault(name, List.of()),
                    foreignKeysEnforced));
        }
        return tables;
    }

    private static Table table(
            String name,
            TableRow row,
            Map<String, Key> keys,
            List<Map.Entry<String, String>> checkRows,
            List<ColumnRow> columnRows) {
        Map<String, String> checks = new LinkedHashMap<>();
        checkRows.forEach(check -> checks.put(check.getKey(), check.getValue()));
        Set<String> jsonColumns = new HashSet<>();
        checks.entrySet().removeIf(check -> {
            boolean json = check.getValue().equals("json_valid(`" + check.getKey() + "`)");
            if (json) {
                jsonColumns.add(check.getKey());
            }
            return json;
        });
        Optional<PrimaryKey> primaryKey = keys.values().stream()
                .filter(key -> key.kind().equals("PRIMARY KEY"))
                .findFirst()
                .map(key -> new PrimaryKey(Optional.empty(), key.columns()));
        List<UniqueConstraint> uniques = keys.values().stream()
                .filter(key -> key.kind().equals("UNIQUE"))
                .map(key -> new UniqueConstraint(Optional.of(key.name()), key.columns()))
                .toList();
        List<ForeignKey> foreignKeys = keys.values().stream()
                .filter(key -> key.kind().equals("FOREIGN KEY"))
                .map(key -> new ForeignKey(
                        Optional.of(key.name()),
                        key.columns(),
                        key.referencedTable(),
                        key.referencedColumns(),
                        action(key.onDelete()),
                        action(key.onUpdate()),
                        false,
                        false))
                .toList();
        List<CheckConstraint> checkConstraints = checks.entrySet().stream()
                .map(check -> new CheckConstraint(Optional.of(check.getKey()), check.getValue()))
                .toList();
        Set<String> keyColumns =
                new HashSet<>(primaryKey.map(PrimaryKey::columns).orElse(List.of()));
        List<Column> columns = new ArrayList<>();
        for (ColumnRow column : columnRows) {
            columns.add(column(column, row.collation(), keyColumns, jsonColumns));
        }
        return new Table(
                name,
                columns,
                primaryKey,
                uniques,
                foreignKeys,
                checkConstraints,
                row.comment().isEmpty() ? Optional.empty() : Optional.of(row.comment()));
    }

    /** The column, with its collation where it is not {@code databaseCollation}, the database's default. */
    private static Column column(
            ColumnRow row, String databaseCollation, Set<String> keyColumns, Set<String> jsonColumns) {
        String name = row.name();
        DataType type = MariaDbTypes.fromCatalog(row.columnType(), name, jsonColumns.contains(name));
        String collation = row.collation();
        boolean ownCollation = collation != null && !collation.equals(databaseCollation) && type.isCollatable();
        if (ownCollation) {
            type = type.collate(collation);
        }
        String reported = row.defaultValue();
        // MariaDB reports "no default" on a nullable column as the text NULL
        Optional<String> defaultSql =
                reported == null || reported.equalsIgnoreCase("NULL") ? Optional.empty() : Optional.of(reported);
        String extra = row.extra().toLowerCase(Locale.ROOT);
        String generation = row.generation();
        if (extra.contains("generated") && generation != null) {
            String storage = extra.contains("virtual") ? "VIRTUAL" : "STORED";
            type = DataType.raw(row.columnType() + (ownCollation ? " COLLATE " + collation : "")
                    + " GENERATED ALWAYS AS (" + generation + ") " + storage);
            defaultSql = Optional.empty();
        }
        String comment = row.comment();
        return new Column(
                name,
                type,
                row.isNullable(),
                defaultSql,
                extra.contains("auto_increment") ? Identity.BY_DEFAULT : Identity.NONE,
                keyColumns.contains(name),
                comment == null || comment.isEmpty() ? Optional.empty() : Optional.of(comment));
    }

    /** The key constraints by name, from their rows in name and column order. */
    private static Map<String, Key> keys(List<KeyRow> rows) {
        Map<String, Key> keys = new LinkedHashMap<>();
        for (KeyRow row : rows) {
            Key key = keys.computeIfAbsent(
                    row.name(),
                    name -> new Key(
                            name,
                            row.kind(),
                            new ArrayList<>(),
                            row.referencedTable(),
                            new ArrayList<>(),
                            row.onDelete(),
                            row.onUpdate()));
            key.columns().add(row.column());
            if (row.referencedColumn() != null) {
                key.referencedColumns().add(row.referencedColumn());
            }
        }
        return keys;
    }

    /** RESTRICT, which InnoDB reports when no action was given, is NO ACTION there. */
    private static ReferentialAction action(String rule) {
        if (rule == null || rule.equals("RESTRICT") || rule.equals("NO ACTION")) {
            return ReferentialAction.NO_ACTION;
        }
        return ReferentialAction.valueOf(rule.replace(' ', '_'));
    }

    /** A column as an index element: as is when a plain name, else in double quotes (not an expression). */
    private static String elementName(String column) {
        return StandardSqlRenderer.isPlainName(column) ? column : "\"" + column.replace("\"", "\"\"") + "\"";
    }

    /** The indexes that are neither the primary key, nor unique, nor made by InnoDB for a foreign key. */
    private static List<Index> indexes(String table, List<IndexRow> rows, Map<String, Key> keys) {
        Map<String, List<String>> elements = new LinkedHashMap<>();
        Map<String, String> methods = new LinkedHashMap<>();
        for (IndexRow row : rows) {
            Key key = keys.get(row.name());
            if (row.isUnique() || (key != null && key.kind().equals("FOREIGN KEY"))) {
                continue;
            }
            String element = elementName(row.column());
            // MariaDB reports a sub-part of 32 on every spatial index column, which cannot be written back
            if (row.subPart() != 0 && !row.indexType().equals("SPATIAL")) {
                element += "(" + row.subPart() + ")";
            }
            if (row.isDescending()) {
                element += " DESC";
            }
            elements.computeIfAbsent(row.name(), ignored -> new ArrayList<>()).add(element);
            methods.put(row.name(), row.indexType().toLowerCase(Locale.ROOT));
        }
        List<Index> indexes = new ArrayList<>();
        elements.forEach((name, columns) -> {
            String method = methods.get(name);
            indexes.add(new Index(
                    name,
                    table,
                    columns,
                    false,
                    Optional.empty(),
                    List.of(),
                    method.equals("btree") ? Optional.empty() : Optional.of(method)));
        });
        return indexes;
    }
}
