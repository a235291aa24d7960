package dev.retort.dialect;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lease lock on MariaDB: the lock contract and the lease's own. */
class MariaDbLeaseLockIT extends LeaseLockContractIT {
    @RegisterExtension
    static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

    private static final Dialect DIALECT = Dialects.installed().named("mariadb").orElseThrow();

    @Override
    Dialect dialect() {
        return DIALECT;
    }

    @Override
    TestDatabase anotherDatabase() {
        return MARIADB.newDatabase();
    }
}
