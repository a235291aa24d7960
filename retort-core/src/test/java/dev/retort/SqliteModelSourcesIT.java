package dev.retort;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SQLite: scratch databases are private in-memory databases. */
class SqliteModelSourcesIT extends ModelSourcesContractIT {
    @RegisterExtension
    static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

    @Override
    String dialectName() {
        return "sqlite";
    }

    @Override
    TestDatabase newDatabase() {
        return SQLITE.newDatabase();
    }

    @Override
    List<String> leftovers(Connection connection) {
        return List.of();
    }

    @Override
    String otherKindUrl() {
        return "postgresql://localhost/other";
    }
}
