package dev.retort.dialect;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SQLite: the contract (its rebuilds are tested in {@code SqliteTableRebuildIT}). */
class SqliteSqlRendererIT extends SqlRendererContractIT {
    @RegisterExtension
    static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

    private static final Dialect DIALECT = Dialects.installed().named("sqlite").orElseThrow();

    @Override
    Dialect dialect() {
        return DIALECT;
    }

    @Override
    TestDatabase newDatabase() {
        return SQLITE.newDatabase();
    }

    @Override
    Map<String, String> reportedDefaults() {
        return Map.of(
                "name", "'nobody'",
                "score", "0",
                "active", "FALSE",
                "created_at", "CURRENT_TIMESTAMP",
                "mood", "'happy'");
    }
}
