package dev.retort.dialect;

import dev.retort.ops.BulkInsert;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.schema.DataType;
import dev.retort.script.sql.SplitterSyntax;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything Retort needs to know about one database: its names, what it supports, and how to
 * write identifiers, literals, transactions and statements for it. Implementations are stateless
 * and thread-safe; list them in {@code META-INF/services/dev.retort.dialect.Dialect}.
 */
public interface Dialect {
    /** The canonical name users pass to {@code --dialect}, e.g. {@code postgresql}. */
    String name();

    /** The name to show people, e.g. {@code PostgreSQL}. */
    String displayName();

    /** A URL as users write it for this database, for examples in messages and help. */
    String exampleUrl();

    /** URL schemes and other names this dialect answers to, canonical name included. */
    List<String> names();

    /** Whether the database can do {@code capability}. */
    boolean supports(Capability capability);

    /** How this database's SQL is split into statements: quotes, comments, blocks, DELIMITER. */
    SplitterSyntax splitterSyntax();

    /** {@code name} as an identifier, quoted only when it has to be. */
    String identifier(String name);

    /** {@code value} as a string literal. */
    String stringLiteral(String value);

    /** The statement that starts a transaction, without terminator. */
    String beginTransaction();

    /** The statement that commits a transaction, without terminator. */
    String commitTransaction();

    /**
     * A statement that lets the current transaction commit without waiting for its log to reach the
     * disk, where the database can do that without risk to consistency (a crash of the server then
     * loses such transactions whole, never part of one); empty where it cannot. Retort runs it in
     * every revision of a run but the last, whose ordinary commit makes all of them durable.
     */
    default Optional<String> deferredDurability() {
        return Optional.empty();
    }

    /**
     * One statement as it appears in an offline script that the database's own command-line
     * client can run: the statement, its terminator, and whatever the client needs around it.
     */
    String scriptStatement(String statement);

    /**
     * The migration lock native to this database, for {@code name} in {@code connection}'s
     * database: a lock in the connection's session where the database has one, so that it ends
     * with the session if the holder dies. Making it does not touch the database; {@link
     * MigrationLock#acquire} does. Acquire and close it outside the caller's own transactions.
     *
     * <pre>{@code
     * try (MigrationLock lock = dialect.lock(connection, "retort_version")) {
     *     lock.acquire(Duration.ofMinutes(5), holder -> listener.waiting(holder));
     *     ... migrate on connection ...
     * }
     * }</pre>
     *
     * @param connection the connection the caller migrates on; it must stay open while the lock is
     *     held, and closing the lock leaves it open
     * @param name what is locked, unique within the database: Retort passes the version table's
     *     name, so projects with different version tables, or in different databases, do not
     *     block each other
     */
    MigrationLock lock(Connection connection, String name);

    /**
     * An SQL expression for the database clock's current time in milliseconds since
     * 1970-01-01T00:00Z, as a 64-bit integer. {@link LeaseLock} judges every lease by it, so that
     * the clocks of the hosts taking part never matter.
     */
    String currentTimeMillis();

    /**
     * The statement that creates {@link LeaseLock}'s table if it does not exist, with the columns
     * that class lists.
     *
     * @param table the table's name, already an identifier (quoted where it must be)
     */
    String createLeaseTable(String table);

    /**
     * Parses a URL written for this database; relative file paths resolve against
     * {@code baseDirectory}.
     *
     * @throws IllegalArgumentException saying what is wrong with the URL
     */
    DatabaseUrl parseUrl(String url, Path baseDirectory);

    /** The JDBC URL and properties that connect to {@code url}, naming the client {@code applicationName}. */
    JdbcTarget jdbcTarget(DatabaseUrl url, String applicationName);

    /** The Maven coordinates of the JDBC driver, for the message when it is missing. */
    String driverCoordinates();

    /** Whether a connection's {@code DatabaseMetaData} product name is this dialect's database. */
    boolean matchesProduct(String productName);

    /**
     * Explains a failure to connect or to write (unreachable, wrong password, no such database,
     * read-only file, an ALTER TABLE the database cannot do) in the user's words, or empty when it is
     * none of those.
     */
    Optional<ConnectionProblem> diagnose(SQLException failure, DatabaseUrl url);

    /** A query with one parameter, a table name, that returns a row when that table exists. */
    String tableExistsQuery();

    /** A column definition for an auto-generated primary key called {@code name}. */
    String identityColumn(String name);

    /**
     * The statements that carry out a schema operation on this database, in order and without
     * terminators. Names are written with {@link #identifier}. Where the database cannot change a
     * table in place (SQLite), the statements rebuild it: create a copy with the new definition, copy
     * the rows, drop the old table, rename the copy, and recreate its indexes and triggers; this needs
     * the table as the live database has it, from {@code tables}. The list is empty when the database
     * ignores the operation (comments on SQLite).
     *
     * <pre>{@code
     * for (String statement : dialect.render(new AddColumn("users", column("age", integer())), TableLookup.NONE)) {
     *     sink.execute(statement);
     * }
     * }</pre>
     *
     * @param operation any operation but {@link Execute} and {@link BulkInsert}, whose parameters the
     *     caller binds
     * @param tables the live database's tables, or {@link TableLookup#NONE} offline
     * @throws RenderException when the database cannot do the operation, or cannot without the live
     *     database; the message says what to do instead
     * @throws IllegalArgumentException for {@link Execute} and {@link BulkInsert}
     */
    List<String> render(Operation operation, TableLookup tables);

