package dev.retort;

import dev.retort.graph.RevisionGraph;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.java.ClassPathScripts;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Retort's Java API: every command of the {@code retort} tool as a method that returns a result
 * and never prints. One thread at a time: share the configuration, not the instance.
 *
 * <pre>{@code
 * Retort retort = Retort.configure().scriptLocation(Path.of("migrations")).load();
 * retort.revision(NewRevisionRequest.withMessage("create users"));
 * for (RevisionInfo head : retort.heads(false)) {
 *     System.out.println(head.id());
 * }
 * }</pre>
 */
public final class Retort {
    private final RetortConfig config;
    private ScriptDirectory directory;

    Retort(RetortConfig config) {
        this.config = config;
    }

    /** Starts a configuration; finish it with {@link RetortConfig.Builder#load()}. */
    public static RetortConfig.Builder configure() {
        return new RetortConfig.Builder();
    }

    /**
     * Creates a script location: {@code versions/} and the script templates.
     *
     * @throws ScriptFormatException when the folder exists and is not empty
     */
    public static void init(Path scriptLocation) {
        Objects.requireNonNull(scriptLocation, "scriptLocation");
        ScriptErrors.run(() -> {
            ScriptDirectory.init(scriptLocation);
            return null;
        });
    }

    /** The configuration this instance was loaded with. */
    public RetortConfig config() {
        return config;
    }

    /**
     * The head revisions: those nothing revises. With {@code resolveDependencies}, only those that
     * nothing revises or depends on.
     */
    public List<RevisionInfo> heads(boolean resolveDependencies) {
        return queries().heads(resolveDependencies);
    }

    /** The branch points, newest first, each with the revisions that branch from it. */
    public List<BranchPoint> branches() {
        return queries().branches();
    }

    /**
     * The revisions in {@code range} ({@code start:end}, either end optional; null for all),
     * newest first.
     */
    public List<RevisionInfo> history(String range) {
        return queries().history(range);
    }

    /** The revisions an identifier names ({@code head}, {@code heads}, an id, a label...). */
    public List<RevisionInfo> show(String revision) {
        Objects.requireNonNull(revision, "revision");
        return queries().show(revision);
    }

    /** Writes a new revision script and returns it. */
    public RevisionInfo revision(NewRevisionRequest request) {
        Objects.requireNonNull(request, "request");
        MigrationScript script = writer().revision(request);
        return written(script);
    }

    /**
     * Compares the database, at its head, with the configured models and writes a revision whose
     * upgrade turns one into the other and whose downgrade turns it back. A revision is written even
     * when nothing differs, as Alembic does.
     *
     * @throws RetortException when the database is not at its head ("Target database is not up to
     *     date."), or the models cannot be read
     */
    public AutogenerateResult autogenerate(NewRevisionRequest request) {
        Objects.requireNonNull(request, "request");
        ScriptDirectory scripts = scripts();
        RevisionGraph graph = new GraphQueries(scripts).graph();
        return new Autogen(config, graph, new Online(config, scripts, graph))
                .revision(request, writer(), this::written);
    }

    /**
     * Drops every table of the database's current schema — what the migrations made, and Retort's
     * version and history tables — then upgrades to the heads again: a fresh database, for
     * development. Works whatever state the version table is in. The other objects of the schema
     * that migrations make — views, sequences, types, domains, routines, not an extension's — are
     * dropped too, so that the upgrade can make them again; so are the other schemas
     * {@code include_schemas} brings in (not one an extension lives in).
     */
    public ResetResult reset() {
        Online.Dropped dropped = online().dropEverything();
        config.listener().tablesDropped(dropped.tables());
        config.listener().objectsDropped(dropped.objects());
        return new ResetResult(dropped.tables(), dropped.objects(), online().upgrade("heads"));
    }

    /**
     * Replaces {@code request.target()} and all its ancestors with one baseline script that builds
     * the same schema: the scripts run in a scratch schema of the project's database, the result is
     * read back, and the baseline's upgrade creates it from nothing (its downgrade drops it). The
     * baseline keeps the target's id, so databases at the target or past it need nothing and later
     * revisions stay attached; the replaced scripts are deleted. Data statements (seed rows) are not
     * carried over; {@link SquashResult#dataRevisions()} says which scripts had them.
     *
     * <pre>{@code
     * SquashResult result = retort.squash(SquashRequest.to("head").withMessage("baseline 2026"));
     * result.removed().forEach(System.out::println);
     * }</pre>
     *
     * @throws RevisionGraphException when the target names several revisions or none, has no
     *     ancestors, a branch leaves the squashed revisions, or a label sits on one of them
     * @throws RetortException with {@link ErrorCode#REFUSED} when the database is at a revision
     *     inside the range other than the target (unless forced)
     */
    public SquashResult squash(SquashRequest request) {
        Objects.requireNonNull(request, "request");
        ScriptDirectory scripts = scripts();
        RevisionGraph graph = new GraphQueries(scripts).graph();
        try {
            return new Squash(config, scripts, graph).run(request);
        } finally {
            directory = null;
        }
    }

    /**
     * Writes a consistent copy of the database, readable by its owner only: SQLite through its online
     * backup (others may keep writing), PostgreSQL with {@code pg_dump}, MariaDB/MySQL with {@code
     * mariadb-dump}. {@code to} is relative to the configuration's folder; by default {@code
     * backups/<database>-<time><ext>} there.
     *
     * @throws RetortException when the copy cannot be made (a dump tool that is not installed says
     *     which package to install)
     */
    public BackupResult backup(Optional<Path> to) {
        Objects.requireNonNull(to, "to");
        return online().backup(to);
    }

