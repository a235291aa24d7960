package dev.retort;

import dev.retort.autogen.Comparison;
import dev.retort.autogen.TableFilter;
import dev.retort.dialect.Capability;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LeaseLock;
import dev.retort.dialect.RenderException;
import dev.retort.dialect.SchemaSnapshot;
import dev.retort.graph.MigrationPlanner;
import dev.retort.graph.Plan;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.graph.Step;
import dev.retort.runtime.ScratchRun;
import dev.retort.runtime.SqlStatement;
import dev.retort.runtime.StepFailedException;
import dev.retort.script.DataStatements;
import dev.retort.script.GeneratedBodies;
import dev.retort.script.MigrationScript;
import dev.retort.script.NewRevision;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptFormat;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code retort squash}: replaces a revision and all its ancestors with one baseline script that
 * keeps the revision's id and builds the schema the replaced scripts built. The schema comes from
 * running those scripts in a scratch schema of the project's database and reading it back; the
 * baseline's upgrade creates it from nothing and its downgrade drops it again. One thread at a time.
 */
final class Squash {
    private static final int SHOWN_STATEMENT = 200;

    private final RetortConfig config;
    private final ScriptDirectory scripts;
    private final RevisionGraph graph;
    private final GraphErrors errors;

    Squash(RetortConfig config, ScriptDirectory scripts, RevisionGraph graph) {
        this.config = config;
        this.scripts = scripts;
        this.graph = graph;
        this.errors = GraphErrors.of(scripts)
                .withMultipleHeads(
                        "Multiple head revisions are present for given argument '%s'; please specify a specific"
                                + " target revision, '<branchname>@%s' to narrow to a specific head, or 'heads' for all"
                                + " heads",
                        "pass --to <revision> to squash up to one of them, or join them first with `retort merge heads"
                                + " -m \"merge\"`");
    }

    SquashResult run(SquashRequest request) {
        RevisionNode target = target(request.target());
        List<RevisionNode> range = range(target);
        checkRange(target, range);
        List<MigrationScript> squashed = scriptsOf(range);
        Dialect dialect = DialectChoice.of(config);
        State state = state(dialect, target, range, request.force());
        List<SquashResult.Environment> environments = environments(request, target, range);
        List<String> dataRevisions = dataRevisions(squashed, dialect);
        NewRevision baseline = baseline(request, target, range, dialect, state.schema(), dataRevisions);
        checkGraphAfter(target);
        List<Path> removed = squashed.stream().map(MigrationScript::file).toList();
        Map.Entry<Path, String> rendered = ScriptErrors.run(() -> scripts.render(baseline));
        Path written = rendered.getKey();
        if (!request.dryRun()) {
            written = ScriptErrors.run(() -> scripts.replace(baseline, removed)).file();
        }
        return new SquashResult(
                target.id(),
                ids(range),
                removed,
                written,
                rendered.getValue(),
                dataRevisions,
                state.database(),
                state.heads(),
                state.problem(),
                environments,
                request.dryRun());
    }

    /**
     * The squashed scripts whose data statements a database built from the baseline misses: none
     * unless one of them makes rows, as a database the baseline builds starts empty and UPDATE or
     * DELETE alone (a backfill, say) finds nothing to change there.
     */
    private static List<String> dataRevisions(List<MigrationScript> squashed, Dialect dialect) {
        if (squashed.stream().noneMatch(script -> DataStatements.addsRows(script, dialect.splitterSyntax()))) {
            return List.of();
        }
        return squashed.stream()
                .filter(script -> DataStatements.in(script, dialect.splitterSyntax()))
                .map(MigrationScript::id)
                .toList();
    }

    private RevisionNode target(String identifier) {
        return errors.run(() -> graph.resolveOne(identifier))
                .orElseThrow(() -> new UsageException(
                        "Nothing to squash: '" + identifier + "' names no revision",
                        "pass --to <revision>: the newest revision the baseline replaces (`retort history` lists"
                                + " them)"));
    }

