package dev.retort.dialect;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MariaDB's user lock ({@code GET_LOCK}): the contract. */
class MariaDbLockIT extends LockContractIT {
    @RegisterExtension
    static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

    private static final Dialect DIALECT = Dialects.installed().named("mariadb").orElseThrow();

    @Override
    Contender contender(TestDatabase database, String name) throws SQLException {
        Connection connection = connect(database, new Properties());
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT CONNECTION_ID()")) {
            rows.next();
            // The holder is shown by its connection id, with user and host from the process list.
            String mark = "connection " + rows.getLong(1) + " (";
            return new Contender(DIALECT.lock(connection, name), mark, List.of(connection));
        }
    }

    @Override
    TestDatabase anotherDatabase() {
        return MARIADB.newDatabase();
    }

    @Override
    List<String> holderArguments(TestDatabase database, String name) {
        return arguments("native", DIALECT.name(), database, name, Duration.ZERO);
    }

    @Override
    Duration freedAfterKill() {
        return Duration.ofSeconds(5);
    }
}
