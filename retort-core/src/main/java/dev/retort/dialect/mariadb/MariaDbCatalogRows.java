package dev.retort.dialect.mariadb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of MariaDB's {@code information_schema} that describe the base tables of the current
 * database, each kind read with one query and grouped by table name: for every table at once, or
 * for one table when {@code only} names it. The same queries answer both, so that reading one table
 * and reading them all cannot disagree. Every query is filtered by schema, since MariaDB's catalog
 * opens every database's tables otherwise. Stateless.
 */
final class MariaDbCatalogRows {
    private static final CatalogQuery TABLES = new CatalogQuery(
            "SELECT TABLE_NAME, TABLE_COMMENT, @@collation_database FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'",
            "TABLE_NAME",
            "TABLE_NAME");

    private static final CatalogQuery COLUMNS = new CatalogQuery(
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT,"
                    + " GENERATION_EXPRESSION, COLLATION_NAME FROM information_schema.COLUMNS"
                    + " WHERE TABLE_SCHEMA = DATABASE()",
            "TABLE_NAME",
            "TABLE_NAME, ORDINAL_POSITION");

    private static final CatalogQuery CONSTRAINTS = new CatalogQuery(
            "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')",
            "TABLE_NAME",
            "TABLE_NAME, CONSTRAINT_NAME");

    private static final CatalogQuery KEY_COLUMNS = new CatalogQuery(
            "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
                    + " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()",
            "TABLE_NAME",
            "TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION");

    private static final CatalogQuery RULES = new CatalogQuery(
            "SELECT TABLE_NAME, CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = DATABASE()",
            "TABLE_NAME",
            "TABLE_NAME, CONSTRAINT_NAME");

    private static final CatalogQuery CHECKS = new CatalogQuery(
            "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = DATABASE()",
            "TABLE_NAME",
            "TABLE_NAME, CONSTRAINT_NAME");

    private static final CatalogQuery INDEXES = new CatalogQuery(
            "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE"
                    + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()",
            "TABLE_NAME",
            "TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX");

    /** The tables of this database with foreign keys to each table, a table's own self-references left out. */
    private static final CatalogQuery REFERENCING = new CatalogQuery(
            "SELECT DISTINCT REFERENCED_TABLE_NAME, TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME <> REFERENCED_TABLE_NAME",
            "REFERENCED_TABLE_NAME",
            "REFERENCED_TABLE_NAME, TABLE_NAME");

    private MariaDbCatalogRows() {}

    /**
     * One query over a catalog view whose first column is the table a row describes.
     *
     * @param select the query up to its last {@code WHERE} condition
     * @param tableColumn the column that names the table, to filter on for one table
     * @param orderBy the order of the rows, the table name first
     */
    private record CatalogQuery(String select, String tableColumn, String orderBy) {
        String sql(Optional<String> only) {
            return select + (only.isPresent() ? " AND " + tableColumn + " = ?" : "") + " ORDER BY " + orderBy;
        }
    }

    /** A column as {@code information_schema.COLUMNS} lists it. */
    record ColumnRow(
            String name,
            String columnType,
            boolean isNullable,
            String defaultValue,
            String extra,
            String comment,
            String generation,
            String collation) {}

    /**
     * A base table's comment, and the database's default collation: a text column's collation is
     * modelled where it is another (a table's own default is not modelled, so its columns are
     * compared by what they have).
     */
    record TableRow(String comment, String collation) {}

    /** One column of a key constraint, with the rules of a foreign key. */
    record KeyRow(
            String name,
            String kind,
            String column,
            String referencedTable,
            String referencedColumn,
            String onDelete,
            String onUpdate) {}

    /** One column of an index as {@code information_schema.STATISTICS} lists it; {@code subPart} is 0 for none. */
    record IndexRow(
            String name, boolean isUnique, String column, int subPart, boolean isDescending, String indexType) {}

    /** The base tables with their comments and the database's default collation, in the catalog's name order. */
    static Map<String, TableRow> tables(Connection connection, Optional<String> only) throws SQLException {
        Map<String, TableRow> tables = new LinkedHashMap<>();
        for (Map.Entry<String, List<TableRow>> table : grouped(
                        connection, TABLES, only, rows -> new TableRow(rows.getString(2), rows.getString(3)))
                .entrySet()) {
            tables.put(table.getKey(), table.getValue().get(0));
        }
        return tables;
    }

