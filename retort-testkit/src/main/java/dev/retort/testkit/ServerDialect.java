package dev.retort.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/** What differs between the database servers the kit talks to: defaults, hints and admin SQL. */
interface ServerDialect {
    static ServerDialect of(DatabaseKind kind) {
        switch (kind) {
            case POSTGRES:
                return new PostgresServerDialect();
            case MARIADB:
                return new MariaDbServerDialect();
            default:
                throw new IllegalArgumentException(kind.displayName() + " has no server");
        }
    }

    DatabaseKind kind();

    String defaultUrl();

    int defaultPort();

    /** The logins tried, in order, when the environment names no user. */
    List<Credentials> defaultLogins();

    /** The shell command that starts the server on a Debian machine like CI's. */
    String startCommand();

    /** Connection properties for {@code login} that give up after {@code seconds}. */
    Properties connectionProperties(Credentials login, int seconds);

    void createDatabase(Connection admin, String name) throws SQLException;

    /** Drops database {@code name}, ending any connection still open to it first. */
    void dropDatabase(Connection admin, String name) throws SQLException;

    /** How many client connections other than {@code admin} are open to database {@code name}. */
    int openConnections(Connection admin, String name) throws SQLException;
}
