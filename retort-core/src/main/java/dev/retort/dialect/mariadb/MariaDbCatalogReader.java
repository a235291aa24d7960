package dev.retort.dialect.mariadb;

import dev.retort.dialect.TableSnapshot;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DataType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one table of the current database from MariaDB's {@code information_schema}.
 *
 * <p>What MariaDB does not keep, or keeps its own way, reads as follows: the primary key has no name
 * (MariaDB calls every one {@code PRIMARY}); a unique index is a unique constraint, since MariaDB
 * does not tell them apart; the index InnoDB makes for a foreign key (named after it) is left out;
 * {@code RESTRICT}, which InnoDB treats as {@code NO ACTION} and reports when no action was given,
 * reads as {@code NO ACTION}; a {@code longtext} column with MariaDB's own {@code json_valid} check is
 * a JSON column, without that check; an enum is named after its column. Stateless.
 */
final class MariaDbCatalogReader {
    private static final String TABLE = "SELECT TABLE_COMMENT FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND TABLE_TYPE = 'BASE TABLE'";

    private static final String COLUMNS = "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
            + " COLUMN_COMMENT, GENERATION_EXPRESSION FROM information_schema.COLUMNS"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION";

    private static final String KEYS = "SELECT tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,"
            + " k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE"
            + " FROM information_schema.TABLE_CONSTRAINTS tc"
            + " JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
            + " AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
            + " AND r.TABLE_NAME = tc.TABLE_NAME AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.TABLE_NAME = ?"
            + " AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
            + " ORDER BY tc.CONSTRAINT_NAME, k.ORDINAL_POSITION";

    private static final String CHECKS =
            "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME";

    private static final String INDEXES = "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE"
            + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
            + " ORDER BY INDEX_NAME, SEQ_IN_INDEX";

    private static final String REFERENCING = "SELECT DISTINCT TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE"
            + " WHERE REFERENCED_TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = ? AND TABLE_NAME <> ?"
            + " ORDER BY TABLE_NAME";

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
        List<String> found = strings(connection, TABLE, name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String comment = found.get(0);
        Map<String, Key> keys = keys(connection, name);
        Map<String, String> checks = checks(connection, name);
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
        Table table = new Table(
                name,
                columns(connection, name, keyColumns, jsonColumns),
                primaryKey,
                uniques,
                foreignKeys,
                checkConstraints,
                comment.isEmpty() ? Optional.empty() : Optional.of(comment));
        List<String> referencing = strings(connection, REFERENCING, name, name);
        return Optional.of(new TableSnapshot(
                table, indexes(connection, name, keys), Map.of(), Map.of(), referencing, foreignKeyChecks(connection)));
    }

    private static List<Column> columns(
            Connection connection, String table, Set<String> keyColumns, Set<String> jsonColumns) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    DataType type = MariaDbTypes.fromCatalog(rows.getString(2), name, jsonColumns.contains(name));
                    String reported = rows.getString(4);
                    // MariaDB reports "no default" on a nullable column as the text NULL
                    Optional<String> defaultSql = reported == null || reported.equalsIgnoreCase("NULL")
                            ? Optional.empty()
                            : Optional.of(reported);
                    String extra = rows.getString(5).toLowerCase(Locale.ROOT);
                    String generation = rows.getString(7);
                    if (extra.contains("generated") && generation != null) {
                        String storage = extra.contains("virtual") ? "VIRTUAL" : "STORED";
                        type = DataType.raw(rows.getString(2) + " GENERATED ALWAYS AS (" + generation + ") " + storage);
                        defaultSql = Optional.empty();
                    }
                    String comment = rows.getString(6);
                    columns.add(new Column(
                            name,
                            type,
                            rows.getString(3).equals("YES"),
                            defaultSql,
                            extra.contains("auto_increment"),
                            keyColumns.contains(name),
                            comment == null || comment.isEmpty() ? Optional.empty() : Optional.of(comment)));
                }
            }
        }
        return columns;
    }

    private static Map<String, Key> keys(Connection connection, String table) throws SQLException {
        Map<String, Key> keys = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(KEYS)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Key key = keys.get(rows.getString(1));
                    if (key == null) {
                        key = new Key(
                                rows.getString(1),
                                rows.getString(2),
                                new ArrayList<>(),
                                rows.getString(4),
                                new ArrayList<>(),
                                rows.getString(6),
                                rows.getString(7));
                        keys.put(key.name(), key);
                    }
                    key.columns().add(rows.getString(3));
                    if (rows.getString(5) != null) {
                        key.referencedColumns().add(rows.getString(5));
                    }
                }
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

    private static Map<String, String> checks(Connection connection, String table) throws SQLException {
        Map<String, String> checks = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CHECKS)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    checks.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return checks;
    }

    /** The indexes that are neither the primary key, nor unique, nor made by InnoDB for a foreign key. */
    private static List<Index> indexes(Connection connection, String table, Map<String, Key> keys) throws SQLException {
        Map<String, List<String>> elements = new LinkedHashMap<>();
        Map<String, String> methods = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(INDEXES)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    Key key = keys.get(name);
                    if (rows.getInt(2) == 0 || (key != null && key.kind().equals("FOREIGN KEY"))) {
                        continue;
                    }
                    String element = rows.getString(3);
                    if (rows.getObject(4) != null) {
                        element += "(" + rows.getInt(4) + ")";
                    }
                    if ("D".equals(rows.getString(5))) {
                        element += " DESC";
                    }
                    elements.computeIfAbsent(name, ignored -> new ArrayList<>()).add(element);
                    methods.put(name, rows.getString(6).toLowerCase(Locale.ROOT));
                }
            }
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

    private static boolean foreignKeyChecks(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT @@foreign_key_checks")) {
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
