package dev.retort.dialect.postgres;

import dev.retort.dialect.ScratchWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A scratch schema inside a transaction that is always rolled back: created, put first on the
 * search path (before {@code public}, so extensions' functions and types still resolve), used, and
 * gone with the rollback, even when the process dies half-way. Stateless.
 */
final class PostgresScratchSchema {
    private PostgresScratchSchema() {}

    static <T> T run(Connection connection, ScratchWork<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            String schema = "retort_scratch_"
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
                statement.execute("SET LOCAL search_path TO " + schema + ", public");
            }
            return work.apply(connection);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }
}
