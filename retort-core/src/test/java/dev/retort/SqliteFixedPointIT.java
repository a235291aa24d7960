package dev.retort;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.DatabaseKind;
import dev.retort.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The autogenerate fixed point on the corpus's sqlite schemas. */
class SqliteFixedPointIT extends FixedPointContractIT {
    @RegisterExtension
    static final DatabaseExtension DATABASES = DatabaseExtension.sqlite();

    @Override
    String dialectName() {
        return "sqlite";
    }

    @Override
    TestDatabase newDatabase() {
        return DATABASES.newDatabase();
    }

    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }

    @Override
    Map<String, String> unsupported() {
        return Map.of();
    }
}
