package dev.retort;

import dev.retort.dialect.ConnectionProblem;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SchemaObject;
import dev.retort.dialect.TableSnapshot;
import dev.retort.graph.MigrationPlanner;
import dev.retort.graph.Plan;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.graph.StampPlan;
import dev.retort.runtime.ChecksumMismatch;
import dev.retort.runtime.ConnectionFailedException;
import dev.retort.runtime.DatabaseConnector;
import dev.retort.runtime.HistoryRow;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.RunOutcome;
import dev.retort.runtime.RuntimeSettings;
import dev.retort.runtime.StepFailedException;
import dev.retort.schema.Index;
import dev.retort.script.ScriptDirectory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The commands that work on a live database: upgrade, downgrade, current, stamp, repair, dry runs. */
final class Online {
    private final RetortConfig config;
    private final ScriptDirectory directory;
    private final RevisionGraph graph;
    private final Dialect dialect;
    private final DatabaseUrl url;

    Online(RetortConfig config, ScriptDirectory directory, RevisionGraph graph) {
        this.config = config;
        this.directory = directory;
        this.graph = graph;
        String text = config.url()
                .orElseThrow(() -> new ConfigException(
                        "no database URL is configured", "set url in retort.toml, set DATABASE_URL, or pass --url"));
        this.dialect = DialectChoice.of(config);
        try {
            this.url = dialect.parseUrl(text, config.urlBase());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    "bad database URL: " + e.getMessage(),
                    "write it like " + dialect.exampleUrl() + " (or as a jdbc: URL)");
        }
    }

    String database() {
        return url.redacted();
    }

    /** The project database's URL. */
    DatabaseUrl url() {
        return url;
    }

    /** Whether {@code other} reaches the same database: same dialect, server and database (or file). */
    boolean isSameDatabase(Online other) {
        if (!dialect.name().equals(other.dialect.name())) {
            return false;
        }
        if (url.jdbc() || other.url.jdbc()) {
            return url.original().strip().equals(other.url.original().strip());
        }
        return url.host().equals(other.url.host())
                && url.port() == other.url.port()
                && url.database().equals(other.url.database());
    }

    MigrationResult upgrade(String target) {
        GraphErrors errors = GraphErrors.of(directory)
                .withMultipleHeads(
                        "Multiple head revisions are present for given argument '%s'; please specify a specific"
                                + " target revision, '<branchname>@%s' to narrow to a specific head, or 'heads' for all"
                                + " heads",
                        "name one of them, run `retort upgrade heads` for all, or join them with `retort merge heads"
                                + " -m \"merge\"`")
                .withRange(
                        "Destination %s is not a valid upgrade target from current head(s)",
                        "run `retort history --indicate-current` to see where the database is", target);
        return run(migrator -> heads -> errors.run(() -> new MigrationPlanner(graph).upgrade(known(heads), target)));
    }

    MigrationResult downgrade(String target) {
        GraphErrors errors = GraphErrors.of(directory)
                .withRange(
                        "Destination %s is not a valid downgrade target from current head(s)",
                        "a downgrade target must lie below the current revision; run `retort history"
                                + " --indicate-current`",
                        target);
        return run(migrator -> heads -> {
            List<String> newestFirst = appliedNewestFirst(migrator);
            return errors.run(() -> new MigrationPlanner(graph).downgrade(known(heads), target, newestFirst));
        });
    }

    OfflineScript dryRun(boolean upgrade, String target) {
        return reading(migrator -> {
            List<String> heads = known(migrator.heads());
            OfflineSql offline = new OfflineSql(config, directory, graph, dialect);
            return upgrade
                    ? offline.upgradeFrom(heads, target, !migrator.initialized())
                    : offline.downgradeFrom(heads, target);
        });
    }

    CurrentStatus current() {
        return reading(migrator -> {
            List<String> heads = known(migrator.heads());
            List<RevisionInfo> infos = new RevisionInfos(directory).of(nodes(heads));
            List<String> edited = new ArrayList<>();
            for (ChecksumMismatch mismatch : migrator.checksumMismatches(graph.appliedWith(heads))) {
                edited.add(mismatch.revision());
            }
            Optional<String> blocked = migrator.blockingFailureNow().map(HistoryRow::revision);
            return new CurrentStatus(url.redacted(), infos, edited, blocked);
        });
    }

    List<String> heads() {
        return reading(migrator -> known(migrator.heads()));
    }

    /**
     * Where the database is and what {@code upgrade heads} would apply from there, in order, from
     * one connection.
     */
    Standing standing() {
        CurrentStatus current = current();
        List<String> heads = current.heads().stream().map(RevisionInfo::id).toList();
        Plan plan = GraphErrors.of(directory).run(() -> new MigrationPlanner(graph).upgrade(heads, "heads"));
        List<RevisionNode> pending = new ArrayList<>();
        plan.steps().forEach(step -> pending.add(step.revision()));
        return new Standing(current, new RevisionInfos(directory).of(pending));
    }

    /** What {@link #dropEverything()} dropped: table names, and other objects as {@code "kind name"}. */
    record Dropped(List<String> tables, List<String> objects) {}

    /**
     * Drops every table of the current schema, Retort's own included, whatever the version table
     * says (a corrupted state included), then the views, sequences, types and routines left, then
     * the other schemas {@code include_schemas} brings in, with everything in them.
     */
    Dropped dropEverything() {
        return session((migrator, connection) -> {
            List<String> tables = new ArrayList<>();
            dialect.readSchema(connection).tables().forEach(table -> tables.add(table.name()));
            List<SchemaObject> others = new ArrayList<>(dialect.objectsBesideTables(connection));
            others.addAll(dialect.otherSchemas(connection, config.schemaFilter()));
            try (Statement statement = connection.createStatement()) {
                for (String sql : dialect.dropTables(tables)) {
                    statement.execute(sql);
                }
                for (SchemaObject other : others) {
                    statement.execute(other.dropStatement());
                }
            }
            return new Dropped(
                    tables, others.stream().map(SchemaObject::describe).toList());
        });
    }

    /** Writes a backup of the database into {@code to}, or the default backup file. */
    BackupResult backup(Optional<Path> to) {
        Path target = to.map(path -> config.urlBase().resolve(path))
                .orElseGet(() -> Backups.defaultFile(config.urlBase(), dialect, url, config.clock()));
        long began = System.nanoTime();
        long bytes = session((migrator, connection) -> Backups.write(dialect, connection, url, target));
        return new BackupResult(url.redacted(), target, bytes, Duration.ofNanos(System.nanoTime() - began));
    }

    /** The server, its tables with rows, indexes and sizes, and the applied revisions. */
    DatabaseInfo info(List<RevisionInfo> scriptHeads) {
        return inspect((heads, connection) -> {
            Map<String, Long> sizes = dialect.tableSizes(connection);
            List<DatabaseInfo.Table> tables = new ArrayList<>();
            for (TableSnapshot table : dialect.readSchema(connection).tables()) {
                List<String> indexes = table.indexes().stream().map(Index::name).toList();
                tables.add(new DatabaseInfo.Table(
                        table.name(),
                        rows(connection, table.name()),
                        indexes,
                        Optional.ofNullable(sizes.get(table.name()))));
            }
            return new DatabaseInfo(
                    url.redacted(),
                    dialect.displayName(),
                    connection.getMetaData().getDatabaseProductVersion(),
                    tables,
                    new RevisionInfos(directory).of(nodes(heads)),
                    scriptHeads);
        });
    }

    private long rows(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + dialect.identifier(table))) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Where the database is, and the revisions still to apply. */
    record Standing(CurrentStatus current, List<RevisionInfo> pending) {}

    StampResult stamp(List<String> targets, boolean purge) {
        GraphErrors errors = GraphErrors.of(directory)
                .withMultipleHeads(
                        "Multiple heads are present for given argument '%s'; please specify a single target revision",
                        "name the revision(s) to stamp, or 'heads'");
        return session(migrator -> {
            StampPlan plan = migrator.stamp(heads -> errors.run(
                    () -> new MigrationPlanner(graph).stamp(purge ? List.of() : known(heads), targets, purge)));
            return new StampResult(url.redacted(), plan.startHeads(), plan.endHeads());
        });
    }

    Optional<String> repair() {
        return session(migrator -> migrator.repair().map(HistoryRow::revision));
    }

    private MigrationResult run(Function<Migrator, Function<List<String>, Plan>> planner) {
        return session(migrator -> {
            RunOutcome outcome = migrator.run(planner.apply(migrator));
            List<MigrationStepInfo> steps = new ArrayList<>();
            List<Duration> durations = new ArrayList<>();
            for (int i = 0; i < outcome.steps().size(); i++) {
                steps.add(StepInfos.of(outcome.steps().get(i)));
                durations.add(Duration.ofNanos(outcome.nanos().get(i)));
            }
            return new MigrationResult(url.redacted(), outcome.startHeads(), outcome.endHeads(), steps, durations);
        });
    }

    private List<String> appliedNewestFirst(Migrator migrator) {
        try {
            return migrator.appliedNewestFirst();
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** Heads of the version table checked against the scripts: each must be a known revision. */
    private List<String> known(List<String> heads) {
        for (String head : heads) {
            if (graph.find(head).isEmpty()) {
                throw new RevisionGraphException(
                        "Can't locate revision identified by '" + head + "'",
                        "the database records revision " + head + ", which no script declares: restore its script,"
                                + " or run `retort stamp <revision> --purge` to record where the database really is"
                                + " (on a development database, `retort reset` rebuilds it from the scripts instead)",
                        List.of(head),
                        null);
            }
        }
        return heads;
    }

    private List<RevisionNode> nodes(List<String> heads) {
        List<RevisionNode> nodes = new ArrayList<>();
        for (String head : heads) {
            nodes.add(graph.find(head).orElseThrow());
        }
        return nodes;
    }

    /**
     * Work that reads the project's database beside its version table (autogenerate): {@code work}
     * gets the applied heads, checked against the scripts, and the open connection.
     */
    <T> T inspect(InspectWork<T> work) {
        return session(readUrl(), (migrator, connection) -> work.apply(known(migrator.heads()), connection));
    }

    /**
     * Work on the project's database as it is, for {@code squash}: {@code work} gets the version
     * table's rows unchecked (they may name revisions no script declares) and the open connection.
     */
    <T> T connected(InspectWork<T> work) {
        return session(readUrl(), (migrator, connection) -> work.apply(migrator.heads(), connection));
    }

    Dialect dialect() {
        return dialect;
    }

    /** Work that needs a connection: opened here, closed after, failures in the user's words. */
    private <T> T session(SqlWork<T> work) {
        return session(url, (migrator, connection) -> work.apply(migrator));
    }

    private <T> T session(ConnectedWork<T> work) {
        return session(url, work);
    }

    /** Work that only reads: a database that does not exist yet is read as empty, not created. */
    private <T> T reading(SqlWork<T> work) {
        return session(readUrl(), (migrator, connection) -> work.apply(migrator));
    }

    private DatabaseUrl readUrl() {
        return dialect.standInWhenMissing(url).orElse(url);
    }

    /** Work on the database at {@code target}: the project's, or its stand-in for reading. */
    private <T> T session(DatabaseUrl target, ConnectedWork<T> work) {
        try (Connection connection = DatabaseConnector.open(dialect, target, Identity.applicationName())) {
            Migrator migrator = new Migrator(
                    directory,
                    dialect,
                    connection,
                    settings(),
                    new ListenerBridge(config.listener()),
                    () -> DatabaseConnector.open(dialect, target, Identity.applicationName()));
            try {
                return work.apply(migrator, connection);
            } catch (SQLException e) {
                throw databaseError(e);
            }
        } catch (SQLException e) {
            throw databaseError(e);
        } catch (RetortException e) {
            throw e;
        } catch (StepFailedException e) {
            throw RuntimeErrors.stepFailed(
                    e,
                    e.sqlException().flatMap(sql -> dialect.diagnose(sql, url)).map(ConnectionProblem::hint));
        } catch (RuntimeException e) {
            throw RuntimeErrors.translate(e);
        }
    }

    private RetortException databaseError(SQLException e) {
        ConnectionFailedException diagnosed = DatabaseConnector.failure(dialect, url, e);
        return new RetortException(
                ErrorCode.DATABASE_ERROR, diagnosed.getMessage(), diagnosed.hint(), diagnosed.getCause());
    }

    private RuntimeSettings settings() {
        return new RuntimeSettings(
                config.versionTable(),
                config.historyTable(),
                config.lockTimeout(),
                config.strictChecksums(),
                Identity.operator(),
                Identity.host(),
                Identity.toolVersion(),
                config.lock(),
                config.classLoader());
    }

    /** A piece of work on a connected migrator and its connection. */
    @FunctionalInterface
    private interface ConnectedWork<T> {
        T apply(Migrator migrator, Connection connection) throws SQLException;
    }

    /** Work on the project's database: its applied heads and the open connection. */
    @FunctionalInterface
    interface InspectWork<T> {
        T apply(List<String> heads, Connection connection) throws SQLException;
    }

    /** A piece of work on a connected migrator. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T apply(Migrator migrator) throws SQLException;
    }
}
