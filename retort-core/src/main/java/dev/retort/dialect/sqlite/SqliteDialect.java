package dev.retort.dialect.sqlite;

import dev.retort.dialect.Capability;
import dev.retort.dialect.ConnectionProblem;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.JdbcTarget;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.SchemaObject;
import dev.retort.dialect.SchemaObjectQuery;
import dev.retort.dialect.ScratchWork;
import dev.retort.dialect.StandardDialect;
import dev.retort.dialect.StandardSqlRenderer;
import dev.retort.dialect.TableSnapshot;
import dev.retort.script.sql.SplitterSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * SQLite: the embedded default; DDL is transactional; what {@code ALTER TABLE} cannot change is
 * changed by rebuilding the table; comments are left out; dates and times are ISO-8601 text.
 */
public final class SqliteDialect extends StandardDialect {
    private final SqliteSqlRenderer renderer = new SqliteSqlRenderer(this);

    /** For {@link java.util.ServiceLoader}. */
    public SqliteDialect() {}

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String displayName() {
        return "SQLite";
    }

    @Override
    public String exampleUrl() {
        return "sqlite:///app.db";
    }

    @Override
    public List<String> names() {
        return List.of("sqlite", "sqlite3");
    }

    private static final SplitterSyntax SYNTAX = SplitterSyntax.builder()
            .bracketIdentifiers(true)
            .backtickIdentifiers(true)
            .compoundBlocks(true)
            .build();

    @Override
    public SplitterSyntax splitterSyntax() {
        return SYNTAX;
    }

    @Override
    public boolean supports(Capability capability) {
        return switch (capability) {
            case TRANSACTIONAL_DDL, DEFERRABLE_CONSTRAINTS, PARTIAL_INDEXES, EXPRESSION_INDEXES, STANDALONE_SCRATCH ->
                true;
            case ALTER_COLUMN,
                    ALTER_CONSTRAINTS,
                    COMMENTS,
                    CONCURRENT_INDEXES,
                    INDEX_INCLUDE,
                    INDEX_METHODS,
                    ENUM_TYPES,
                    IDENTITY_KINDS,
                    SEQUENCES,
                    DOMAINS,
                    RANGE_TYPES,
                    SCHEMAS -> false;
        };
    }

    @Override
    protected boolean isReserved(String word) {
        return super.isReserved(word) || SqliteKeywords.RESERVED.contains(word);
    }

    @Override
    protected StandardSqlRenderer renderer() {
        return renderer;
    }

    @Override
    public Optional<TableSnapshot> readTable(Connection connection, String table) throws SQLException {
        return SqliteCatalogReader.read(connection, table);
    }

    /** {@code 1} or {@code 0}: SQLite stores booleans as integers. */
    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    /**
     * Dates and times as the ISO-8601 text SQLite's date and time functions read: {@code
     * '2026-01-02 03:04:05.5+01:00'}; SQLite has no typed literals.
     */
    @Override
    protected String typedLiteral(String type, String text) {
        return stringLiteral(text);
    }

    @Override
    protected String offsetDateTimeLiteral(OffsetDateTime value) {
        return stringLiteral(isoDateTime(value.toLocalDateTime()) + isoOffset(value));
    }

    @Override
    public MigrationLock lock(Connection connection, String name) {
        return new SqliteLock(connection, name);
    }

    /** Julian day 2440587.5 is 1970-01-01T00:00Z. */
    @Override
    public String currentTimeMillis() {
        return "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";
    }

    /** SQLite's primary result codes that mean the file cannot be used as asked. */
    private static final int CANNOT_OPEN = 14;

    private static final int READ_ONLY = 8;
    private static final int NOT_A_DATABASE = 26;
    /** The generic error, also a statement SQLite's grammar does not have (ALTER COLUMN). */
    private static final int SQL_ERROR = 1;

    @Override
    public DatabaseUrl parseUrl(String url, Path baseDirectory) {
        return DatabaseUrl.parseFile(url, baseDirectory);
    }

    /**
     * An in-memory database when {@code url} names a file that does not exist in a folder that does
     * (a missing folder is more likely a wrong path, which connecting reports).
     */
    @Override
    public Optional<DatabaseUrl> standInWhenMissing(DatabaseUrl url) {
        if (url.isMemory() || url.jdbc()) {
            return Optional.empty();
        }
        Path file = Path.of(url.database());
        if (Files.exists(file) || file.getParent() == null || !Files.isDirectory(file.getParent())) {
            return Optional.empty();
        }
        return Optional.of(DatabaseUrl.parseFile(url.scheme() + "://", file.getParent()));
    }