    /** The target and all its ancestors, dependencies included, in the order an upgrade applies them. */
    private List<RevisionNode> range(RevisionNode target) {
        Plan plan = errors.run(() -> new MigrationPlanner(graph).upgrade(List.of(), target.id()));
        List<RevisionNode> range = new ArrayList<>();
        for (Step step : plan.steps()) {
            range.add(step.revision());
        }
        return range;
    }

    private void checkRange(RevisionNode target, List<RevisionNode> range) {
        if (range.size() < 2) {
            throw new RevisionGraphException(
                    "Nothing to squash: revision " + target.id() + " is a base with no ancestors",
                    "squash up to a later revision with --to <revision> (`retort history` lists them)",
                    List.of(target.id()),
                    null);
        }
        Set<String> inside = new HashSet<>(ids(range));
        List<String> leaving = new ArrayList<>();
        List<String> involved = new ArrayList<>();
        for (RevisionNode node : graph.nodes()) {
            if (inside.contains(node.id())) {
                continue;
            }
            for (String parent : node.parentIds()) {
                if (inside.contains(parent) && !parent.equals(target.id())) {
                    leaving.add(node.id() + " revises " + parent);
                    involved.add(node.id());
                }
            }
            for (String dependency : node.resolvedDependencyIds()) {
                if (inside.contains(dependency) && !dependency.equals(target.id())) {
                    leaving.add(node.id() + " depends on " + dependency);
                    involved.add(node.id());
                }
            }
        }
        if (!leaving.isEmpty()) {
            throw new RevisionGraphException(
                    "Cannot squash up to " + target.id() + ": a branch leaves the squashed revisions ("
                            + String.join(", ", leaving) + "), and the revisions it builds on would be gone",
                    "squash up to a revision that has them all below it (join the branches first with `retort merge"
                            + " heads -m \"merge\"`), or up to a revision below the branch point",
                    involved,
                    null);
        }
        for (RevisionNode node : range) {
            if (!node.id().equals(target.id())
                    && !node.revision().branchLabels().isEmpty()) {
                throw new RevisionGraphException(
                        "Cannot squash up to " + target.id() + ": branch label '"
                                + String.join(", ", node.revision().branchLabels()) + "' is declared on revision "
                                + node.id() + ", which the squash would remove",
                        "move the label to a revision that stays (its Branch-Labels header), or squash up to "
                                + node.id(),
                        List.of(node.id()),
                        null);
            }
        }
    }

    private List<MigrationScript> scriptsOf(List<RevisionNode> range) {
        Path versions = scripts.versions().toAbsolutePath().normalize();
        List<MigrationScript> found = new ArrayList<>();
        for (RevisionNode node : range) {
            MigrationScript script = scripts.script(node.id()).orElseThrow();
            Path file = script.file().toAbsolutePath().normalize();
            if (!file.startsWith(versions)
                    || !file.toString().endsWith("." + script.format().extension())) {
                throw new RetortException(
                        ErrorCode.REFUSED,
                        "Cannot squash revision " + node.id() + ": its script is compiled into the application ("
                                + DisplayPaths.of(script.file()) + "), not a file in " + DisplayPaths.of(versions),
                        "squash scripts of the versions folder only; squash up to a revision below it",
                        null);
            }
            found.add(script);
        }
        return found;
    }

    /** Checks the database (when it can be reached) and builds the schema at the target. */
    private State state(Dialect dialect, RevisionNode target, List<RevisionNode> range, boolean force) {
        if (config.url().isEmpty()) {
            return standalone(dialect, target, range, Optional.empty(), "no database URL is configured");
        }
        Online online = new Online(config, scripts, graph);
        try {
            return online.connected((heads, connection) -> {
                checkDatabase(online.database(), heads, target, range, force);
                return new State(
                        Optional.of(online.database()),
                        heads,
                        Optional.empty(),
                        schema(
                                dialect,
                                new ScratchSpace(config, dialect, Optional.of(online.url()), connection),
                                target));
            });
        } catch (DatabaseUnreachableException e) {
            return standalone(dialect, target, range, Optional.of(online.database()), e.getMessage());
        }
    }

