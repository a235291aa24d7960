package dev.retort.diff;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The diff contract on SQLite. */
class SqliteDiffIT extends SchemaDiffIT {
    @RegisterExtension
    static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

    private static final Dialect DIALECT = Dialects.installed().named("sqlite").orElseThrow();

    @Override
    Dialect dialect() {
        return DIALECT;
    }

    @Override
    String collation() {
        return "NOCASE";
    }

    @Override
    TestDatabase newDatabase() {
        return SQLITE.newDatabase();
    }
}
