package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.TableSnapshot;
import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Retort#squash} on each real database: five revisions (tables, indexes, a foreign key, a
 * column added later, one revision after the squashed range) squashed up to the fourth. A fresh
 * database built from the baseline matches one built by the original scripts; a database that was
 * at the fourth before the squash runs only the later revision, with strict checksums on; and the
 * baseline's downgrade empties the database.
 */
class SquashIT {
    private static final List<String> BOOKKEEPING = List.of("retort_version", "retort_history");

    @TempDir
    Path folder;

    abstract class Contract {
        abstract TestDatabase newDatabase();

        private Path location() {
            return folder.resolve("migrations");
        }

        private void writeProject() throws IOException {
            Retort.init(location());
            script("r1_users.sql", "r1", "", """
                    CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(255) NOT NULL);
                    CREATE UNIQUE INDEX ix_users_email ON users (email);
                    INSERT INTO users (id, email) VALUES (1, 'admin@example.com');
                    """, "DROP TABLE users;");
            script("r2_posts.sql", "r2", "r1", """
                    CREATE TABLE posts (
                        id INTEGER NOT NULL PRIMARY KEY,
                        user_id INTEGER NOT NULL,
                        title VARCHAR(200),
                        CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
                    );
                    CREATE INDEX ix_posts_user ON posts (user_id);
                    """, "DROP TABLE posts;");
            script("r3_user_name.sql", "r3", "r2", """
                    ALTER TABLE users ADD COLUMN display_name VARCHAR(100);
                    """, "ALTER TABLE users DROP COLUMN display_name;");
            script("r4_tags.sql", "r4", "r3", """
                    CREATE TABLE tags (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(50) NOT NULL DEFAULT 'new');
                    CREATE INDEX ix_tags_label_id ON tags (label, id);
                    """, "DROP TABLE tags;");
            script("r5_comments.sql", "r5", "r4", """
                    CREATE TABLE comments (
                        id INTEGER NOT NULL PRIMARY KEY,
                        post_id INTEGER NOT NULL,
                        CONSTRAINT fk_comments_post FOREIGN KEY (post_id) REFERENCES posts (id)
                    );
                    """, "DROP TABLE comments;");
        }

        private void script(String file, String id, String parent, String upgrade, String downgrade)
                throws IOException {
            Files.writeString(
                    location().resolve("versions").resolve(file),
                    "-- Revision: " + id + "\n" + (parent.isEmpty() ? "" : "-- Revises: " + parent + "\n")
                            + "-- Message: " + file.replace(".sql", "") + "\n\n-- migrate:upgrade\n" + upgrade
                            + "\n-- migrate:downgrade\n" + downgrade + "\n");
        }

        private Retort retort(TestDatabase database, String format) {
            return Retort.configure()
                    .scriptLocation(location())
                    .url(database.url())
                    .format(format)
                    .strictChecksums(true)
                    .clock(ScriptProject.CLOCK)
                    .load();
        }

        @Test
        void theBaselineBuildsTheSameSchemaAndDatabasesAtTheTargetRunOnlyLaterRevisions() throws Exception {
            writeProject();
            TestDatabase original = newDatabase();
            retort(original, "sql").upgrade("head");
            TestDatabase atTarget = newDatabase();
            retort(atTarget, "sql").upgrade("r4");

            SquashResult result = retort(atTarget, "sql").squash(SquashRequest.to("r4"));

            assertEquals("r4", result.baseline());
            assertEquals(List.of("r1", "r2", "r3", "r4"), result.squashed());
            assertEquals(List.of("r1"), result.dataRevisions());
            assertEquals(List.of("r4"), result.databaseHeads());
            assertEquals(List.of("r4_squashed_baseline_up_to_r4.sql", "r5_comments.sql"), versionFiles(), "versions/");
            String baseline = Files.readString(result.written());
            assertTrue(baseline.contains("-- Squashes: r1, r2, r3\n"), baseline);
            assertTrue(baseline.contains("data statements (INSERT/UPDATE/DELETE)"), baseline);
            assertFalse(baseline.contains("retort_version"), baseline);
            assertFalse(baseline.contains("retort_history"), baseline);

            // (a) a fresh database from the baseline has the schema the original scripts built
            TestDatabase fresh = newDatabase();
            Retort freshRetort = retort(fresh, "sql");
            freshRetort.upgrade("head");
            assertSameSchema(original, fresh);

            // (b) the database at r4 before the squash runs only r5, strict checksums and all
            Retort atTargetRetort = retort(atTarget, "sql");
            assertEquals(List.of(), atTargetRetort.current().edited());
            MigrationResult upgraded = atTargetRetort.upgrade("head");
            assertEquals(
                    List.of("r5"),
                    upgraded.steps().stream().map(MigrationStepInfo::revision).toList());
            assertEquals(List.of("r1", "r2", "r3", "r4", "r5"), appliedUpgrades(atTarget));
            assertSameSchema(original, atTarget);

            // (c) the baseline's downgrade empties the database
            freshRetort.downgrade("base");
            assertEquals(List.of(), userTables(fresh));
        }

        @Test
        void aJavaProjectGetsAJavaBaselineThatBuildsTheSameSchema() throws Exception {
            writeProject();
            TestDatabase original = newDatabase();
            retort(original, "sql").upgrade("r4");

            SquashResult result = retort(original, "java").squash(SquashRequest.to("r4"));

            assertTrue(
                    result.written().getFileName().toString().endsWith(".java"),
                    result.written().toString());
            String baseline = Files.readString(result.written());
            assertTrue(baseline.contains("squashes = {\"r1\", \"r2\", \"r3\"}"), baseline);
            TestDatabase fresh = newDatabase();
            Retort freshRetort = retort(fresh, "java");
            freshRetort.upgrade("r4");
            assertSameSchema(original, fresh);
            freshRetort.downgrade("base");
            assertEquals(List.of(), userTables(fresh));
        }

        private List<String> versionFiles() throws IOException {
            try (Stream<Path> files = Files.list(location().resolve("versions"))) {
                return files.map(path -> path.getFileName().toString())
                        .filter(name -> !name.startsWith("."))
                        .sorted()
                        .toList();
            }
        }

        private void assertSameSchema(TestDatabase expected, TestDatabase actual) {
            SchemaComparison comparison = Retort.configure()
                    .scriptLocation(location())
                    .url(expected.url())
                    .load()
                    .diff("database", "url:" + actual.url());
            assertTrue(comparison.changes().isEmpty(), String.join("\n", comparison.changes()));
            assertTrue(comparison.warnings().isEmpty(), String.join("\n", comparison.warnings()));
            List<String> tables = userTables(expected);
            assertTrue(tables.containsAll(List.of("posts", "tags", "users")), tables.toString());
            assertEquals(tables, userTables(actual));
        }

        private List<String> userTables(TestDatabase database) {
            Dialect dialect = Dialects.installed().forUrl(database.url()).orElseThrow();
            try (Connection connection = database.open()) {
                return dialect.readSchema(connection).tables().stream()
                        .map(TableSnapshot::name)
                        .filter(name -> !BOOKKEEPING.contains(name))
                        .toList();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private List<String> appliedUpgrades(TestDatabase database) throws SQLException {
            List<String> revisions = new ArrayList<>();
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT revision FROM retort_history WHERE direction = 'upgrade' ORDER BY id")) {
                while (rows.next()) {
                    revisions.add(rows.getString(1));
                }
            }
            return revisions;
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
