package dev.retort;

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
