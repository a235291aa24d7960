package dev.retort;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.RenderException;
import dev.retort.dialect.SchemaSnapshot;
import dev.retort.dialect.ScratchWork;
import dev.retort.diff.SchemaComparer;
import dev.retort.models.ModelContext;
import dev.retort.models.ModelException;
import dev.retort.ops.Operation;
import dev.retort.runtime.ConnectionFailedException;
import dev.retort.runtime.DatabaseConnector;
import dev.retort.schema.Schema;
import dev.retort.script.java.SourceFileCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The {@link ModelContext} of a live project database: scratch schemas on that database's server
 * (a scratch database there when {@code include_schemas} brings other schemas into the comparison),
 * and other databases of the same kind reached through their URLs. One thread at a time.
 */
final class ScratchModelContext implements ModelContext {
    private static final int SHOWN_STATEMENT = 200;

    private final RetortConfig config;
    private final Dialect dialect;
    private final ScratchSpace space;

    ScratchModelContext(RetortConfig config, Dialect dialect, DatabaseUrl url, Connection connection) {
        this.config = config;
        this.dialect = dialect;
        this.space = new ScratchSpace(config, dialect, Optional.of(url), connection);
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Path resolve(String path) {
        return config.urlBase().resolve(path).normalize();
    }

    @Override
    public ClassLoader classLoader() {
        return config.classLoader();
    }

    @Override
    public ClassLoader compile(Path source) {
        if (!Files.isRegularFile(source)) {
            throw new ModelException(
                    "the models class file " + source + " does not exist",
                    "write the class there, or name a class on the class path: models = \"java:com.example.AppModels\"",
                    null);
        }
        try {
            return SourceFileCompiler.compile(source, config.classLoader());
        } catch (IllegalArgumentException e) {
            throw new ModelException(
                    "the models class does not compile:\n" + e.getMessage(), "fix the errors in " + source, e);
        }
    }

    @Override
    public SchemaSnapshot reflectStatements(String origin, List<String> statements, List<Integer> lines) {
        Optional<SchemaSnapshot> built = scratch(
                origin,
                scratch -> runTogether(scratch, statements)
                        ? Optional.of(space.read(scratch))
                        : Optional.<SchemaSnapshot>empty());
        if (built.isPresent()) {
            return built.get();
        }
        // A statement failed: run them one at a time in a fresh scratch schema to say which, and why.
        return scratch(origin, scratch -> {
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                try (Statement statement = scratch.createStatement()) {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new ModelException(
                            "the models statement at " + origin + ":" + lines.get(i) + " failed in "
                                    + space.description() + " of " + dialect.displayName() + ": " + e.getMessage()
                                    + "\n  statement: "
                                    + shortened(sql),
                            "fix the statement in " + origin + "; it must run on an empty " + dialect.displayName()
                                    + " schema",
                            e);
                }
            }
            return space.read(scratch);
        });
    }

    @Override
    public SchemaSnapshot reflectSchema(String origin, Schema declared) {
        List<Operation> operations =
                SchemaComparer.compare(Schema.EMPTY, declared).upgrade();
        return scratch(origin, scratch -> {
            for (Operation operation : operations) {
                try (Statement statement = scratch.createStatement()) {
                    for (String sql : dialect.render(operation, dialect.tableLookup(scratch))) {
                        statement.execute(sql);
                    }
                } catch (SQLException | RenderException | IllegalArgumentException e) {
                    throw new ModelException(
                            "the models of " + origin + " cannot be built on " + dialect.displayName() + ": "
                                    + operation
                                            .table()
                                            .map(table -> "table " + table + ": ")
                                            .orElse("")
                                    + e.getMessage(),
                            "fix the model of that table in " + origin,
                            e);
                }
            }
            return space.read(scratch);
        });
    }

    @Override
    public SchemaSnapshot reflectDatabase(String url) {
        Dialect other = Dialects.installed()
                .forUrl(url)
                .orElseThrow(() -> new ModelException(
                        "the models URL names no database Retort knows",
                        "write models = \"url:" + dialect.exampleUrl() + "\"",
                        null));
        if (!other.name().equals(dialect.name())) {
            throw new ModelException(
                    "the models database is " + other.displayName() + " but the project's database is "
                            + dialect.displayName(),
                    "compare databases of one kind: point models at a " + dialect.displayName() + " database, or"
                            + " use models = \"sql:schema.sql\"",
                    null);
        }
        DatabaseUrl parsed;
        try {
            parsed = dialect.parseUrl(url, config.urlBase());
        } catch (IllegalArgumentException e) {
            throw new ModelException(
                    "bad models URL: " + e.getMessage(), "write it like " + dialect.exampleUrl(), null);
        }
        try (Connection models = DatabaseConnector.open(dialect, parsed, Identity.applicationName())) {
            return dialect.readSchema(models, config.schemaFilter());
        } catch (ConnectionFailedException e) {
            throw new ModelException("cannot reach the models database: " + e.getMessage(), e.hint(), e.getCause());
        } catch (SQLException e) {
            throw new ModelException(
                    "cannot read the models database " + parsed.redacted() + ": " + e.getMessage(),
                    "check that the URL's user may read its catalog",
                    null);
        }
    }

    /**
     * Runs {@code statements} as one JDBC batch, which drivers send in few round trips (a models file
     * of 500 tables has well over a thousand statements); false when any of them fails.
     */
    private static boolean runTogether(Connection scratch, List<String> statements) {
        try (Statement statement = scratch.createStatement()) {
            for (String sql : statements) {
                statement.addBatch(sql);
            }
            statement.executeBatch();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private <T> T scratch(String origin, ScratchWork<T> work) {
        try {
            return space.run(work);
        } catch (ScratchUnavailableException e) {
            throw new ModelException("the models of " + origin + " cannot be built: " + e.getMessage(), e.hint(), e);
        } catch (SQLException e) {
            throw new ModelException(
                    "cannot build the models of " + origin + " in " + space.description() + " of "
                            + dialect.displayName() + ": " + e.getMessage(),
                    "the database user needs the right to create a scratch schema or database there",
                    e);
        }
    }

    private static String shortened(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SHOWN_STATEMENT ? oneLine : oneLine.substring(0, SHOWN_STATEMENT - 3) + "...";
    }
}