    private State standalone(
            Dialect dialect, RevisionNode target, List<RevisionNode> range, Optional<String> url, String problem) {
        if (!dialect.supports(Capability.STANDALONE_SCRATCH)) {
            throw new RetortException(
                    ErrorCode.DATABASE_UNREACHABLE,
                    "cannot build the baseline: squash builds the schema at " + target.id()
                            + " in a scratch schema on the project's " + dialect.displayName() + " server, and "
                            + problem,
                    "start the server, or pass --url with any " + dialect.displayName() + " database you can reach"
                            + " (squash only makes a scratch schema there and removes it)",
                    null);
        }
        try {
            ScratchSpace space = new ScratchSpace(config, dialect, Optional.empty(), null);
            return new State(Optional.empty(), List.of(), Optional.of(problem), schema(dialect, space, target));
        } catch (SQLException e) {
            throw scratchFailed(dialect, target, e);
        }
    }

    private void checkDatabase(
            String database, List<String> heads, RevisionNode target, List<RevisionNode> range, boolean force) {
        List<String> intermediate = intermediate(heads, target, range);
        if (!intermediate.isEmpty() && !force) {
            throw new RetortException(
                    ErrorCode.REFUSED,
                    "the database " + database + " is at revision " + String.join(", ", intermediate)
                            + ", inside the revisions the squash replaces; afterwards it would name a revision no script"
                            + " declares",
                    "upgrade it to " + target.id() + " first (`retort upgrade " + target.id()
                            + "`), or pass --force to squash anyway",
                    null);
        }
    }

    /** The heads inside the squashed range other than the target: revisions no script will declare. */
    private static List<String> intermediate(List<String> heads, RevisionNode target, List<RevisionNode> range) {
        Set<String> inside = new HashSet<>(ids(range));
        return heads.stream()
                .filter(inside::contains)
                .filter(head -> !head.equals(target.id()))
                .toList();
    }

    /**
     * Checks the other environments' databases as {@link #checkDatabase} checks the configured one:
     * each one reached must not be inside the squashed range; one not reached is reported, not refused.
     */
    private List<SquashResult.Environment> environments(
            SquashRequest request, RevisionNode target, List<RevisionNode> range) {
        Optional<Online> configured = configured();
        Path urlBase = request.environmentUrlBase().orElse(config.urlBase());
        List<SquashResult.Environment> checked = new ArrayList<>();
        request.environments()
                .forEach((name, url) -> check(name, url, urlBase, configured).ifPresent(checked::add));
        List<SquashResult.Environment> inside = checked.stream()
                .filter(environment ->
                        !intermediate(environment.heads(), target, range).isEmpty())
                .toList();
        if (!inside.isEmpty() && !request.force()) {
            throw environmentsInside(inside, target, range);
        }
        return checked;
    }

    /** The configured database, when there is one to compare with (its URL was checked before). */
    private Optional<Online> configured() {
        if (config.url().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Online(config, scripts, graph));
    }

    /** One environment's heads, or why they could not be read; empty when it is the configured database. */
    private Optional<SquashResult.Environment> check(
            String name, String url, Path urlBase, Optional<Online> configured) {
        try {
            Online online = new Online(withUrl(url, urlBase), scripts, graph);
            if (configured.isPresent() && configured.get().isSameDatabase(online)) {
                return Optional.empty();
            }
            List<String> heads = online.connected((found, connection) -> found);
            return Optional.of(new SquashResult.Environment(name, online.database(), heads, Optional.empty()));
        } catch (RetortException e) {
            // Unreachable, or a URL this project cannot use: squash goes on and says it could not check it.
            return Optional.of(new SquashResult.Environment(
                    name, DatabaseUrl.redact(url), List.of(), Optional.of(e.getMessage())));
        }
    }

