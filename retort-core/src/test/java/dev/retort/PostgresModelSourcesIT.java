package dev.retort;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PostgreSQL: scratch schemas live in a transaction that is rolled back. */
class PostgresModelSourcesIT extends ModelSourcesContractIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    @Override
    String dialectName() {
        return "postgresql";
    }

    @Override
    TestDatabase newDatabase() {
        return POSTGRES.newDatabase();
    }

    @Override
    List<String> leftovers(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'retort_scratch%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @Override
    String otherKindUrl() {
        return "sqlite:///other.db";
    }
}
