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
 * no migration made are all dropped, views, sequences, types and routines too, and head is applied
 * again on the empty database.
 */
class ResetIT {
    @TempDir
    Path folder;

    abstract class Contract {
        abstract TestDatabase newDatabase();

        /** Tables {@code parent} and {@code child} with foreign keys from each to the other. */
        String tablesTiedBothWays() {
            return "CREATE TABLE parent (id INTEGER PRIMARY KEY, favourite INTEGER);\n"
                    + "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));\n"
                    + "ALTER TABLE parent ADD CONSTRAINT fk_parent_favourite FOREIGN KEY (favourite) REFERENCES child (id);";
        }

        /** Statements making objects other than tables, in this database's SQL. */
        abstract String otherObjects();

        /** What reset reports for them, in the order it drops them. */
        abstract List<String> expectedObjects();

        @Test
        void dropsTheViewsSequencesTypesAndRoutinesTheMigrationsMadeSoHeadAppliesAgain() throws Exception {
            TestDatabase database = newDatabase();
            Retort.init(folder.resolve("migrations"));
            Files.writeString(
                    folder.resolve("migrations/versions/b1_objects.sql"),
                    "-- Revision: b1\n-- Message: objects\n\n-- migrate:upgrade\n"
                            + "CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER);\n"
                            + "CREATE VIEW rich_accounts AS SELECT id FROM accounts WHERE balance > 100;\n"
                            + otherObjects() + "\n\n-- migrate:downgrade\nDROP TABLE accounts;\n");
            Retort retort = Retort.configure()
                    .scriptLocation(folder.resolve("migrations"))
                    .url(database.url())
                    .load();
            retort.upgrade("head");

            ResetResult reset = retort.reset();

            assertEquals(List.of("accounts", "retort_history", "retort_version"), reset.dropped());
            assertEquals(expectedObjects(), reset.droppedObjects());
            assertEquals(List.of("b1"), reset.upgrade().endHeads());
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM rich_accounts")) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
        }

        @Test
        void dropsTablesTiedByForeignKeysAndAppliesHeadAgain() throws Exception {
            TestDatabase database = newDatabase();
            Retort.init(folder.resolve("migrations"));
            Files.writeString(folder.resolve("migrations/versions/a1_tables.sql"), """
                    -- Revision: a1
                    -- Message: tables

                    -- migrate:upgrade
                    %s

                    -- migrate:downgrade
                    DROP TABLE child;
                    DROP TABLE parent;
                    """.formatted(tablesTiedBothWays()));
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

        @Override
        String otherObjects() {
            return "CREATE SEQUENCE invoice_numbers;\n"
                    + "CREATE TYPE mood AS ENUM ('happy', 'sad');\n"
                    + "CREATE DOMAIN positive AS integer CHECK (VALUE > 0);\n"
                    + "CREATE FUNCTION add_one(i integer) RETURNS integer AS $$ SELECT i + 1 $$ LANGUAGE sql;";
        }

        @Override
        List<String> expectedObjects() {
            return List.of(
                    "sequence invoice_numbers",
                    "view rich_accounts",
                    "domain positive",
                    "type mood",
                    "function add_one(integer)");
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

        @Override
        String otherObjects() {
            return "CREATE SEQUENCE invoice_numbers;\n"
                    + "CREATE FUNCTION add_one(i INTEGER) RETURNS INTEGER DETERMINISTIC RETURN i + 1;";
        }

        @Override
        List<String> expectedObjects() {
            return List.of("sequence invoice_numbers", "view rich_accounts", "function add_one");
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

        /** SQLite adds no constraint to a table: the foreign key names the table made after it. */
        @Override
        String tablesTiedBothWays() {
            return "CREATE TABLE parent (id INTEGER PRIMARY KEY, favourite INTEGER REFERENCES child (id));\n"
                    + "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));";
        }

        @Override
        String otherObjects() {
            return "CREATE VIEW account_ids AS SELECT id FROM accounts;";
        }

        @Override
        List<String> expectedObjects() {
            return List.of("view account_ids", "view rich_accounts");
        }
    }
}
