package dev.retort.dialect.sqlite;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A backup through SQLite's online backup: a consistent copy page by page while others keep
 * writing, through the driver's {@code backup to} command. Stateless.
 */
final class SqliteBackup {
    private SqliteBackup() {}

    static void write(Connection connection, Path target) throws IOException, SQLException {
        String file = target.toAbsolutePath().toString();
        if (file.contains("\"")) {
            throw new IOException("the backup path " + file + " contains a double quote, which SQLite's backup"
                    + " command cannot take; choose another with --to");
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("backup to \"" + file + "\"");
        }
    }
}
