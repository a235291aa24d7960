package dev.retort;

import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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
            directory = ScriptErrors.run(() -> ScriptDirectory.load(config.scriptLocation()));
        }
        return directory;
    }
}
