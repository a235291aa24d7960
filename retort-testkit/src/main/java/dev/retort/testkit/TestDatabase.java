package dev.retort.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One empty database made for a test: its name, how to connect with JDBC, and the URL a Retort
 * user would write for it. The kit drops it when its test class (or test) ends, so every
 * connection opened to it must be closed by then. Immutable and thread-safe.
 *
 * <pre>{@code
 * try (Connection connection = database.open()) {
 *     connection.createStatement().execute("CREATE TABLE t (id INT)");
 * }
 * retort.configure().url(database.url()) ...
 * }</pre>
 */
public final class TestDatabase {
    private final DatabaseKind kind;
    private final String name;
    private final String jdbcUrl;
    private final Credentials login;
    private final String url;

    TestDatabase(DatabaseKind kind, String name, String jdbcUrl, Credentials login, String url) {
        this.kind = kind;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.login = login;
        this.url = url;
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The database's name, e.g. {@code rt_postgres_dialect_it_k3v9x0qa}; for SQLite, the file name. */
    public String name() {
        return name;
    }

    /** The JDBC URL, without credentials: {@code jdbc:postgresql://127.0.0.1:5432/rt_...}. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The user to connect as; empty for SQLite. */
    public String user() {
        return login.user();
    }

    /** The password for {@link #user()}; often empty (trust auth, root without password, SQLite). */
    public String password() {
        return login.password();
    }

    /**
     * The URL as Retort's users write it: {@code postgresql://postgres@127.0.0.1:5432/rt_...},
     * {@code mariadb://root@127.0.0.1:3306/rt_...} (with {@code user:password@} when there is a
     * password), or {@code sqlite:////tmp/.../rt_....db}.
     */
    public String url() {
        return url;
    }

    /** Opens a new connection to this database; the caller closes it. */
    public Connection open() throws SQLException {
        if (login.user().isEmpty()) {
            return DriverManager.getConnection(jdbcUrl);
        }
        return DriverManager.getConnection(jdbcUrl, login.user(), login.password());
    }

    @Override
    public String toString() {
        return kind.displayName() + " database '" + name + "' at " + jdbcUrl + " as " + login;
    }
}
