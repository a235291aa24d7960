package dev.retort;

import dev.retort.autogen.Comparison;
import dev.retort.autogen.SchemaFilter;
import dev.retort.autogen.TableFilter;
import dev.retort.dialect.Capability;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LeaseLock;
import dev.retort.dialect.RenderException;
import dev.retort.dialect.SchemaSnapshot;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.models.ModelException;
import dev.retort.models.ModelSource;
import dev.retort.models.ModelSources;
import dev.retort.script.GeneratedBodies;
import dev.retort.script.MigrationScript;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The commands that compare schemas: {@code check}, {@code diff} and {@code revision --autogenerate}.
 * The models are built in a scratch schema of the project's database (a scratch database on its
 * server when other schemas are compared) and read back, so both sides are in that database's own
 * words.
 */
final class Autogen {
    private static final String DATABASE = "database";
    private static final String MODELS = "models";

    private final RetortConfig config;
    private final RevisionGraph graph;
    private final Online online;

    Autogen(RetortConfig config, RevisionGraph graph, Online online) {
        this.config = config;
        this.graph = graph;
        this.online = online;
    }

    /** The database against the models. */
    SchemaComparison check() {
        ModelSource models = configuredModels();
        return online.inspect((heads, connection) -> compare(connection, DATABASE, MODELS, models));
    }

    /** {@code from} against {@code to}: each {@code database}, {@code models} or a model source. */
    SchemaComparison diff(String from, String to) {
        ModelSource fromSource = source(from);
        ModelSource toSource = source(to);
        return online.inspect((heads, connection) -> {
            Dialect dialect = online.dialect();
            ScratchModelContext context = new ScratchModelContext(config, dialect, online.url(), connection);
            SchemaSnapshot left = read(fromSource, context, connection);
            SchemaSnapshot right = read(toSource, context, connection);
            return comparison(Comparison.of(dialect, left, right, filter()), label(from), label(to));
        });
    }

    /** Writes a revision whose upgrade turns the database, at its head, into the models. */
    AutogenerateResult revision(
            NewRevisionRequest request, RevisionWriter writer, Function<MigrationScript, RevisionInfo> written) {
        ModelSource models = configuredModels();
        boolean java = request.format().orElse(config.format()).equalsIgnoreCase("java");
        Generated generated = online.inspect((heads, connection) -> {
            requireUpToDate(heads);
            Dialect dialect = online.dialect();
            ScratchModelContext context = new ScratchModelContext(config, dialect, online.url(), connection);
            SchemaSnapshot database = dialect.readSchema(connection, schemas());
            SchemaSnapshot wanted = read(models, context, connection);
            Comparison comparison = Comparison.of(dialect, database, wanted, filter());
            return new Generated(
                    comparison(comparison, online.database(), models.description()),
                    rendered(() -> comparison.sections(java)));
        });
        MigrationScript script = writer.revision(request, generated.sections());
        return new AutogenerateResult(written.apply(script), generated.comparison());
    }

    private SchemaComparison compare(Connection connection, String from, String to, ModelSource models)
            throws SQLException {
        Dialect dialect = online.dialect();
        SchemaSnapshot database = dialect.readSchema(connection, schemas());
        SchemaSnapshot wanted =
                read(models, new ScratchModelContext(config, dialect, online.url(), connection), connection);
        return comparison(Comparison.of(dialect, database, wanted, filter()), online.database(), models.description());
    }

    private static SchemaComparison comparison(Comparison comparison, String from, String to) {
        return rendered(() ->
                new SchemaComparison(from, to, comparison.changes(), comparison.warnings(), comparison.upgradeSql()));
    }

    /** Rendering that the database cannot do, in the user's words rather than as an internal error. */
    private static <T> T rendered(Supplier<T> rendering) {
        try {
            return rendering.get();
        } catch (RenderException e) {
            throw new RetortException(
                    ErrorCode.MODELS,
                    "the change cannot be written for this database: " + e.getMessage(),
                    "change the models so the database can get there, or write this step by hand with `retort"
                            + " revision`",
                    e);
        }
    }

    private SchemaSnapshot read(ModelSource source, ScratchModelContext context, Connection connection)
            throws SQLException {
        if (source == null) {
            return online.dialect().readSchema(connection, schemas());
        }
        try {
            return source.read(context);
        } catch (ModelException e) {
            throw new RetortException(ErrorCode.MODELS, e.getMessage(), e.hint(), e);
        }
    }

    /** The source {@code name} means: null for the database itself. */
    private ModelSource source(String name) {
        if (name.equals(DATABASE)) {
            return null;
        }
        if (name.equals(MODELS)) {
            return configuredModels();
        }
        try {
            return ModelSources.parse(name);
        } catch (ModelException e) {
            throw new UsageException(
                    "'" + name + "' names nothing to compare",
                    "name 'database', 'models', or a source: sql:FILE, java:CLASS, url:URL");
        }
    }

    private String label(String name) {
        return name.equals(DATABASE)
                ? online.database()
                : name.equals(MODELS) ? configuredModels().description() : name;
    }

    private ModelSource configuredModels() {
        String setting = config.models()
                .orElseThrow(() -> new ConfigException(
                        "no models are configured, so there is nothing to compare the database with",
                        "add models = \"sql:schema.sql\" (or \"java:com.example.AppModels\", \"url:<database url>\")"
                                + " to retort.toml"));
        try {
            return ModelSources.parse(setting);
        } catch (ModelException e) {
            throw new ConfigException(e.getMessage(), e.hint());
        }
    }

    private void requireUpToDate(List<String> heads) {
        Set<String> applied = new HashSet<>(heads);
        Set<String> wanted = new HashSet<>();
        for (RevisionNode head : graph.heads()) {
            wanted.add(head.id());
        }
        if (!applied.equals(wanted)) {
            throw new RetortException(
                    ErrorCode.MIGRATION_BLOCKED,
                    "Target database is not up to date.",
                    "run `retort upgrade head` first (`retort current` shows where it is), then autogenerate again",
                    null);
        }
    }

    /**
     * The schemas besides the current one that are compared; refused on a database without schemas,
     * where the setting could only be a mistake.
     */
    private SchemaFilter schemas() {
        SchemaFilter schemas = config.schemaFilter();
        if (schemas.includesOthers() && !online.dialect().supports(Capability.SCHEMAS)) {
            throw new RetortException(
                    ErrorCode.CONFIG,
                    "include_schemas is set, but " + online.dialect().displayName()
                            + " has no schemas inside a database",
                    "remove include_schemas from retort.toml, or point models at the other database with"
                            + " models = \"url:...\"",
                    null);
        }
        return schemas;
    }

    private TableFilter filter() {
        return new TableFilter(
                config.includeTables(),
                config.excludeTables(),
                new HashSet<>(List.of(
                        config.versionTable(),
                        config.historyTable(),
                        config.lock().leaseTable(),
                        LeaseLock.DEFAULT_TABLE)));
    }

    /** What autogenerate found and the script sections it makes. */
    private record Generated(SchemaComparison comparison, GeneratedBodies sections) {}
}
