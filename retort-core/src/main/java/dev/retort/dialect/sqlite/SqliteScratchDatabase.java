package dev.retort.dialect.sqlite;

import dev.retort.dialect.ScratchWork;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A private in-memory database, opened through the same driver and closed (so gone) afterwards.
 * Stateless.
 */
final class SqliteScratchDatabase {
    private SqliteScratchDatabase() {}

    static <T> T run(ScratchWork<T> work) throws SQLException {
        try (Connection scratch = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            return work.apply(scratch);
        }
    }
}