    /**
     * {@code type} as this database writes it in a column definition: {@code VARCHAR(255)},
     * {@code TIMESTAMP WITH TIME ZONE}, {@code DATETIME(6)}. Two types are the same on this database
     * when this gives the same text.
     */
    String typeSql(DataType type);

    /**
     * {@code value} as an SQL literal for offline scripts: {@code NULL}, strings (with this database's
     * escaping), numbers, booleans, {@code java.time} dates and times ({@code LocalDate},
     * {@code LocalTime}, {@code LocalDateTime}, {@code OffsetDateTime}, {@code Instant}), byte arrays
     * and UUIDs.
     *
     * @throws IllegalArgumentException for values of other types, and numbers the database cannot hold
     *     (NaN and infinities, except on PostgreSQL)
     */
    String literal(Object value);

    /**
     * What the database knows about one table of {@code connection}'s current schema or database: its
     * {@link TableSnapshot}, or empty when there is no such table. Runs a few catalog queries.
     *
     * @throws SQLException when the catalog cannot be read
     */
    Optional<TableSnapshot> readTable(Connection connection, String table) throws SQLException;

    /**
     * Every table of {@code connection}'s current schema or database (ordinary and partitioned tables,
     * not views, not partitions, not the database's own tables), each as {@link #readTable} reads it,
     * in name order.
     *
     * @throws SQLException when the catalog cannot be read
     */
    SchemaSnapshot readSchema(Connection connection) throws SQLException;

    /**
     * {@link #readSchema(Connection)}, and where the database has {@linkplain Capability#SCHEMAS schemas}
     * also the tables, sequences and domains of the other schemas {@code otherSchemas} accepts (never the
     * database's own), named {@code schema.name}, and those schemas themselves. A database without
     * schemas reads its own tables only.
     *
     * @throws SQLException when the catalog cannot be read
     */
    default SchemaSnapshot readSchema(Connection connection, Predicate<String> otherSchemas) throws SQLException {
        return readSchema(connection);
    }

    /**
     * Runs {@code work} in an empty scratch schema on the server {@code connection} is connected to,
     * and removes the scratch schema afterwards, whatever the work did: the place where autogenerate
     * builds the models to read them back in this database's own words. PostgreSQL uses a schema
     * inside a transaction that is rolled back; MariaDB/MySQL a database that is dropped; SQLite a
     * private in-memory database.
     *
     * @param connection a connection to the project's database; null is allowed for a dialect that
     *     supports {@link Capability#STANDALONE_SCRATCH}
     * @throws SQLException when the scratch schema cannot be made, or the work fails
     */
    <T> T inScratchSchema(Connection connection, ScratchWork<T> work) throws SQLException;

    /**
     * The database a command that only reads is given instead of {@code url} when {@code url}'s database
     * does not exist yet, so that reading does not create it: SQLite reads an empty in-memory database
     * instead of creating the file. Empty: connect to {@code url} itself (a server says when a database
     * is missing).
     */
    default Optional<DatabaseUrl> standInWhenMissing(DatabaseUrl url) {
        return Optional.empty();
    }

    /**
     * Creates an empty {@link ScratchDatabase} on the server {@code project} is connected to, for
     * models that span several schemas. Only databases with {@link Capability#SCHEMAS schemas} need
     * one; the default, for the others, makes none.
     *
     * @throws SQLException when the server refuses (the user may not create databases)
     */
    default Optional<ScratchDatabase> createScratchDatabase(Connection project) throws SQLException {
        return Optional.empty();
    }

    /**
     * The size on disk of each table of the current schema, indexes included, in bytes, where the
     * database tells it; tables it cannot tell are left out. Default: nothing is known.
     *
     * @throws SQLException when the catalog cannot be read
     */
    default Map<String, Long> tableSizes(Connection connection) throws SQLException {
        return Map.of();
    }

    /**
     * Writes a consistent copy of the database {@code connection} is connected to into {@code
     * target} (which exists, empty, with the permissions it must keep): SQLite through its online
     * backup, the servers through their own dump tool.
     *
     * @throws IOException when the copy cannot be made, saying why (a dump tool that is not
     *     installed names the package to install)
     * @throws SQLException when the database refuses
     */
    void backup(Connection connection, DatabaseUrl url, Path target) throws IOException, SQLException;

    /**
     * The statements that drop {@code tables} whatever their foreign keys between them and to them
     * (for {@code retort reset}), views built on them included where the database requires.
     */
    List<String> dropTables(List<String> tables);

    /**
     * The objects of {@code connection}'s current schema other than tables that migrations may have
     * made (views, sequences, types, routines; not an extension's), for {@code retort reset} to
     * drop after the tables, in an order that works.
     *
     * @throws SQLException when the catalog cannot be read
     */
    List<SchemaObject> objectsBesideTables(Connection connection) throws SQLException;

    /**
     * The schemas besides {@code connection}'s current one that {@code included} accepts, each with
     * the statement that drops it and everything in it, for {@code retort reset} with
     * {@code include_schemas}; a schema an extension lives in is left out. Default: none, for a
     * database without {@linkplain Capability#SCHEMAS schemas}.
     *
     * @throws SQLException when the catalog cannot be read
     */
    default List<SchemaObject> otherSchemas(Connection connection, Predicate<String> included) throws SQLException {
        return List.of();
    }

    /** The file extension of this database's backups, such as {@code .dump}. */
    String backupExtension();

    /**
     * A {@link TableLookup} that reads {@code connection}'s database each time it is asked, for
     * rendering operations online. It wraps an {@link SQLException} in a {@link RenderException}.
     */
    TableLookup tableLookup(Connection connection);
}
