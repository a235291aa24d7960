package dev.retort.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * MariaDB: {@code root} with no password over TCP, or the {@code retort}/{@code retort} user that
 * {@code .ci/run} creates where root may log in only over the socket. Stateless.
 */
final class MariaDbServerDialect implements ServerDialect {
    /** ER_NO_SUCH_THREAD: "Unknown thread id". */
    private static final int UNKNOWN_THREAD = 1094;

    private static final String OTHER_CONNECTIONS =
            "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()";

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    public String defaultUrl() {
        return "jdbc:mariadb://127.0.0.1:3306/test";
    }

    @Override
    public int defaultPort() {
        return 3306;
    }

    @Override
    public List<Credentials> defaultLogins() {
        return List.of(new Credentials("root", ""), new Credentials("retort", "retort"));
    }

    @Override
    public String startCommand() {
        return "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd";
    }

    @Override
    public Properties connectionProperties(Credentials login, int seconds) {
        Properties properties = new Properties();
        properties.setProperty("user", login.user());
        properties.setProperty("password", login.password());
        properties.setProperty("connectTimeout", Integer.toString(seconds * 1000));
        return properties;
    }

    @Override
    public void createDatabase(Connection admin, String name) throws SQLException {
        execute(admin, "CREATE DATABASE " + name);
    }

    @Override
    public void dropDatabase(Connection admin, String name) throws SQLException {
        // A leaked connection holding a metadata lock would make DROP DATABASE wait for it.
        for (long id : otherConnections(admin, name)) {
            try {
                execute(admin, "KILL CONNECTION " + id);
            } catch (SQLException e) {
                // It ended between the query and the KILL, which is what we wanted.
                if (e.getErrorCode() != UNKNOWN_THREAD) {
                    throw e;
                }
            }
        }
        execute(admin, "DROP DATABASE IF EXISTS " + name);
    }

    @Override
    public int openConnections(Connection admin, String name) throws SQLException {
        return otherConnections(admin, name).size();
    }

    private static List<Long> otherConnections(Connection admin, String name) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = admin.prepareStatement(OTHER_CONNECTIONS)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void execute(Connection admin, String sql) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
