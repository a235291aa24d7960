package dev.retort;

import dev.retort.dialect.Capability;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SchemaSnapshot;
import dev.retort.dialect.ScratchDatabase;
import dev.retort.dialect.ScratchWork;
import dev.retort.runtime.ConnectionFailedException;
import dev.retort.runtime.DatabaseConnector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where autogenerate and squash build a schema to read it back: a scratch schema of the project's
 * database, or, when {@code include_schemas} brings other schemas into the comparison (in the
 * project's database those are its own), a scratch database on the same server, dropped afterwards.
 * One thread at a time.
 */
final class ScratchSpace {
    private final RetortConfig config;
    private final Dialect dialect;
    private final Optional<DatabaseUrl> url;
    private final Connection connection;

    /**
     * The scratch space next to the project's database reached through {@code connection} at
     * {@code url}; both absent (null, empty) for a dialect with
     * {@link Capability#STANDALONE_SCRATCH standalone scratch schemas} and no database.
     */
    ScratchSpace(RetortConfig config, Dialect dialect, Optional<DatabaseUrl> url, Connection connection) {
        this.config = config;
        this.dialect = dialect;
        this.url = url;
        this.connection = connection;
    }

    /**
     * Runs {@code work} in an empty scratch schema or database, which is gone afterwards.
     *
     * @throws SQLException when the work fails, or the scratch schema cannot be made
     * @throws ScratchUnavailableException when a scratch database is needed and cannot be made or reached
     */
    <T> T run(ScratchWork<T> work) throws SQLException {
        if (!spansSchemas()) {
            return dialect.inScratchSchema(connection, work);
        }
        ScratchDatabase database = create();
        try {
            try (Connection scratch =
                    DatabaseConnector.open(dialect, scratchUrl(database), Identity.applicationName())) {
                database.prepare(scratch);
                return work.apply(scratch);
            } finally {
                database.drop();
            }
        } catch (ConnectionFailedException e) {
            throw new ScratchUnavailableException(
                    "cannot reach the scratch database " + database.name() + ": " + e.getMessage(), e.hint(), e);
        }
    }

    /** The project's URL naming the scratch database instead. */
    private DatabaseUrl scratchUrl(ScratchDatabase database) {
        try {
            return url.orElseThrow().withDatabase(database.name());
        } catch (IllegalArgumentException e) {
            throw new ScratchUnavailableException(
                    "cannot name the scratch database " + database.name() + " in the project's URL: " + e.getMessage(),
                    "write the project's URL as " + dialect.exampleUrl() + ", or compare with models = \"url:...\"",
                    e);
        }
    }

    /** The schema built in {@code scratch}, with the other schemas the comparison includes. */
    SchemaSnapshot read(Connection scratch) throws SQLException {
        return dialect.readSchema(scratch, config.schemaFilter());
    }

    /** What the place is called in messages: "a scratch schema" or "a scratch database". */
    String description() {
        return spansSchemas() ? "a scratch database" : "a scratch schema";
    }

    private boolean spansSchemas() {
        return config.schemaFilter().includesOthers() && dialect.supports(Capability.SCHEMAS);
    }

    private ScratchDatabase create() {
        if (connection == null || url.isEmpty()) {
            throw new ScratchUnavailableException(
                    "the other schemas include_schemas names need a scratch database on the project's server,"
                            + " and no database is reached",
                    "pass --url with a " + dialect.displayName() + " database you can reach",
                    null);
        }
        Optional<ScratchDatabase> created;
        try {
            created = dialect.createScratchDatabase(connection);
        } catch (SQLException e) {
            throw new ScratchUnavailableException(
                    "cannot create a scratch database on the project's server, needed to build other schemas"
                            + " (include_schemas): " + e.getMessage(),
                    "let the database user create databases (ALTER ROLE ... CREATEDB), or compare with models ="
                            + " \"url:...\" (a database built from the models)",
                    e);
        }
        return created.orElseThrow(() -> new ScratchUnavailableException(
                dialect.displayName() + " has no scratch databases for other schemas (include_schemas)",
                "remove include_schemas from retort.toml, or compare with models = \"url:...\"",
                null));
    }
}
