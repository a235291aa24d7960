package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.ExternalTool;
import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Retort#backup} on each real database: a file readable by its owner only that holds the
 * data, a default name beside the configuration, and no overwriting of an earlier backup.
 */
class BackupIT {
    @TempDir
    Path folder;

    abstract class Contract {
        abstract TestDatabase newDatabase();

        /** Checks that {@code backup} holds the table {@code items} with its three rows. */
        abstract void assertHoldsItems(Path backup) throws Exception;

        Retort retort(TestDatabase database) throws Exception {
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(20))");
                statement.execute("INSERT INTO items (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
            }
            Retort.init(folder.resolve("migrations"));
            return Retort.configure()
                    .scriptLocation(folder.resolve("migrations"))
                    .url(database.url())
                    .urlBase(folder)
                    .load();
        }

        @Test
        void writesAnOwnerOnlyCopyOfTheDataAndNeverOverwritesOne() throws Exception {
            Retort retort = retort(newDatabase());

            BackupResult backup = retort.backup(Optional.empty());

            assertTrue(
                    backup.file().startsWith(folder.resolve("backups")),
                    backup.file().toString());
            assertEquals(Files.size(backup.file()), backup.bytes());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.file())));
            assertHoldsItems(backup.file());

            RetortException again = assertThrows(
                    RetortException.class, () -> retort.backup(Optional.of(folder.relativize(backup.file()))));
            assertTrue(again.getMessage().contains("already exists"), again.getMessage());
            assertHoldsItems(backup.file());
        }
    }

    @Nested
    class Postgres extends Contract {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

        @Override
        TestDatabase newDatabase() {
            Assumptions.assumeTrue(
                    ExternalTool.find("pg_dump", "pg_restore").isPresent(), "pg_dump is not installed here");
            return POSTGRES.newDatabase();
        }

        @Override
        void assertHoldsItems(Path backup) throws Exception {
            Process restore = new ProcessBuilder(
                            "pg_restore", "--data-only", "--table=items", "--file=-", backup.toString())
                    .redirectErrorStream(true)
                    .start();
            String sql = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, restore.waitFor(), sql);
            assertTrue(sql.contains("COPY public.items (id, name) FROM stdin;\n1\ta\n2\tb\n3\tc\n"), sql);
        }
    }

    @Nested
    class MariaDb extends Contract {
        @RegisterExtension
        static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

        @Override
        TestDatabase newDatabase() {
            Assumptions.assumeTrue(
                    ExternalTool.find("mariadb-dump", "mysqldump").isPresent(), "mariadb-dump is not installed here");
            return MARIADB.newDatabase();
        }

        @Override
        void assertHoldsItems(Path backup) throws Exception {
            String sql = Files.readString(backup);
            assertTrue(sql.contains("CREATE TABLE `items`"), sql);
            assertTrue(sql.replaceAll("\\s+", "").contains("INSERTINTO`items`VALUES(1,'a'),(2,'b'),(3,'c');"), sql);
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

        @Override
        void assertHoldsItems(Path backup) throws Exception {
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup);
                    ResultSet rows = copy.createStatement().executeQuery("SELECT name FROM items ORDER BY id")) {
                List<String> names = new java.util.ArrayList<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                assertEquals(List.of("a", "b", "c"), names);
            }
        }
    }
}
