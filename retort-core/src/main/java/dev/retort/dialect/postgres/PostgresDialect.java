package dev.retort.dialect.postgres;

import dev.retort.dialect.Capability;
import dev.retort.dialect.ConnectionProblem;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.JdbcTarget;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.SchemaObject;
import dev.retort.dialect.SchemaSnapshot;
import dev.retort.dialect.ScratchDatabase;
import dev.retort.dialect.ScratchWork;
import dev.retort.dialect.ServerAddress;
import dev.retort.dialect.StandardDialect;
import dev.retort.dialect.StandardSqlRenderer;
import dev.retort.dialect.TableLookup;
import dev.retort.dialect.TableSnapshot;
import dev.retort.script.sql.SplitterSyntax;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * PostgreSQL: transactional DDL, standard quoting, enums as named types, and literals typed so that
 * they keep their type anywhere in a statement ({@code '\x0a'::bytea}, {@code '...'::uuid}).
 */
public final class PostgresDialect extends StandardDialect {
    private final PostgresSqlRenderer renderer = new PostgresSqlRenderer(this);

    /** For {@link java.util.ServiceLoader}. */
    public PostgresDialect() {}

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public String exampleUrl() {
        return "postgresql://user:password@localhost:5432/app";
    }

    @Override
    public List<String> names() {
        return List.of("postgresql", "postgres", "pgsql");
    }

    private static final SplitterSyntax SYNTAX = SplitterSyntax.builder()
            .dollarQuotes(true)
            .escapeStringPrefix(true)
            .nestedBlockComments(true)
            .compoundBlocks(true)
            .build();

    @Override
    public SplitterSyntax splitterSyntax() {
        return SYNTAX;
    }

    @Override
    public boolean supports(Capability capability) {
        return switch (capability) {
            case TRANSACTIONAL_DDL,
                    ALTER_COLUMN,
                    ALTER_CONSTRAINTS,
                    COMMENTS,
                    DEFERRABLE_CONSTRAINTS,
                    CONCURRENT_INDEXES,
                    PARTIAL_INDEXES,
                    EXPRESSION_INDEXES,
                    INDEX_INCLUDE,
                    INDEX_METHODS,
                    ENUM_TYPES,
                    IDENTITY_KINDS,
                    SEQUENCES,
                    DOMAINS,
                    RANGE_TYPES,
                    SCHEMAS -> true;
            case STANDALONE_SCRATCH -> false;
        };
    }

    @Override
    protected boolean isReserved(String word) {
        return super.isReserved(word) || PostgresKeywords.RESERVED.contains(word);
    }

    @Override
    protected StandardSqlRenderer renderer() {
        return renderer;
    }

    @Override
    public Optional<TableSnapshot> readTable(Connection connection, String table) throws SQLException {
        return PostgresCatalogReader.read(connection, table);
    }

    /** Reads all tables at once, with the queries {@link #readTable} asks for one table. */
    @Override
    public SchemaSnapshot readSchema(Connection connection) throws SQLException {
        return PostgresCatalogReader.readSchema(connection, null);
    }

    /** Also reads the other schemas {@code otherSchemas} accepts, naming their objects {@code schema.name}. */
    @Override
    public SchemaSnapshot readSchema(Connection connection, Predicate<String> otherSchemas) throws SQLException {
        return PostgresCatalogReader.readSchema(connection, otherSchemas);
    }

    /** Also knows which enum types exist and which tables use them. */
    @Override
    public Optional<String> deferredDurability() {
        return Optional.of("SET LOCAL synchronous_commit TO off");
    }

    @Override
    public TableLookup tableLookup(Connection connection) {
        TableLookup tables = super.tableLookup(connection);
        return new TableLookup() {
            @Override
            public Optional<TableSnapshot> find(String table) {
                return tables.find(table);
            }

            @Override
            public Optional<Boolean> typeExists(String type) {
                try {
                    return Optional.of(PostgresCatalogReader.typeExists(connection, type));
                } catch (SQLException failure) {
                    throw unreadable("type '" + type + "'", failure);
                }
            }

            @Override
            public Optional<List<String>> tablesUsingType(String type) {
                try {
                    return Optional.of(PostgresCatalogReader.tablesUsingType(connection, type));
                } catch (SQLException failure) {
                    throw unreadable("type '" + type + "'", failure);
                }
            }
        };
    }

    /** NaN and the infinities as PostgreSQL's floating-point types spell them. */
    @Override
    protected String floatLiteral(double value, String text) {
        if (Double.isNaN(value)) {
            return "'NaN'";
        } else if (Double.isInfinite(value)) {
            return value > 0 ? "'Infinity'" : "'-Infinity'";
        }
        return text;
    }

