package dev.retort.dialect.sqlite;

import dev.retort.dialect.TableSnapshot;
import dev.retort.dialect.sqlite.SqliteTableSql.ColumnSql;
import dev.retort.dialect.sqlite.SqliteTableSql.ForeignKeySql;
import dev.retort.schema.Column;
import dev.retort.schema.DataType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one table from SQLite: columns from {@code PRAGMA table_xinfo}, and what SQLite keeps only as
 * SQL (constraint names, checks, AUTOINCREMENT, deferrable foreign keys) from its {@code CREATE
 * TABLE} statement; its indexes and triggers with their original statements, so that a rebuild can
 * make them again exactly. A column's COLLATE becomes its type's collation; a generated column, or
 * a COLLATE on a type that has none, reads as a raw type that carries the clause. Stateless.
 */
final class SqliteCatalogReader {
    private static final String TABLE = "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name = ?";
    private static final String COLUMNS =
            "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo(?)" + " ORDER BY cid";
    private static final String PRIMARY_KEY = "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk";
    private static final String OBJECTS = "SELECT name, sql FROM sqlite_master"
            + " WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid";
    private static final String REFERENCING = "SELECT DISTINCT m.name FROM sqlite_master m,"
            + " pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = ? COLLATE NOCASE"
            + " AND m.name <> ? ORDER BY m.name";

    private SqliteCatalogReader() {}

    /** The table {@code name}, or empty. */
    static Optional<TableSnapshot> read(Connection connection, String name) throws SQLException {
        String tableName;
        SqliteTableSql definition;
        try (PreparedStatement statement = connection.prepareStatement(TABLE)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                tableName = rows.getString(1);
                definition = SqliteTableSql.parse(rows.getString(2));
            }
        }
        List<String> keyColumns = strings(connection, PRIMARY_KEY, tableName);
        Optional<PrimaryKey> primaryKey = keyColumns.isEmpty()
                ? Optional.empty()
                : Optional.of(new PrimaryKey(definition.primaryKeyName(), keyColumns));
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKeySql key : definition.foreignKeys()) {
            List<String> referenced = key.referencedColumns().isEmpty()
                    ? strings(connection, PRIMARY_KEY, key.referencedTable())
                    : key.referencedColumns();
            foreignKeys.add(new ForeignKey(
                    key.name(),
                    key.columns(),
                    key.referencedTable(),
                    referenced.size() == key.columns().size() ? referenced : key.columns(),
                    key.onDelete(),
                    key.onUpdate(),
                    key.deferrable(),
                    key.initiallyDeferred()));
        }
        Table table = new Table(
                tableName,
                columns(connection, tableName, definition, keyColumns),
                primaryKey,
                definition.uniques(),
                foreignKeys,
                definition.checks(),
                Optional.empty());
        Map<String, String> indexSql = objects(connection, "index", tableName);
        List<Index> indexes = new ArrayList<>();
        indexSql.forEach((index, sql) -> indexes.add(SqliteIndexSql.parse(index, tableName, sql)));
        return Optional.of(new TableSnapshot(
                table,
                indexes,
                indexSql,
                objects(connection, "trigger", tableName),
                strings(connection, REFERENCING, tableName, tableName),
                foreignKeysEnforced(connection)));
    }

    private static List<Column> columns(
            Connection connection, String table, SqliteTableSql definition, List<String> keyColumns)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    String declared = rows.getString(2);
                    Optional<ColumnSql> written = definition.column(name);
                    boolean primaryKey = rows.getInt(5) > 0;
                    boolean rowid = primaryKey && keyColumns.size() == 1 && declared.equalsIgnoreCase("INTEGER");
                    Optional<String> defaultSql = Optional.ofNullable(rows.getString(4));
                    DataType type = type(declared, written);
                    if (written.flatMap(ColumnSql::generated).isPresent()) {
                        defaultSql = Optional.empty();
                    }
                    columns.add(new Column(
                            name,
                            type,
                            rows.getInt(3) == 0 && !rowid,
                            defaultSql,
                            written.map(ColumnSql::autoIncrement).orElse(false) ? Identity.BY_DEFAULT : Identity.NONE,
                            primaryKey,
                            Optional.empty()));
                }
            }
        }
        return columns;
    }

    /** The column's type: its enum, its declared type with COLLATE or a generated clause, or the declared type. */
    private static DataType type(String declared, Optional<ColumnSql> written) {
        if (written.isEmpty()) {
            return SqliteTypes.fromDeclared(declared);
        }
        ColumnSql column = written.get();
        if (column.enumType().isPresent()) {
            return column.enumType().get();
        }
        if (column.collate().isEmpty() && column.generated().isEmpty()) {
            return SqliteTypes.fromDeclared(declared);
        }
        DataType base = SqliteTypes.fromDeclared(declared);
        if (column.generated().isEmpty() && base.isCollatable()) {
            return base.collate(collationName(column.collate().get()));
        }
        StringBuilder raw = new StringBuilder(declared.isBlank() ? "BLOB" : declared.strip());
        column.collate().ifPresent(collate -> raw.append(' ').append(collate));
        column.generated().ifPresent(generated -> raw.append(' ').append(generated));
        return DataType.raw(raw.toString());
    }

    /**
     * The collation a {@code COLLATE name} clause names, unquoted and in upper case: SQLite's collation
     * names ignore case ({@code nocase} is {@code NOCASE}).
     */
    private static String collationName(String clause) {
        String name = clause.strip().substring("COLLATE".length()).strip();
        if (name.length() > 1 && "\"`[".indexOf(name.charAt(0)) >= 0) {
            name = name.substring(1, name.length() - 1);
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** The name and SQL of each index or trigger on {@code table}, in the order they were made. */
    private static Map<String, String> objects(Connection connection, String type, String table) throws SQLException {
        Map<String, String> objects = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(OBJECTS)) {
            statement.setString(1, type);
            statement.setString(2, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    objects.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return objects;
    }

    private static boolean foreignKeysEnforced(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA foreign_keys")) {
            return rows.next() && rows.getInt(1) != 0;
        }
    }

    private static List<String> strings(Connection connection, String sql, String... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
