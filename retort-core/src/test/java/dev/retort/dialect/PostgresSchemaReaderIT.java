package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostgreSQL reads a whole schema with a few bulk catalog queries, and reads each table exactly as
 * {@code readTable} does: on the real schemas of the corpus in {@code ../shared/datasets/schemas}
 * (skipped where that folder is absent, as in a user's clone) and on 500 generated tables.
 *
 * <p>Reading follows the connection's {@code current_schema()}. Several corpus schemas keep their
 * tables in schemas of their own (musicbrainz, adventureworks), so each schema that holds tables is
 * read in turn, with {@code search_path} set to it and then {@code public} (where extensions put
 * their types), as those applications connect.
 *
 * <p>Every corpus table reads, and reads alike both ways. What the reading loses on the corpus,
 * because the schema model has no place for it yet (not a difference between the two ways of
 * reading): the exclusion constraints of hatchet's {@code v1_payload_offloaded_block_index} and
 * {@code v1_payloads_olap_offloaded_block_index} (read as neither a constraint nor an index); the
 * operator class {@code jsonb_path_ops} of hatchet's {@code ix_v1_tasks_olap_additional_metadata_gin}
 * and {@code ix_v1_runs_olap_additional_metadata_gin}; {@code PARTITION BY} of partitioned tables
 * (pagila, hatchet, musicbrainz); the schema of tables referenced from another schema (20 foreign
 * keys in adventureworks, 118 in musicbrainz); {@code DEFERRABLE} of three musicbrainz unique and
 * primary keys; the collations of six musicbrainz columns.
 */
class PostgresSchemaReaderIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    private static final Dialect DIALECT =
            Dialects.installed().named("postgresql").orElseThrow();

    /** The tables that the schema's own catalog lists, as readSchema must list them. */
    private static final String LISTED =
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1";

    private static final String SCHEMAS_WITH_TABLES = "SELECT DISTINCT n.nspname FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')"
            + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1";

    // Held here: java.util.logging keeps loggers only weakly.
    private static final Logger DRIVER_PROTOCOL = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    @ParameterizedTest
    @ValueSource(strings = {"chinook", "northwind", "pagila", "synapse", "adventureworks", "hatchet", "musicbrainz"})
    void readsEveryTableOfACorpusSchemaAsReadTableDoes(String name) throws Exception {
        Path corpus = corpus();
        TestDatabase database = POSTGRES.newDatabase();
        load(corpus, name, database);
        List<String> problems = new ArrayList<>();
        try (Connection connection = database.open()) {
            for (String schema : rows(connection, SCHEMAS_WITH_TABLES)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET search_path = " + DIALECT.identifier(schema) + ", public");
                }
                long start = System.nanoTime();
                SchemaSnapshot snapshot = DIALECT.readSchema(connection);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                System.out.printf(
                        "%s.%s: readSchema read %d tables in %d ms%n",
                        name, schema, snapshot.tables().size(), millis);
                List<String> listed = rows(connection, LISTED, schema);
                assertEquals(listed, snapshot.schema().tableNames(), name + "." + schema);
                for (String table : listed) {
                    String qualified = schema + "." + table;
                    Optional<TableSnapshot> alone = DIALECT.readTable(connection, table);
                    if (!alone.equals(snapshot.find(table))) {
                        problems.add(qualified + ": readTable " + alone + "\n  readSchema " + snapshot.find(table));
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "tables readSchema reads unlike readTable in " + name);
    }

    @Test
    void readsFiveHundredTablesWithAFewQueries() throws SQLException {
        int count = 500;
        try (Connection connection = POSTGRES.newDatabase().open()) {
            createTables(connection, count);

            Counted<SchemaSnapshot> bulk = counted(() -> DIALECT.readSchema(connection));
            Counted<List<TableSnapshot>> oneByOne = counted(() -> {
                List<TableSnapshot> tables = new ArrayList<>();
                for (TableSnapshot table : bulk.value().tables()) {
                    tables.add(DIALECT.readTable(connection, table.name()).orElseThrow());
                }
                return tables;
            });
            System.out.printf(
                    "%d tables: readSchema %d round trips, %d ms; readTable for each %d round trips, %d ms%n",
                    count, bulk.roundTrips(), bulk.millis(), oneByOne.roundTrips(), oneByOne.millis());

            assertEquals(count, bulk.value().tables().size());
            assertEquals(oneByOne.value(), bulk.value().tables());
            TableSnapshot last = bulk.value().tables().get(count - 1);
            assertEquals(
                    List.of("ix_t499_name"),
                    last.indexes().stream().map(index -> index.name()).toList());
            assertEquals(1, last.table().foreignKeys().size());
            assertEquals(Optional.of("table 499"), last.table().comment());
            // The count is of the driver's round trips, so it proves the bound without timing anything;
            // the loop's count shows that the counting works.
            assertTrue(oneByOne.roundTrips() >= 4 * count, "round trips of the loop: " + oneByOne.roundTrips());
            assertTrue(bulk.roundTrips() <= 8, "round trips of readSchema: " + bulk.roundTrips());
        }
    }

    /** Table {@code tNNN}: a serial key, a foreign key to the table before it, an index, a comment. */
    private static void createTables(Connection connection, int count) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String table = String.format("t%03d", i);
            String parent = String.format("t%03d", Math.max(i - 1, 0));
            sql.append("CREATE TABLE ")
                    .append(table)
                    .append(" (id SERIAL PRIMARY KEY, parent_id INTEGER REFERENCES ")
                    .append(parent)
                    .append(" (id) ON DELETE CASCADE, name VARCHAR(80) NOT NULL DEFAULT '',")
                    .append(" created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP);\n")
                    .append("CREATE INDEX ix_")
                    .append(table)
                    .append("_name ON ")
                    .append(table)
                    .append(" (name);\n")
                    .append("COMMENT ON TABLE ")
                    .append(table)
                    .append(" IS 'table ")
                    .append(i)
                    .append("';\n");
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql.toString());
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private record Counted<T>(T value, int roundTrips, long millis) {}

    @FunctionalInterface
    private interface Reading<T> {
        T read() throws SQLException;
    }

    /** What {@code reading} reads, with the round trips to the server it took (one Sync message each). */
    private static <T> Counted<T> counted(Reading<T> reading) throws SQLException {
        AtomicInteger syncs = new AtomicInteger();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage() != null && record.getMessage().startsWith(" FE=> Sync")) {
                    syncs.incrementAndGet();
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        handler.setLevel(Level.ALL);
        Level level = DRIVER_PROTOCOL.getLevel();
        DRIVER_PROTOCOL.setLevel(Level.FINEST);
        DRIVER_PROTOCOL.addHandler(handler);
        try {
            long start = System.nanoTime();
            T value = reading.read();
            return new Counted<>(value, syncs.get(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } finally {
            DRIVER_PROTOCOL.removeHandler(handler);
            DRIVER_PROTOCOL.setLevel(level);
        }
    }

    /**
     * The corpus folder: {@code RETORT_SCHEMA_CORPUS}, or {@code shared/datasets/schemas} beside the
     * checkout or a folder above it; skips the test when there is none.
     */
    private static Path corpus() {
        String configured = System.getenv("RETORT_SCHEMA_CORPUS");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isEmpty()) {
            candidates.add(Path.of(configured));
        } else {
            for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
                candidates.add(directory.resolve("shared/datasets/schemas"));
            }
        }
        Optional<Path> corpus = candidates.stream()
                .filter(candidate -> Files.isExecutable(candidate.resolve("load.sh")))
                .findFirst();
        assumeTrue(
                corpus.isPresent(),
                "no schema corpus with a load.sh at " + candidates.get(0) + " (or RETORT_SCHEMA_CORPUS):"
                        + " the corpus is not part of the repository, so the corpus tests are skipped");
        return corpus.orElseThrow();
    }

    /** Loads the corpus schema {@code name} with the corpus's own loader; skips when it cannot. */
    private static void load(Path corpus, String name, TestDatabase database) throws IOException, InterruptedException {
        URI server = URI.create(database.url());
        ProcessBuilder builder = new ProcessBuilder(
                        corpus.resolve("load.sh").toString(), "--create-roles", "postgresql", name, database.name())
                .redirectErrorStream(true);
        builder.environment().put("PGHOST", server.getHost());
        builder.environment().put("PGPORT", String.valueOf(server.getPort()));
        builder.environment().put("PGUSER", database.user());
        builder.environment().put("PGPASSWORD", database.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        assumeTrue(
                finished && process.exitValue() == 0,
                "corpus schema '" + name + "' does not load here (missing extension or role?): " + output);
    }

    private static List<String> rows(Connection connection, String sql, String... parameters) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        return rows;
    }
}