    /**
     * The database: which server, its tables with row counts, indexes and sizes on disk (where the
     * database tells them), the applied revisions and the scripts' heads.
     */
    public DatabaseInfo info() {
        return online().info(heads(false));
    }

    /**
     * Everything at once, for a CI gate: where the database is against the heads, the pending
     * revisions in order, edited scripts, a half-applied revision, and — when models are configured —
     * whether they match the database.
     */
    public ProjectStatus status() {
        ScriptDirectory scripts = scripts();
        RevisionGraph graph = new GraphQueries(scripts).graph();
        Online online = new Online(config, scripts, graph);
        Online.Standing standing = online.standing();
        Optional<SchemaComparison> models = config.models().isPresent()
                ? Optional.of(new Autogen(config, graph, online).check())
                : Optional.empty();
        return new ProjectStatus(standing.current(), heads(false), standing.pending(), models);
    }

    /**
     * What differs between the database and the configured models: nothing when they match.
     *
     * @throws ConfigException when no models are configured
     */
    public SchemaComparison check() {
        return autogen().check();
    }

    /**
     * What differs from {@code from} to {@code to}, each {@code database}, {@code models}, or a
     * model source ({@code sql:FILE}, {@code java:CLASS}, {@code url:URL}).
     */
    public SchemaComparison diff(String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return autogen().diff(from, to);
    }

    /** Writes a merge revision joining {@code request.heads()} and returns it. */
    public RevisionInfo merge(NewRevisionRequest request) {
        Objects.requireNonNull(request, "request");
        MigrationScript script = writer().merge(request);
        return written(script);
    }

    /**
     * The offline SQL of an upgrade: {@code target} ({@code head}, a revision, ...) from base, or a
     * range {@code from:to}. Nothing connects to a database.
     */
    public OfflineScript upgradeSql(String target) {
        Objects.requireNonNull(target, "target");
        return offline().upgrade(target);
    }

    /** The offline SQL of a downgrade over the range {@code from:to}. Nothing connects to a database. */
    public OfflineScript downgradeSql(String range) {
        Objects.requireNonNull(range, "range");
        return offline().downgrade(range);
    }

    /**
     * Upgrades the database to {@code target}: {@code head}, {@code heads}, a revision,
     * {@code label@head}, {@code +N}... Each revision runs in its own transaction where the database
     * allows; progress goes to the configured {@link MigrationListener}.
     *
     * @throws MigrationFailedException when a revision fails (earlier ones stay applied)
     * @throws DatabaseUnreachableException when no connection can be made
     */
    public MigrationResult upgrade(String target) {
        Objects.requireNonNull(target, "target");
        return online().upgrade(target);
    }

    /** Downgrades the database to {@code target}: a revision, {@code base}, {@code -N}, {@code label@-N}... */
    public MigrationResult downgrade(String target) {
        Objects.requireNonNull(target, "target");
        return online().downgrade(target);
    }

    /** The SQL an upgrade to {@code target} would run on the database now, without running it. */
    public OfflineScript upgradeDryRun(String target) {
        Objects.requireNonNull(target, "target");
        return online().dryRun(true, target);
    }

    /** The SQL a downgrade to {@code target} would run on the database now, without running it. */
    public OfflineScript downgradeDryRun(String target) {
        Objects.requireNonNull(target, "target");
        return online().dryRun(false, target);
    }

    /** Where the database stands: its current revisions, edited applied scripts, a blocking failure. */
    public CurrentStatus current() {
        return online().current();
    }

    /**
     * Records the database as being at {@code revisions} without running any script. With
     * {@code purge}, every existing row of the version table goes first.
     */
    public StampResult stamp(List<String> revisions, boolean purge) {
        Objects.requireNonNull(revisions, "revisions");
        return online().stamp(revisions, purge);
    }

    /**
     * After a revision failed half-way and the database was put right by hand, lets migrations run
     * again. Returns the revision whose failure was resolved; empty when nothing was blocked.
     */
    public Optional<String> repair() {
        return online().repair();
    }

    private Online online() {
        ScriptDirectory scripts = scripts();
        return new Online(config, scripts, new GraphQueries(scripts).graph());
    }

    private Autogen autogen() {
        ScriptDirectory scripts = scripts();
        RevisionGraph graph = new GraphQueries(scripts).graph();
        return new Autogen(config, graph, new Online(config, scripts, graph));
    }

    private OfflineSql offline() {
        ScriptDirectory scripts = scripts();
        return new OfflineSql(config, scripts, new GraphQueries(scripts).graph(), DialectChoice.of(config));
    }

    private RevisionInfo written(MigrationScript script) {
        directory = null;
        GraphQueries queries = queries();
        return queries.show(script.id()).get(0);
    }

    private RevisionWriter writer() {
        ScriptDirectory scripts = scripts();
        return new RevisionWriter(config, scripts, new GraphQueries(scripts).graph());
    }

    private GraphQueries queries() {
        return new GraphQueries(scripts());
    }

    private ScriptDirectory scripts() {
        if (directory == null) {
            directory = ScriptErrors.run(() -> ScriptDirectory.load(
                    config.scriptLocation(),
                    config.scriptPackage()
                            .map(name -> ClassPathScripts.find(name, config.classLoader()))
                            .orElse(List.of())));
        }
        return directory;
    }
}
