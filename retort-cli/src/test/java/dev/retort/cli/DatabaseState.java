package dev.retort.cli;

import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a migrated database holds, read back so that two databases can be compared: every table
 * with its columns in order, the row count of each data table, the version table, and the history
 * as {@code revision direction status} lines in the order they were written.
 *
 * @param columns each table's columns, by table name (Retort's own tables included)
 * @param rowCounts the number of rows of each table that is not Retort's
 * @param versions the version table's rows, sorted
 * @param history the history rows, oldest first
 */
record DatabaseState(
        Map<String, List<String>> columns, Map<String, Long> rowCounts, List<String> versions, List<String> history) {
    static final String VERSION_TABLE = "retort_version";
    static final String HISTORY_TABLE = "retort_history";

    /** Reads {@code database}; the version and history tables must exist. */
    static DatabaseState read(TestDatabase database) throws SQLException {
        try (Connection connection = database.open()) {
            Map<String, List<String>> columns = new TreeMap<>();
            for (List<String> row : rows(connection, columnsQuery(database))) {
                columns.computeIfAbsent(row.get(0).toLowerCase(Locale.ROOT), table -> new ArrayList<>())
                        .add(row.get(1).toLowerCase(Locale.ROOT));
            }
            Map<String, Long> rowCounts = new TreeMap<>();
            for (String table : columns.keySet()) {
                if (!table.startsWith("retort_")) {
                    rowCounts.put(
                            table,
                            Long.valueOf(strings(connection, "SELECT COUNT(*) FROM " + table)
                                    .get(0)));
                }
            }
            List<String> versions = strings(connection, "SELECT version_num FROM " + VERSION_TABLE);
            versions.sort(null);
            List<String> history = new ArrayList<>();
            for (List<String> row :
                    rows(connection, "SELECT revision, direction, status FROM " + HISTORY_TABLE + " ORDER BY id")) {
                history.add(String.join(" ", row));
            }
            return new DatabaseState(columns, rowCounts, versions, history);
        }
    }

    /** The first column of every row {@code sql} returns from {@code database}. */
    static List<String> strings(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.open()) {
            return strings(connection, sql);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        for (List<String> row : rows(connection, sql)) {
            values.add(row.get(0));
        }
        return values;
    }

    private static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String columnsQuery(TestDatabase database) {
        return switch (database.kind()) {
            case POSTGRES ->
                "SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position";
            case MARIADB ->
                "SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() ORDER BY table_name, ordinal_position";
            case SQLITE ->
                "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p"
                        + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' ORDER BY m.name, p.cid";
        };
    }
}
