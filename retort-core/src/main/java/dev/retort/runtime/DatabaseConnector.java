package dev.retort.runtime;

import dev.retort.dialect.ConnectionProblem;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcTarget;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Opens the JDBC connection for a database URL and, when that fails, says why in the user's words:
 * unreachable server, refused login, missing database, missing driver. Checks that the server is
 * the database the URL says it is.
 */
public final class DatabaseConnector {
    private DatabaseConnector() {}

    /**
     * Connects to {@code url}, naming the client {@code applicationName} where the database shows it.
     *
     * @throws ConnectionFailedException with a message naming the cause; the password never appears
     */
    public static Connection open(Dialect dialect, DatabaseUrl url, String applicationName) {
        JdbcTarget target = dialect.jdbcTarget(url, applicationName);
        Connection connection;
        try {
            connection = DriverManager.getConnection(target.url(), target.properties());
        } catch (SQLException e) {
            throw failure(dialect, url, e);
        }
        try {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!dialect.matchesProduct(product)) {
                connection.close();
                throw new ConnectionFailedException(
                        url + " is a " + product + " server, not " + dialect.displayName(),
                        "fix the scheme of the URL",
                        null);
            }
        } catch (SQLException e) {
            throw failure(dialect, url, e);
        }
        return connection;
    }

    /**
     * The message for a failed connection or write, with the password taken out of it and out of
     * the exception chain kept as its cause.
     */
    public static ConnectionFailedException failure(Dialect dialect, DatabaseUrl url, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Throwable cause = Redaction.of(e, url);
        if (message.startsWith("No suitable driver")) {
            return new ConnectionFailedException(
                    "no JDBC driver for " + dialect.displayName() + " is on the class path",
                    "add " + dialect.driverCoordinates() + " to the class path",
                    cause);
        }
        Optional<ConnectionProblem> problem = dialect.diagnose(e, url);
        if (problem.isPresent()) {
            return new ConnectionFailedException(
                    Redaction.of(problem.get().message(), url),
                    Redaction.of(problem.get().hint(), url),
                    cause);
        }
        return new ConnectionFailedException(
                "could not connect to " + url.redacted() + ": " + Redaction.of(message, url),
                "check the URL, and that the database server is running",
                cause);
    }
}
