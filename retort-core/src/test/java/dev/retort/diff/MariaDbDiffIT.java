package dev.retort.diff;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The diff contract on MariaDB, where InnoDB makes an index for a foreign key under its name: the
 * catalog reader leaves it out while the key exists, and dropping the key drops it too, so a diff
 * applied and reverted settles.
 */
class MariaDbDiffIT extends SchemaDiffIT {
    @RegisterExtension
    static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

    private static final Dialect DIALECT = Dialects.installed().named("mariadb").orElseThrow();

    @Override
    Dialect dialect() {
        return DIALECT;
    }

    @Override
    String collation() {
        return "utf8mb4_bin";
    }

    @Override
    TestDatabase newDatabase() {
        return MARIADB.newDatabase();
    }
}