    /** This project's configuration on another database, whose own URL picks the dialect. */
    private RetortConfig withUrl(String url, Path urlBase) {
        return new RetortConfig(
                config.scriptLocation(),
                Optional.of(url),
                Optional.empty(),
                config.versionTable(),
                config.historyTable(),
                config.format(),
                config.clock(),
                urlBase,
                config.lockTimeout(),
                config.strictChecksums(),
                config.listener(),
                config.lock(),
                config.scriptPackage(),
                config.classLoader(),
                config.models(),
                config.includeTables(),
                config.excludeTables(),
                config.includeSchemas(),
                config.excludeSchemas());
    }

    private static RetortException environmentsInside(
            List<SquashResult.Environment> inside, RevisionNode target, List<RevisionNode> range) {
        List<String> where = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (SquashResult.Environment environment : inside) {
            where.add("'" + environment.name() + "' (" + environment.database() + ") at revision "
                    + String.join(", ", intermediate(environment.heads(), target, range)));
            commands.add("`retort "
                    + (environment.name().equals(SquashRequest.TOP_LEVEL) ? "" : "--env " + environment.name() + " ")
                    + "upgrade " + target.id() + "`");
        }
        boolean one = inside.size() == 1;
        return new RetortException(
                ErrorCode.REFUSED,
                (one ? "environment " : "environments ") + String.join(", ", where)
                        + (one ? " is" : " are") + " inside the revisions the squash replaces; afterwards "
                        + (one ? "its database" : "their databases") + " would name a revision no script declares",
                "upgrade " + (one ? "it" : "them") + " to " + target.id() + " first (" + String.join(", ", commands)
                        + "), or pass --force to squash anyway",
                null);
    }

    /** The schema the scripts up to the target build, read from the scratch schema (or database) they ran in. */
    private SchemaSnapshot schema(Dialect dialect, ScratchSpace space, RevisionNode target) throws SQLException {
        Plan plan = errors.run(() -> new MigrationPlanner(graph).upgrade(List.of(), target.id()));
        try {
            return space.run(scratch -> {
                ScriptErrors.run(() -> {
                    ScratchRun.run(scripts, dialect, scratch, config.classLoader(), plan);
                    return null;
                });
                return space.read(scratch);
            });
        } catch (StepFailedException e) {
            String statement = e.statement()
                    .map(SqlStatement::sql)
                    .map(sql -> "\n  statement: " + shortened(sql))
                    .orElse("");
            throw new RetortException(
                    ErrorCode.MIGRATION_FAILED,
                    "revision " + e.step().script().id() + " ("
                            + DisplayPaths.of(e.step().script().file()) + ") fails in " + space.description() + " of "
                            + dialect.displayName() + ": " + e.getMessage() + statement,
                    "squash runs the scripts up to " + target.id() + " in " + space.description() + ", empty, to see"
                            + " the schema they build; make the script run on an empty database, or squash up to a"
                            + " revision below it",
                    e);
        } catch (ScratchUnavailableException e) {
            throw new RetortException(
                    ErrorCode.DATABASE_ERROR,
                    "cannot build the schema at " + target.id() + ": " + e.getMessage(),
                    e.hint(),
                    e);
        } catch (SQLException e) {
            throw scratchFailed(dialect, target, e);
        }
    }

    private static RetortException scratchFailed(Dialect dialect, RevisionNode target, SQLException e) {
        return new RetortException(
                ErrorCode.DATABASE_ERROR,
                "cannot build the schema at " + target.id() + " in a scratch schema of " + dialect.displayName() + ": "
                        + e.getMessage(),
                "the database user needs the right to create a scratch schema or database there",
                e);
    }

