package dev.retort.dialect;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lease lock on PostgreSQL: the lock contract and the lease's own. */
class PostgresLeaseLockIT extends LeaseLockContractIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    private static final Dialect DIALECT =
            Dialects.installed().named("postgresql").orElseThrow();

    @Override
    Dialect dialect() {
        return DIALECT;
    }

    @Override
    TestDatabase anotherDatabase() {
        return POSTGRES.newDatabase();
    }
}
