package dev.retort.dialect.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The size on disk of each table, from PostgreSQL's {@code pg_total_relation_size}: heap, indexes and TOAST. Stateless. */
final class PostgresTableSizes {
    private static final String SIZES =
            "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')";

    private PostgresTableSizes() {}

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