    static Map<String, List<ColumnRow>> columns(Connection connection, Optional<String> only) throws SQLException {
        return grouped(
                connection,
                COLUMNS,
                only,
                rows -> new ColumnRow(
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4).equals("YES"),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getString(9)));
    }

    /**
     * Each table's key constraints, one row per column in constraint name and column order. Three
     * queries joined here, not one joined in SQL: MariaDB applies the schema and table filters only to
     * the first catalog view of a join, and reads every database for the others.
     */
    static Map<String, List<KeyRow>> keys(Connection connection, Optional<String> only) throws SQLException {
        Map<String, Map<String, String>> kinds = byConstraint(
                grouped(connection, CONSTRAINTS, only, rows -> Map.entry(rows.getString(2), rows.getString(3))));
        Map<String, Map<String, Map.Entry<String, String>>> rules = byConstraint(grouped(
                connection,
                RULES,
                only,
                rows -> Map.entry(rows.getString(2), Map.entry(rows.getString(3), rows.getString(4)))));
        Map<String, List<KeyRow>> keys = new LinkedHashMap<>();
        grouped(connection, KEY_COLUMNS, only, MariaDbCatalogRows::keyColumn).forEach((table, columns) -> {
            for (KeyRow column : columns) {
                String kind = kinds.getOrDefault(table, Map.of()).get(column.name());
                if (kind == null) {
                    continue;
                }
                Map.Entry<String, String> rule =
                        rules.getOrDefault(table, Map.of()).get(column.name());
                keys.computeIfAbsent(table, name -> new ArrayList<>())
                        .add(new KeyRow(
                                column.name(),
                                kind,
                                column.column(),
                                column.referencedTable(),
                                column.referencedColumn(),
                                rule == null ? null : rule.getKey(),
                                rule == null ? null : rule.getValue()));
            }
        });
        return keys;
    }

    /** A row of {@code KEY_COLUMN_USAGE}, its kind and rules not known yet. */
    private static KeyRow keyColumn(ResultSet rows) throws SQLException {
        return new KeyRow(rows.getString(2), null, rows.getString(3), rows.getString(4), rows.getString(5), null, null);
    }

    private static <T> Map<String, Map<String, T>> byConstraint(Map<String, List<Map.Entry<String, T>>> rows) {
        Map<String, Map<String, T>> tables = new LinkedHashMap<>();
        rows.forEach((table, constraints) -> {
            Map<String, T> byName = new LinkedHashMap<>();
            constraints.forEach(constraint -> byName.put(constraint.getKey(), constraint.getValue()));
            tables.put(table, byName);
        });
        return tables;
    }

    /** Each table's check constraints, as name and clause. */
    static Map<String, List<Map.Entry<String, String>>> checks(Connection connection, Optional<String> only)
            throws SQLException {
        return grouped(connection, CHECKS, only, rows -> Map.entry(rows.getString(2), rows.getString(3)));
    }

    static Map<String, List<IndexRow>> indexes(Connection connection, Optional<String> only) throws SQLException {
        return grouped(
                connection,
                INDEXES,
                only,
                rows -> new IndexRow(
                        rows.getString(2),
                        rows.getInt(3) == 0,
                        rows.getString(4),
                        rows.getInt(5),
                        "D".equals(rows.getString(6)),
                        rows.getString(7)));
    }

    /** For each table, the other tables of the database with foreign keys to it, in name order. */
    static Map<String, List<String>> referencing(Connection connection, Optional<String> only) throws SQLException {
        return grouped(connection, REFERENCING, only, rows -> rows.getString(2));
    }

    /** Whether the session enforces foreign keys. */
    static boolean foreignKeyChecks(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT @@foreign_key_checks")) {
            return rows.next() && rows.getInt(1) != 0;
        }
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> Map<String, List<T>> grouped(
            Connection connection, CatalogQuery query, Optional<String> only, RowReader<T> reader) throws SQLException {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(query.sql(only))) {
            if (only.isPresent()) {
                statement.setString(1, only.get());
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    groups.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                            .add(reader.read(rows));
                }
            }
        }
        return groups;
    }
}
