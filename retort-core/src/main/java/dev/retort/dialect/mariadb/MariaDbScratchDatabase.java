package dev.retort.dialect.mariadb;

import dev.retort.dialect.ScratchDatabase;
import dev.retort.dialect.ScratchWork;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A scratch database on the same server, with the project database's default character set and
 * collation: created, made the connection's current database, used, and dropped afterwards
 * (MariaDB/MySQL cannot roll DDL back). Its name says when it was made
 * ({@link ScratchDatabase#newName()}). Stateless.
 */
final class MariaDbScratchDatabase {
    private MariaDbScratchDatabase() {}

    static <T> T run(Connection connection, ScratchWork<T> work) throws SQLException {
        String database = ScratchDatabase.newName();
        String previous = connection.getCatalog();
        try (Statement statement = connection.createStatement()) {
            String defaults = "";
            try (ResultSet row = statement.executeQuery("SELECT @@character_set_database, @@collation_database")) {
                if (row.next()) {
                    defaults = " CHARACTER SET " + row.getString(1) + " COLLATE " + row.getString(2);
                }
            }
            statement.execute("CREATE DATABASE `" + database + "`" + defaults);
        }
        try {
            connection.setCatalog(database);
            return work.apply(connection);
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
            if (previous != null) {
                connection.setCatalog(previous);
            }
        }
    }
}
