package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.Operation;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testkit.CorpusSchemas;
import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MariaDB's {@code readSchema} reads the whole database with a few bulk catalog queries, and reads
 * every table exactly as {@code readTable} does: on the real schemas of the shared corpus, on a
 * table of everything odd MariaDB has, and on a generated schema of 300 tables.
 */
class MariaDbSchemaReaderIT {
    @RegisterExtension
    static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

    private static final Dialect DIALECT = Dialects.installed().named("mariadb").orElseThrow();

    @ParameterizedTest
    @ValueSource(strings = {"chinook", "employees", "employees_partitioned", "pimcore", "sakila"})
    void readsEveryCorpusTableAsReadTableDoes(String schema) throws Exception {
        assumeTrue(CorpusSchemas.folder().isPresent(), CorpusSchemas::missing);
        TestDatabase database = MARIADB.newDatabase();
        CorpusSchemas.load(database, schema);
        try (Connection connection = database.open()) {
            long started = System.nanoTime();
            SchemaSnapshot read = DIALECT.readSchema(connection);
            long elapsed = System.nanoTime() - started;
            System.out.printf(
                    "readSchema of %s: %d tables in %d ms%n",
                    schema, read.tables().size(), elapsed / 1_000_000);

            assertEquals(baseTables(connection), read.schema().tableNames());
            for (String table : baseTables(connection)) {
                assertEquals(DIALECT.readTable(connection, table), read.find(table), schema + "." + table);
            }
            assertRoundTrip(read);
        }
    }

    @Test
    void readsOddTablesAsReadTableDoesAndLeavesOutViewsAndSequences() throws SQLException {
        TestDatabase database = MARIADB.newDatabase();
        String elsewhere = MARIADB.newDatabase().name();
        try (Connection connection = database.open()) {
            execute(
                    connection,
                    "CREATE TABLE parent (id INT PRIMARY KEY, code CHAR(3) UNIQUE) COMMENT 'the parent'",
                    "CREATE TABLE odd (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                            + " parent_id INT, code CHAR(3), self_id BIGINT,"
                            + " price DECIMAL(10,2) NOT NULL DEFAULT 0 COMMENT 'in cents',"
                            + " doubled DECIMAL(11,2) AS (price * 2) VIRTUAL,"
                            + " tripled DECIMAL(12,2) AS (price * 3) PERSISTENT,"
                            + " body JSON, title VARCHAR(200), notes TEXT, place POINT NOT NULL,"
                            + " mood ENUM('it''s', 'ok') DEFAULT 'ok', flags SET('a','b'), raw_bits BIT(3),"
                            + " created TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),"
                            + " CONSTRAINT fk_odd_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE,"
                            + " CONSTRAINT fk_odd_code FOREIGN KEY (code) REFERENCES parent (code) ON UPDATE SET NULL,"
                            + " CONSTRAINT fk_odd_self FOREIGN KEY (self_id) REFERENCES odd (id),"
                            + " CONSTRAINT ck_odd_price CHECK (price >= 0),"
                            + " UNIQUE KEY uq_odd_title_code (title, code),"
                            + " KEY ix_odd_title (title(20) DESC, price),"
                            + " KEY ix_odd_notes (notes(50)) USING HASH,"
                            + " FULLTEXT KEY ft_odd_notes (title, notes),"
                            + " SPATIAL KEY sp_odd_place (place))",
                    "CREATE TABLE `Mixed Case` (`Id` INT PRIMARY KEY, `odd ref` BIGINT,"
                            + " FOREIGN KEY (`odd ref`) REFERENCES odd (id))",
                    "CREATE TABLE parted (id INT NOT NULL, day DATE NOT NULL, PRIMARY KEY (id, day))"
                            + " PARTITION BY RANGE COLUMNS (day) (PARTITION p1 VALUES LESS THAN ('2020-01-01'),"
                            + " PARTITION p2 VALUES LESS THAN (MAXVALUE))",
                    "CREATE TABLE memo (id INT PRIMARY KEY, note VARCHAR(10)) ENGINE=MyISAM",
                    "CREATE VIEW odd_view AS SELECT id, title FROM odd",
                    "CREATE SEQUENCE odd_sequence",
                    "CREATE TABLE `" + elsewhere + "`.child (id INT PRIMARY KEY, parent_id INT,"
                            + " FOREIGN KEY (parent_id) REFERENCES `" + database.name() + "`.parent (id))");

            SchemaSnapshot read = DIALECT.readSchema(connection);

            assertEquals(
                    List.of("memo", "Mixed Case", "odd", "parent", "parted"),
                    read.schema().tableNames());
            assertEquals(baseTables(connection), read.schema().tableNames());
            for (String table : baseTables(connection)) {
                assertEquals(DIALECT.readTable(connection, table), read.find(table), table);
            }
            assertEquals(List.of("Mixed Case"), read.find("odd").orElseThrow().referencingTables());
            // child, in another database, is not a table of this one
            assertEquals(List.of("odd"), read.find("parent").orElseThrow().referencingTables());
            assertRoundTrip(read);
            execute(connection, "DROP TABLE `" + elsewhere + "`.child");
        }
    }

