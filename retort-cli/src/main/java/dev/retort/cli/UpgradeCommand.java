package dev.retort.cli;

import dev.retort.MigrationResult;
import dev.retort.MigrationStepInfo;
import dev.retort.OfflineScript;
import dev.retort.UsageException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort upgrade TARGET}: apply revisions up to a target. */
@Command(
        mixinStandardHelpOptions = true,
        name = "upgrade",
        description = "Upgrade to a later revision. TARGET: head, heads, a revision, LABEL@head, +N (the next N),"
                + " REV+N; with --sql also FROM:TO.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  retort upgrade head                      apply every pending revision",
            "  retort upgrade +1                        apply the next one",
            "  retort upgrade head --backup             back up the database first, then upgrade",
            "  retort upgrade head --dry-run            print the SQL it would run on the database now",
            "  retort upgrade head --sql                print the SQL from base to head (no database)",
            "  retort upgrade 1975ea83:head --sql       the SQL from 1975ea83 to head"
        })
final class UpgradeCommand extends ProjectCommand {
    @Parameters(paramLabel = "TARGET", description = "Where to upgrade to.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (offline: no database is used).")
    boolean sql;

    @Option(names = "--backup", description = "Back up the database first (as `retort backup` does).")
    boolean backup;

    @Option(names = "--dry-run", description = "Connect, plan from the database's state, print the SQL, run nothing.")
    boolean dryRun;

    @Override
    int run(Console console) {
        checkModes(sql, dryRun);
        if (sql) {
            printOffline(console, retort().upgradeSql(target));
        } else if (dryRun) {
            printOffline(console, retort().upgradeDryRun(target));
        } else {
            if (backup) {
                BackupCommand.report(console, retort().backup(Optional.empty()));
            }
            report(console, retort().upgrade(target), "upgrade");
        }
        return 0;
    }

    static void checkModes(boolean sql, boolean dryRun) {
        if (sql && dryRun) {
            throw new UsageException(
                    "--sql and --dry-run do not go together",
                    "--sql works offline from base or a FROM:TO range; --dry-run plans from the database's state");
        }
    }

    /** The result as JSON: the database, the heads before and after, each step with its time. */
    static Map<String, Object> json(MigrationResult result) {
        Map<String, Object> json = Json.object();
        json.put("database", result.database());
        json.put("from", result.startHeads());
        json.put("to", result.endHeads());
        List<Object> steps = steps(result.steps());
        for (int i = 0; i < steps.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> step = (Map<String, Object>) steps.get(i);
            step.put("milliseconds", result.durations().get(i).toMillis());
        }
        json.put("steps", steps);
        return json;
    }

    static void report(Console console, MigrationResult result, String verb) {
        if (console.json()) {
            console.resultJson(json(result));
            return;
        }
        String at = result.endHeads().isEmpty() ? "base" : String.join(", ", result.endHeads());
        if (result.steps().isEmpty()) {
            console.result("Nothing to " + verb + ": " + result.database() + " is at " + at + ".");
            return;
        }
        Duration total = result.durations().stream().reduce(Duration.ZERO, Duration::plus);
        int count = result.steps().size();
        console.result(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + "d " + result.database() + " to "
                + at + " (" + count + (count == 1 ? " revision, " : " revisions, ") + Durations.format(total) + ").");
    }

    static void printOffline(Console console, OfflineScript script) {
        if (console.json()) {
            Map<String, Object> json = Json.object();
            json.put("dialect", script.dialect());
            json.put("steps", steps(script.steps()));
            json.put("sql", script.sql());
            console.resultJson(json);
            return;
        }
        console.result(script.sql().stripTrailing());
    }

    static List<Object> steps(List<MigrationStepInfo> steps) {
        List<Object> json = new ArrayList<>();
        for (MigrationStepInfo step : steps) {
            Map<String, Object> entry = Json.object();
            entry.put("revision", step.revision());
            entry.put("direction", step.direction());
            entry.put("from", step.from());
            entry.put("to", step.to());
            entry.put("message", step.message());
            json.add(entry);
        }
        return json;
    }
}
