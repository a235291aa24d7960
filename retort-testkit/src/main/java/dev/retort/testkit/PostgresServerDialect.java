package dev.retort.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/** PostgreSQL: trust auth on 127.0.0.1 as {@code postgres} (or {@code root}). Stateless. */
final class PostgresServerDialect implements ServerDialect {
    /** First major version with {@code DROP DATABASE ... WITH (FORCE)}. */
    private static final int FORCE_DROP_VERSION = 13;

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Override
    public String defaultUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/test";
    }

    @Override
    public int defaultPort() {
        return 5432;
    }

    @Override
    public List<Credentials> defaultLogins() {
        return List.of(new Credentials("postgres", ""), new Credentials("root", ""));
    }

    @Override
    public String startCommand() {
        return "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
    }

    @Override
    public Properties connectionProperties(Credentials login, int seconds) {
        Properties properties = new Properties();
        properties.setProperty("user", login.user());
        properties.setProperty("password", login.password());
        properties.setProperty("connectTimeout", Integer.toString(seconds));
        properties.setProperty("loginTimeout", Integer.toString(seconds));
        return properties;
    }

    @Override
    public void createDatabase(Connection admin, String name) throws SQLException {
        // template0: a fresh database must not inherit what someone added to template1, and
        // copying template0 does not fail while another session is connected to template1.
        execute(admin, "CREATE DATABASE " + name + " TEMPLATE template0");
    }

    @Override
    public void dropDatabase(Connection admin, String name) throws SQLException {
        if (admin.getMetaData().getDatabaseMajorVersion() >= FORCE_DROP_VERSION) {
            execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            return;
        }
        try (PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(pid)"
                + " FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            terminate.setString(1, name);
            terminate.executeQuery().close();
        }
        execute(admin, "DROP DATABASE IF EXISTS " + name);
    }

    @Override
    public int openConnections(Connection admin, String name) throws SQLException {
        // Only client backends: autovacuum workers visit new databases too.
        try (PreparedStatement count = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                + " WHERE datname = ? AND pid <> pg_backend_pid() AND backend_type = 'client backend'")) {
            count.setString(1, name);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void execute(Connection admin, String sql) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