    /** {@code '\x0a1b'::bytea}: PostgreSQL reads {@code X'..'} as a bit string, not bytes. */
    @Override
    protected String bytesLiteral(byte[] value) {
        return "'\\x" + HexFormat.of().formatHex(value) + "'::bytea";
    }

    @Override
    protected String uuidLiteral(UUID value) {
        return stringLiteral(value.toString()) + "::uuid";
    }

    @Override
    public MigrationLock lock(Connection connection, String name) {
        return new PostgresLock(connection, name);
    }

    @Override
    public String currentTimeMillis() {
        return "CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT)";
    }

    @Override
    protected int defaultPort() {
        return 5432;
    }

    @Override
    public JdbcTarget jdbcTarget(DatabaseUrl url, String applicationName) {
        JdbcTarget target = super.jdbcTarget(url, applicationName);
        target.properties().putIfAbsent("ApplicationName", applicationName);
        return target;
    }

    @Override
    public String driverCoordinates() {
        return "org.postgresql:postgresql";
    }

    @Override
    public boolean matchesProduct(String productName) {
        return productName.equalsIgnoreCase("PostgreSQL");
    }

    @Override
    public Optional<ConnectionProblem> diagnose(SQLException failure, DatabaseUrl url) {
        String where = ServerAddress.of(url, defaultPort());
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        if (ServerAddress.causedBy(failure, UnknownHostException.class)) {
            return Optional.of(new ConnectionProblem(
                    "could not connect to PostgreSQL: unknown host '"
                            + url.host().orElse("localhost") + "'",
                    "check the host name in the URL"));
        }
        // Not SQLState 08001 alone: the driver also uses it for bad settings such as sslmode=bogus.
        if (ServerAddress.causedBy(failure, ConnectException.class)) {
            return Optional.of(new ConnectionProblem(
                    "could not connect to PostgreSQL at " + where + ": connection refused (is the server running?)",
                    "start PostgreSQL, or fix the host and port in the URL"));
        }
        return switch (state) {
            case "28P01" ->
                Optional.of(new ConnectionProblem(
                        "PostgreSQL at " + where + " rejected the password of user '"
                                + url.user().orElse("") + "'",
                        "check the user and password in the URL (or in DATABASE_URL)"));
            case "28000" ->
                Optional.of(new ConnectionProblem(
                        "PostgreSQL at " + where + " does not let user '"
                                + url.user().orElse("") + "' in: " + failure.getMessage(),
                        "check the user in the URL, and pg_hba.conf on the server"));
            case "3D000" ->
                Optional.of(new ConnectionProblem(
                        "database '" + url.database() + "' does not exist on PostgreSQL at " + where,
                        "create it (createdb " + url.database() + "), or fix the database name in the URL"));
            case "25006" ->
                Optional.of(new ConnectionProblem(
                        "the PostgreSQL database at " + where + " is read-only (a standby?)",
                        "point the URL at the primary server"));
            default -> Optional.empty();
        };
    }

    @Override
    public void backup(Connection connection, DatabaseUrl url, Path target) throws IOException, SQLException {
        PostgresBackup.write(url, target);
    }

    @Override
    public List<String> dropTables(List<String> tables) {
        if (tables.isEmpty()) {
            return List.of();
        }
        return List.of("DROP TABLE IF EXISTS "
                + tables.stream().map(this::identifier).collect(Collectors.joining(", ")) + " CASCADE");
    }

    @Override
    public List<SchemaObject> objectsBesideTables(Connection connection) throws SQLException {
        return PostgresSchemaObjects.read(connection, this::identifier);
    }

    @Override
    public List<SchemaObject> otherSchemas(Connection connection, Predicate<String> included) throws SQLException {
        return PostgresSchemaObjects.otherSchemas(connection, included, this::identifier);
    }

    @Override
    public String backupExtension() {
        return ".dump";
    }

    /** The size on disk of each table, from PostgreSQL's {@code pg_total_relation_size}: heap, indexes and TOAST. */
    @Override
    protected Optional<String> tableSizesQuery() {
        return Optional.of(
                "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')");
    }

    @Override
    public <T> T inScratchSchema(Connection connection, ScratchWork<T> work) throws SQLException {
        return PostgresScratchSchema.run(connection, work);
    }

    @Override
    public Optional<ScratchDatabase> createScratchDatabase(Connection project) throws SQLException {
        return Optional.of(PostgresScratchDatabase.create(project, this::identifier));
    }

    @Override
    protected String tableNamesQuery() {
        return "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1";
    }

    @Override
    public String tableExistsQuery() {
        return "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?";
    }
}
