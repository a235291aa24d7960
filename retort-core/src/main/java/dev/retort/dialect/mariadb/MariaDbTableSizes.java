package dev.retort.dialect.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The size on disk of each table, from {@code information_schema.TABLES}: data and index length, as InnoDB estimates them. Stateless. */
final class MariaDbTableSizes {
    private static final String SIZES = "SELECT TABLE_NAME, DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'";

    private MariaDbTableSizes() {}

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
