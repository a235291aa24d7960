package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Retort#reset()} on each real database: tables tied by foreign keys both ways and a table
 * no migration made are all dropped, and head is applied again on the empty database.
 */
class ResetIT {
    @TempDir
    Path folder;

    abstract class Contract {
        abstract TestDatabase newDatabase();

        @Test
        void dropsTablesTiedByForeignKeysAndAppliesHeadAgain() throws Exception {
            TestDatabase database = newDatabase();
            Retort.init(folder.resolve("migrations"));
            Files.writeString(folder.resolve("migrations/versions/a1_tables.sql"), """
                    -- Revision: a1
                    -- Message: tables

                    -- migrate:upgrade
                    CREATE TABLE parent (id INTEGER PRIMARY KEY, favourite INTEGER);
                    CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));
                    ALTER TABLE parent ADD CONSTRAINT fk_parent_favourite FOREIGN KEY (favourite) REFERENCES child (id);

                    -- migrate:downgrade
                    DROP TABLE child;
                    DROP TABLE parent;
                    """);
            Retort retort = Retort.configure()
                    .scriptLocation(folder.resolve("migrations"))
                    .url(database.url())
                    .load();
            retort.upgrade("head");
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO parent (id) VALUES (1)");
                statement.execute("INSERT INTO child (id, parent_id) VALUES (1, 1)");
                statement.execute("CREATE TABLE leftover (id INTEGER)");
            }

            ResetResult reset = retort.reset();

            assertEquals(List.of("child", "leftover", "parent", "retort_history", "retort_version"), reset.dropped());
            assertEquals(List.of("a1"), reset.upgrade().endHeads());
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM parent")) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
            assertEquals(
                    List.of("a1"),
                    retort.current().heads().stream().map(RevisionInfo::id).toList());
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
}