    private NewRevision baseline(
            SquashRequest request,
            RevisionNode target,
            List<RevisionNode> range,
            Dialect dialect,
            SchemaSnapshot schema,
            List<String> dataRevisions) {
        String message = request.message().isPresent()
                ? RevisionWriter.message(request.message())
                : "squashed baseline up to " + target.id();
        ScriptFormat format = ScriptFormat.named(config.format())
                .orElseThrow(() -> new ConfigException(
                        "unknown format '" + config.format() + "'; expected 'sql' or 'java'",
                        "set format = \"sql\" or \"java\" in retort.toml"));
        List<String> squashes = new ArrayList<>(ids(range));
        squashes.remove(target.id());
        GeneratedBodies bodies = sections(dialect, schema, format == ScriptFormat.JAVA);
        String prefix = format == ScriptFormat.JAVA ? "        // " : "-- ";
        StringBuilder note = new StringBuilder()
                .append(prefix)
                .append("Baseline written by `retort squash`: the schema the revisions up to ")
                .append(target.id())
                .append(" built.\n")
                .append(prefix)
                .append("It replaces ")
                .append(String.join(", ", ids(range)))
                .append(".\n");
        if (!dataRevisions.isEmpty()) {
            note.append(prefix)
                    .append("NOTE: data statements (INSERT/UPDATE/DELETE) in ")
                    .append(String.join(", ", dataRevisions))
                    .append(" are not carried over:\n")
                    .append(prefix)
                    .append("re-add seed data by hand if databases built from here need it.\n");
        }
        Path folder = scripts.script(target.id()).orElseThrow().file().getParent();
        return new NewRevision(
                target.id(),
                List.of(),
                target.revision().branchLabels(),
                List.of(),
                message,
                LocalDateTime.now(config.clock()).format(RevisionWriter.CREATED),
                format,
                Optional.of(folder),
                new GeneratedBodies(
                        note + bodies.upgrades(),
                        bodies.downgrades().isEmpty() ? prefix + "nothing to drop" : bodies.downgrades(),
                        bodies.imports()),
                squashes);
    }

    /** Create-everything from an empty schema, and its exact inverse, without Retort's own tables. */
    private GeneratedBodies sections(Dialect dialect, SchemaSnapshot schema, boolean java) {
        Set<String> bookkeeping = new LinkedHashSet<>(List.of(
                config.versionTable(), config.historyTable(), config.lock().leaseTable(), LeaseLock.DEFAULT_TABLE));
        Comparison comparison = Comparison.of(
                dialect, new SchemaSnapshot(List.of()), schema, new TableFilter(List.of(), List.of(), bookkeeping));
        try {
            return comparison.sections(java);
        } catch (RenderException e) {
            throw new RetortException(
                    ErrorCode.MODELS,
                    "the schema cannot be written as a script for this database: " + e.getMessage(),
                    "squash up to another revision, or write the baseline by hand with `retort revision`",
                    e);
        }
    }

    /** The graph as it will be, checked before any file changes: the baseline in place of the squashed revisions. */
    private void checkGraphAfter(RevisionNode target) {
        Set<String> removed = new HashSet<>(ids(graph.appliedWith(List.of(target.id()))));
        List<Revision> after = new ArrayList<>();
        for (RevisionNode node : graph.nodes()) {
            if (node.id().equals(target.id())) {
                after.add(new Revision(
                        target.id(), List.of(), List.of(), target.revision().branchLabels()));
            } else if (!removed.contains(node.id())) {
                after.add(node.revision());
            }
        }
        errors.run(() -> RevisionGraph.of(after).heads());
    }

    private static List<String> ids(List<RevisionNode> nodes) {
        return nodes.stream().map(RevisionNode::id).toList();
    }

    private static String shortened(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SHOWN_STATEMENT ? oneLine : oneLine.substring(0, SHOWN_STATEMENT - 3) + "...";
    }

    /** The database as found (empty when unchecked) and the schema at the target. */
    private record State(
            Optional<String> database, List<String> heads, Optional<String> problem, SchemaSnapshot schema) {}
}
