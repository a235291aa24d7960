package dev.retort;

import dev.retort.dialect.Dialect;
import dev.retort.graph.MigrationPlanner;
import dev.retort.graph.Plan;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.graph.Step;
import dev.retort.runtime.IrreversibleRevisionException;
import dev.retort.runtime.PlanRunner;
import dev.retort.runtime.PreparedStep;
import dev.retort.runtime.ScriptSink;
import dev.retort.runtime.StepFailedException;
import dev.retort.script.InvalidScriptException;
import dev.retort.script.ScriptDirectory;
import java.util.ArrayList;
import java.util.List;

/** Renders {@code upgrade --sql} and {@code downgrade --sql}: the exact SQL, for a DBA to run. */
final class OfflineSql {
    private final RetortConfig config;
    private final ScriptDirectory directory;
    private final RevisionGraph graph;
    private final Dialect dialect;

    OfflineSql(RetortConfig config, ScriptDirectory directory, RevisionGraph graph, Dialect dialect) {
        this.config = config;
        this.directory = directory;
        this.graph = graph;
        this.dialect = dialect;
    }

    /** The SQL of {@code upgrade TARGET --sql}: from base, or from the start of a {@code FROM:TO} range. */
    OfflineScript upgrade(String target) {
        String[] range = split(target);
        GraphErrors errors = upgradeErrors(range[1]);
        List<String> start = start(range[0], errors);
        return upgradeFrom(start, range[1], start.isEmpty());
    }

    /** The SQL of an upgrade from the version-table rows {@code heads}. */
    OfflineScript upgradeFrom(List<String> heads, String destination, boolean createVersionTable) {
        Plan plan = upgradeErrors(destination).run(() -> new MigrationPlanner(graph).upgrade(heads, destination));
        return render(plan, createVersionTable, false);
    }

    /** The SQL of {@code downgrade FROM:TO --sql}; the version table goes when nothing remains. */
    OfflineScript downgrade(String target) {
        if (!target.contains(":")) {
            throw new UsageException(
                    "downgrade with --sql requires <fromrev>:<torev>",
                    "offline there is no database to read the current revision from; e.g. `retort downgrade head:base"
                            + " --sql`");
        }
        String[] range = split(target);
        GraphErrors errors = downgradeErrors(range[1]);
        List<String> start = start(range[0], errors);
        Plan plan = errors.run(() -> new MigrationPlanner(graph).downgrade(start, range[1]));
        return render(plan, false, plan.endHeads().isEmpty() && !plan.isEmpty());
    }

    /** The SQL of a downgrade from the version-table rows {@code heads}, as a live downgrade runs it. */
    OfflineScript downgradeFrom(List<String> heads, String destination) {
        Plan plan = downgradeErrors(destination).run(() -> new MigrationPlanner(graph).downgrade(heads, destination));
        return render(plan, false, false);
    }

    private GraphErrors upgradeErrors(String destination) {
        return GraphErrors.of(directory)
                .withMultipleHeads(
                        "Multiple head revisions are present for given argument '%s'; please specify a specific"
                                + " target revision, '<branchname>@%s' to narrow to a specific head, or 'heads' for all"
                                + " heads",
                        "name one of them, run `retort upgrade heads` for all, or join them with `retort merge"
                                + " heads -m \"merge\"`")
                .withRange(
                        "Destination %s is not a valid upgrade target from current head(s)",
                        "run `retort history` to see which revisions lie above the start", destination);
    }

    private GraphErrors downgradeErrors(String destination) {
        return GraphErrors.of(directory)
                .withRange(
                        "Destination %s is not a valid downgrade target from current head(s)",
                        "a downgrade target must lie below the start; run `retort history`", destination);
    }

    private OfflineScript render(Plan plan, boolean createVersionTable, boolean dropVersionTable) {
        PlanRunner runner = new PlanRunner(directory, dialect, config.versionTable(), config.classLoader());
        List<PreparedStep> prepared;
        try {
            prepared = runner.prepare(plan);
        } catch (InvalidScriptException e) {
            throw ScriptErrors.translate(e);
        } catch (IrreversibleRevisionException e) {
            throw Irreversible.of(e);
        }
        ScriptSink sink = new ScriptSink(dialect);
        try {
            runner.run(prepared, sink, createVersionTable, dropVersionTable);
        } catch (StepFailedException e) {
            throw RuntimeErrors.notWritable(e);
        }
        return new OfflineScript(dialect.name(), sink.text(), steps(plan));
    }

    private List<String> start(String from, GraphErrors errors) {
        if (from == null || from.isEmpty() || from.equals("base")) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (RevisionNode node : errors.run(() -> graph.resolve(from))) {
            ids.add(node.id());
        }
        return ids;
    }

    private List<MigrationStepInfo> steps(Plan plan) {
        List<MigrationStepInfo> steps = new ArrayList<>();
        for (Step step : plan.steps()) {
            String message =
                    directory.script(step.revision().id()).orElseThrow().message();
            steps.add(
                    new MigrationStepInfo(step.revision().id(), step.upgrade(), step.fromIds(), step.toIds(), message));
        }
        return steps;
    }

    /** {@code from:to} into its two ends; without a colon, from is base. */
    private static String[] split(String target) {
        int colon = target.indexOf(':');
        if (colon < 0) {
            return new String[] {null, target};
        }
        if (target.indexOf(':', colon + 1) >= 0) {
            throw new UsageException(
                    "'" + target + "' has more than one ':'", "give a range as FROM:TO, e.g. `1975ea83:head`");
        }
        return new String[] {target.substring(0, colon), target.substring(colon + 1)};
    }
}
