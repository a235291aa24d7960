package dev.retort;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.DatabaseKind;
import dev.retort.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The autogenerate fixed point on the corpus's mariadb schemas. */
class MariaDbFixedPointIT extends FixedPointContractIT {
    @RegisterExtension
    static final DatabaseExtension DATABASES = DatabaseExtension.mariadb();

    @Override
    String dialectName() {
        return "mariadb";
    }

    @Override
    TestDatabase newDatabase() {
        return DATABASES.newDatabase();
    }

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    Map<String, String> unsupported() {
        return Map.of();
    }
}