    @Override
    public JdbcTarget jdbcTarget(DatabaseUrl url, String applicationName) {
        Properties properties = new Properties();
        url.parameters().forEach(properties::setProperty);
        if (url.jdbc()) {
            return new JdbcTarget(url.original(), properties);
        }
        return new JdbcTarget("jdbc:sqlite:" + url.database(), properties);
    }

    @Override
    public String driverCoordinates() {
        return "org.xerial:sqlite-jdbc";
    }

    @Override
    public boolean matchesProduct(String productName) {
        return productName.equalsIgnoreCase("SQLite");
    }

    @Override
    public Optional<ConnectionProblem> diagnose(SQLException failure, DatabaseUrl url) {
        Path file = Path.of(url.database());
        return switch (failure.getErrorCode()) {
            case CANNOT_OPEN ->
                Optional.of(new ConnectionProblem(
                        "cannot open the SQLite database " + file + ": "
                                + (file.getParent() != null
                                                && !file.getParent().toFile().isDirectory()
                                        ? "the folder " + file.getParent() + " does not exist"
                                        : failure.getMessage()),
                        "create the folder, or fix the path in the URL"));
            case READ_ONLY ->
                Optional.of(new ConnectionProblem(
                        "the SQLite database file " + file + " is read-only",
                        "make it and its folder writable (chmod u+w), or point the URL at a writable copy"));
            case NOT_A_DATABASE ->
                Optional.of(new ConnectionProblem(
                        file + " is not a SQLite database", "point the URL at a SQLite database file"));
            case SQL_ERROR -> unsupportedAlter(failure);
            default -> Optional.empty();
        };
    }

    /**
     * SQLite's ALTER TABLE has no ALTER COLUMN and no ADD/DROP CONSTRAINT; it reports them as a
     * syntax error near the word it does not expect there.
     */
    private static Optional<ConnectionProblem> unsupportedAlter(SQLException failure) {
        String message = String.valueOf(failure.getMessage());
        if (!message.contains("syntax error")
                || !(message.contains("near \"ALTER\"") || message.contains("near \"CONSTRAINT\""))) {
            return Optional.empty();
        }
        return Optional.of(new ConnectionProblem(
                message,
                "SQLite's ALTER TABLE cannot change a column or add or drop a constraint: write the change as"
                        + " op.alterColumn (or op.createForeignKey, op.dropConstraint) in a Java script, which"
                        + " rebuilds the table keeping its rows, or change the models and let"
                        + " `retort revision --autogenerate` write the rebuild"));
    }

    @Override
    public void backup(Connection connection, DatabaseUrl url, Path target) throws IOException, SQLException {
        SqliteBackup.write(connection, target);
    }

    @Override
    public List<String> dropTables(List<String> tables) {
        List<String> statements = new ArrayList<>();
        statements.add("PRAGMA foreign_keys = OFF");
        tables.forEach(table -> statements.add("DROP TABLE IF EXISTS " + identifier(table)));
        return statements;
    }

    /** Views; triggers and indexes go with their tables. */
    @Override
    public List<SchemaObject> objectsBesideTables(Connection connection) throws SQLException {
        return SchemaObjectQuery.run(
                connection,
                "SELECT type, name FROM sqlite_master WHERE type = 'view' ORDER BY name",
                (kind, name) -> "DROP VIEW IF EXISTS " + identifier(name));
    }

    @Override
    public String backupExtension() {
        return ".db";
    }

    @Override
    public Map<String, Long> tableSizes(Connection connection) throws SQLException {
        try {
            return super.tableSizes(connection);
        } catch (SQLException e) {
            return Map.of(); // the library was built without dbstat
        }
    }

    /** The size on disk of each table, from SQLite's {@code dbstat} table where the library has it (the pages of each table and of its indexes), else nothing. */
    @Override
    protected Optional<String> tableSizesQuery() {
        return Optional.of("SELECT m.tbl_name, SUM(d.pgsize) FROM dbstat d"
                + " JOIN sqlite_master m ON m.name = d.name GROUP BY m.tbl_name");
    }

    @Override
    public <T> T inScratchSchema(Connection connection, ScratchWork<T> work) throws SQLException {
        return SqliteScratchDatabase.run(work);
    }

    @Override
    protected String tableNamesQuery() {
        return "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
    }

    @Override
    public String tableExistsQuery() {
        return "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?";
    }

    @Override
    public String identityColumn(String name) {
        return identifier(name) + " INTEGER PRIMARY KEY AUTOINCREMENT";
    }
}