    /**
     * 300 tables, each with a primary key, a foreign key, an index and a comment. The bulk read's
     * number of queries is asserted, not its time: the session's {@code Com_select} counter is exact on
     * a busy machine, where a time ratio could flake. The times are printed for the record, and the
     * bulk read must merely be faster than the loop.
     */
    @Test
    void columnsKeepTheirCharacterSetsWhereTheyAreNotTheDatabasesDefault() throws SQLException {
        TestDatabase database = MARIADB.newDatabase();
        try (Connection connection = database.open()) {
            execute(
                    connection,
                    "ALTER DATABASE `" + database.name() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci",
                    "CREATE TABLE legacy (id INT PRIMARY KEY, name VARCHAR(40), code VARCHAR(8) COLLATE latin1_bin)"
                            + " DEFAULT CHARSET=latin1",
                    "CREATE TABLE modern (id INT PRIMARY KEY, name VARCHAR(40), tag VARCHAR(8) COLLATE utf8mb4_bin)");

            Schema read = DIALECT.readSchema(connection).schema();

            assertEquals(List.of("latin1_swedish_ci", "latin1_bin"), collations(read, "legacy", "name", "code"));
            assertEquals(List.of("", "utf8mb4_bin"), collations(read, "modern", "name", "tag"));
            assertRoundTrip(DIALECT.readSchema(connection));
        }
    }

    private static List<String> collations(Schema schema, String table, String... columns) {
        Table found = schema.table(table).orElseThrow();
        return java.util.Arrays.stream(columns)
                .map(column -> found.column(column).orElseThrow().type().collation())
                .toList();
    }

    @Test
    void readsAGeneratedSchemaOf300TablesWithAFewQueries() throws SQLException {
        int count = 300;
        try (Connection connection = MARIADB.newDatabase().open()) {
            List<String> statements = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String parent = i == 0 ? "t_000" : String.format("t_%03d", i - 1);
                statements.add(String.format(
                        "CREATE TABLE t_%03d (id INT PRIMARY KEY, parent_id INT, name VARCHAR(40) NOT NULL DEFAULT '',"
                                + " created DATETIME(6), CONSTRAINT fk_t_%03d FOREIGN KEY (parent_id) REFERENCES %s (id),"
                                + " KEY ix_t_%03d_name (name, created)) COMMENT 'table %d'",
                        i, i, parent, i, i));
            }
            execute(connection, statements.toArray(String[]::new));

            long selectsBefore = selects(connection);
            long started = System.nanoTime();
            SchemaSnapshot read = DIALECT.readSchema(connection);
            long bulk = System.nanoTime() - started;
            long bulkSelects = selects(connection) - selectsBefore;

            List<Optional<TableSnapshot>> oneByOne = new ArrayList<>();
            selectsBefore = selects(connection);
            started = System.nanoTime();
            for (String table : read.schema().tableNames()) {
                oneByOne.add(DIALECT.readTable(connection, table));
            }
            long loop = System.nanoTime() - started;
            long loopSelects = selects(connection) - selectsBefore;
            System.out.printf(
                    "readSchema of %d generated tables: %d ms, %d selects; readTable for each: %d ms, %d selects%n",
                    count, bulk / 1_000_000, bulkSelects, loop / 1_000_000, loopSelects);

            assertEquals(count, read.tables().size());
            assertEquals(oneByOne, read.tables().stream().map(Optional::of).toList());
            assertEquals(List.of("t_001"), read.find("t_000").orElseThrow().referencingTables());
            assertTrue(bulkSelects <= 9, "readSchema ran " + bulkSelects + " selects");
            assertTrue(loopSelects >= count, "readTable ran " + loopSelects + " selects for " + count + " tables");
            assertTrue(
                    bulk < loop, "readSchema took " + bulk / 1_000_000 + " ms, the loop " + loop / 1_000_000 + " ms");
        }
    }

    /**
     * Creates every table read from one database in a fresh one, from the model alone, and asserts it
     * reads back the same: what a reader got wrong (a type, an index kind) shows as a difference.
     */
    private static void assertRoundTrip(SchemaSnapshot read) throws SQLException {
        List<String> differences = new ArrayList<>();
        try (Connection copy = MARIADB.newDatabase().open()) {
            execute(copy, "SET foreign_key_checks = 0");
            for (TableSnapshot table : read.tables()) {
                renderAndRun(copy, new CreateTable(table.table()), differences);
                for (Index index : table.indexes()) {
                    renderAndRun(copy, new CreateIndex(index, false), differences);
                }
            }
            execute(copy, "SET foreign_key_checks = 1");
            SchemaSnapshot again = DIALECT.readSchema(copy);
            for (TableSnapshot table : read.tables()) {
                Optional<TableSnapshot> reread = again.find(table.name());
                if (reread.isEmpty()) {
                    continue;
                }
                if (!table.table().equals(reread.get().table())) {
                    differences.add(
                            table.name() + " read back as " + reread.get().table() + "\n  not " + table.table());
                }
                if (!table.indexes().equals(reread.get().indexes())) {
                    differences.add(table.name() + "'s indexes read back as "
                            + reread.get().indexes() + "\n  not " + table.indexes());
                }
            }
        }
        assertEquals(List.of(), differences, String.join("\n", differences));
    }

    private static void renderAndRun(Connection connection, Operation operation, List<String> failures)
            throws SQLException {
        try {
            for (String sql : DIALECT.render(operation, TableLookup.NONE)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                } catch (SQLException failure) {
                    failures.add("failed: " + sql + ": " + failure.getMessage());
                }
            }
        } catch (RenderException failure) {
            failures.add("cannot render " + operation + ": " + failure.getMessage());
        }
    }

    /** The base tables, as information_schema lists them, in its order. */
    private static List<String> baseTables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** The number of SELECT statements this session has run (SHOW does not count). */
    private static long selects(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW SESSION STATUS LIKE 'Com_select'")) {
            rows.next();
            return rows.getLong(2);
        }
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
