package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link Retort#info()} on each real database: server, tables with rows, indexes and sizes. */
class DatabaseInfoIT {
    @TempDir
    Path folder;

    abstract class Contract {
        abstract TestDatabase newDatabase();

        @Test
        void tablesWithTheirRowsIndexesAndSizesAndNoRevisionYet() throws Exception {
            TestDatabase database = newDatabase();
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(20))");
                statement.execute("CREATE INDEX ix_items_name ON items (name)");
                statement.execute("INSERT INTO items (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
            }
            Retort.init(folder.resolve("migrations"));
            Retort retort = Retort.configure()
                    .scriptLocation(folder.resolve("migrations"))
                    .url(database.url())
                    .load();

            DatabaseInfo info = retort.info();

            assertFalse(info.serverVersion().isBlank());
            assertTrue(info.database().endsWith(database.name()), info.database());
            DatabaseInfo.Table items = info.tables().stream()
                    .filter(table -> table.name().equals("items"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(3, items.rows());
            assertEquals(List.of("ix_items_name"), items.indexes());
            assertTrue(items.bytes().orElseThrow() > 0, items.toString());
            assertEquals(List.of(), info.current());
            assertEquals(List.of(), info.heads());
        }
    }

    @Nested
    class Postgres extends Contract {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

        @Override
        TestDatabase newDatabase() {
            return POSTGRES.newDatabase();
        }
    }

    @Nested
    class MariaDb extends Contract {
        @RegisterExtension
        static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

        @Override
        TestDatabase newDatabase() {
            return MARIADB.newDatabase();
        }
    }

    @Nested
    class Sqlite extends Contract {
        @RegisterExtension
        static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

        @Override
        TestDatabase newDatabase() {
            return SQLITE.newDatabase();
        }
    }
}
