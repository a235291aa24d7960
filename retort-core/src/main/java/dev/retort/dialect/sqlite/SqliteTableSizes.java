package dev.retort.dialect.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The size on disk of each table, from SQLite's {@code dbstat} table where the library has it (the pages of each table and of its indexes), else nothing. Stateless. */
final class SqliteTableSizes {
    private static final String SIZES = "SELECT m.tbl_name, SUM(d.pgsize) FROM dbstat d"
            + " JOIN sqlite_master m ON m.name = d.name GROUP BY m.tbl_name";

    private SqliteTableSizes() {}

    static Map<String, Long> read(Connection connection) throws SQLException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(SIZES)) {
            while (rows.next()) {
                sizes.put(rows.getString(1), rows.getLong(2));
            }
        }
        return sizes;
    }
}
