package dev.retort.dialect.mariadb;

import dev.retort.dialect.Capability;
import dev.retort.dialect.ConnectionProblem;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.JdbcTarget;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.SchemaObject;
import dev.retort.dialect.SchemaSnapshot;
import dev.retort.dialect.ScratchWork;
import dev.retort.dialect.ServerAddress;
import dev.retort.dialect.StandardDialect;
import dev.retort.dialect.StandardSqlRenderer;
import dev.retort.dialect.TableSnapshot;
import dev.retort.script.sql.SplitterSyntax;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * MariaDB and MySQL: DDL commits implicitly, identifiers are quoted with backticks, backslash is
 * an escape character in string literals, the command-line client needs {@code DELIMITER}
 * around statements that contain semicolons, and a column is changed by restating all of it.
 */
public final class MariaDbDialect extends StandardDialect {
    private final MariaDbSqlRenderer renderer = new MariaDbSqlRenderer(this);

    /** Terminator used around compound statements in offline scripts. */
    static final String COMPOUND_DELIMITER = "$$";

    /** For {@link java.util.ServiceLoader}. */
    public MariaDbDialect() {}

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String displayName() {
        return "MariaDB/MySQL";
    }

    @Override
    public String exampleUrl() {
        return "mariadb://user:password@localhost:3306/app";
    }

    @Override
    public List<String> names() {
        return List.of("mariadb", "mysql");
    }

    private static final SplitterSyntax SYNTAX = SplitterSyntax.builder()
            .backslashEscapes(true)
            .delimiterCommand(true)
            .backtickIdentifiers(true)
            .hashComments(true)
            .dashCommentNeedsSpace(true)
            .compoundBlocks(true)
            .executableComments(true)
            .build();

    @Override
    public SplitterSyntax splitterSyntax() {
        return SYNTAX;
    }

    @Override
    public boolean supports(Capability capability) {
        return switch (capability) {
            case ALTER_COLUMN, ALTER_CONSTRAINTS, COMMENTS, INDEX_METHODS -> true;
            case TRANSACTIONAL_DDL,
                    DEFERRABLE_CONSTRAINTS,
                    CONCURRENT_INDEXES,
                    PARTIAL_INDEXES,
                    EXPRESSION_INDEXES,
                    INDEX_INCLUDE,
                    ENUM_TYPES,
                    STANDALONE_SCRATCH,
                    IDENTITY_KINDS,
                    SEQUENCES,
                    DOMAINS,
                    RANGE_TYPES,
                    SCHEMAS -> false;
        };
    }

    @Override
    protected boolean isReserved(String word) {
        return super.isReserved(word) || MariaDbKeywords.RESERVED.contains(word);
    }

    @Override
    protected StandardSqlRenderer renderer() {
        return renderer;
    }

    @Override
    public Optional<TableSnapshot> readTable(Connection connection, String table) throws SQLException {
        return MariaDbCatalogReader.read(connection, table);
    }

    /** Reads every table with nine catalog queries in all, however many tables there are. */
    @Override
    public SchemaSnapshot readSchema(Connection connection) throws SQLException {
        return new SchemaSnapshot(MariaDbCatalogReader.readAll(connection));
    }

    /** {@code 1} or {@code 0}: the values of MariaDB's BOOLEAN, which is TINYINT(1). */
    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    /**
     * The instant as UTC, converted to the session's time zone, the zone MariaDB reads date-time
     * literals in: MariaDB's literals cannot carry an offset.
     */
    @Override
    protected String offsetDateTimeLiteral(OffsetDateTime value) {
        return "CONVERT_TZ("
                + stringLiteral(
                        isoDateTime(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()))
                + ", '+00:00', @@session.time_zone)";
    }

