package dev.retort.dialect.sqlite;

import dev.retort.dialect.Capability;
import dev.retort.dialect.ConnectionProblem;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.JdbcTarget;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.StandardDialect;
import dev.retort.script.sql.SplitterSyntax;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** SQLite: the embedded default; DDL is transactional. */
public final class SqliteDialect extends StandardDialect {
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
            case TRANSACTIONAL_DDL -> true;
        };
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

    @Override
    public DatabaseUrl parseUrl(String url, Path baseDirectory) {
        return DatabaseUrl.parseFile(url, baseDirectory);
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
            default -> Optional.empty();
        };
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