    @Override
    protected String quoteIdentifier(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    @Override
    public String stringLiteral(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public String beginTransaction() {
        return "START TRANSACTION";
    }

    @Override
    public String scriptStatement(String statement) {
        if (statement.indexOf(';') < 0) {
            return statement + ";";
        }
        return "DELIMITER " + COMPOUND_DELIMITER + "\n" + statement + COMPOUND_DELIMITER + "\nDELIMITER ;";
    }

    @Override
    public MigrationLock lock(Connection connection, String name) {
        return new MariaDbLock(connection, name);
    }

    /** InnoDB whatever the server's default engine: Galera, where leases are needed, replicates only InnoDB. */
    @Override
    public String createLeaseTable(String table) {
        return super.createLeaseTable(table) + " ENGINE=InnoDB";
    }

    /** UTC by construction: the session's {@code time_zone} cannot shift it. */
    @Override
    public String currentTimeMillis() {
        return "TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', UTC_TIMESTAMP(6)) DIV 1000";
    }

    @Override
    protected int defaultPort() {
        return 3306;
    }

    @Override
    public JdbcTarget jdbcTarget(DatabaseUrl url, String applicationName) {
        JdbcTarget target = super.jdbcTarget(url, applicationName);
        Object socket = target.properties().remove("unix_socket");
        if (socket != null) {
            target.properties().setProperty("localSocket", socket.toString());
        }
        target.properties().putIfAbsent("connectionAttributes", "program_name:" + applicationName);
        if (url.jdbc() && target.url().regionMatches(true, 0, "jdbc:mysql:", 0, 11)) {
            // #3: MariaDB Connector/J 3 takes jdbc:mysql: URLs only with permitMysqlScheme
            return new JdbcTarget("jdbc:mariadb:" + target.url().substring(11), target.properties());
        }
        return target;
    }

    @Override
    public String driverCoordinates() {
        return "org.mariadb.jdbc:mariadb-java-client";
    }

    @Override
    public boolean matchesProduct(String productName) {
        return productName.equalsIgnoreCase("MariaDB") || productName.equalsIgnoreCase("MySQL");
    }

    @Override
    public Optional<ConnectionProblem> diagnose(SQLException failure, DatabaseUrl url) {
        String where = ServerAddress.of(url, defaultPort());
        String user = url.user().orElse("");
        if (ServerAddress.causedBy(failure, UnknownHostException.class)) {
            return Optional.of(new ConnectionProblem(
                    "could not connect to MariaDB/MySQL: unknown host '"
                            + url.host().orElse("localhost") + "'",
                    "check the host name in the URL"));
        }
        if (ServerAddress.causedBy(failure, ConnectException.class)
                || (failure.getErrorCode() == 0 && "08000".equals(failure.getSQLState()))) {
            return Optional.of(new ConnectionProblem(
                    "could not connect to MariaDB/MySQL at " + where + ": connection refused (is the server running?)",
                    "start the server, or fix the host and port in the URL"));
        }
        return switch (failure.getErrorCode()) {
            case 1045 ->
                Optional.of(new ConnectionProblem(
                        "MariaDB/MySQL at " + where + " denied access to user '" + user + "' (wrong password?)",
                        "check the user and password in the URL (or in DATABASE_URL)"));
            case 1044 ->
                Optional.of(new ConnectionProblem(
                        "user '" + user + "' may not use database '" + url.database() + "' on " + where,
                        "GRANT ALL ON " + url.database() + ".* TO the user, or use another user"));
            case 1049 ->
                Optional.of(new ConnectionProblem(
                        "database '" + url.database() + "' does not exist on MariaDB/MySQL at " + where,
                        "create it (CREATE DATABASE " + url.database() + "), or fix the database name in the URL"));
            case 1290, 1836 ->
                Optional.of(new ConnectionProblem(
                        "the MariaDB/MySQL server at " + where + " is read-only",
                        "point the URL at a writable server"));
            default -> Optional.empty();
        };
    }

    @Override
    public void backup(Connection connection, DatabaseUrl url, Path target) throws IOException, SQLException {
        MariaDbBackup.write(url, target);
    }

    @Override
    public List<String> dropTables(List<String> tables) {
        if (tables.isEmpty()) {
            return List.of();
        }
        return List.of(
                "SET FOREIGN_KEY_CHECKS = 0",
                "DROP TABLE IF EXISTS " + tables.stream().map(this::identifier).collect(Collectors.joining(", ")),
                "SET FOREIGN_KEY_CHECKS = 1");
    }

    @Override
    public List<SchemaObject> objectsBesideTables(Connection connection) throws SQLException {
        return MariaDbSchemaObjects.read(connection, this::identifier);
    }

    @Override
    public String backupExtension() {
        return ".sql";
    }

    /** The size on disk of each table, from {@code information_schema.TABLES}: data and index length, as InnoDB estimates them. */
    @Override
    protected Optional<String> tableSizesQuery() {
        return Optional.of("SELECT TABLE_NAME, DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'");
    }

    @Override
    public <T> T inScratchSchema(Connection connection, ScratchWork<T> work) throws SQLException {
        return MariaDbScratchDatabase.run(connection, work);
    }

    @Override
    protected String tableNamesQuery() {
        return "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1";
    }

    @Override
    public String tableExistsQuery() {
        return "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?";
    }

    @Override
    public String identityColumn(String name) {
        return identifier(name) + " BIGINT AUTO_INCREMENT PRIMARY KEY";
    }
}
