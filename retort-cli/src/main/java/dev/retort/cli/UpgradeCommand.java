package dev.retort.cli;

import dev.retort.MigrationStepInfo;
import dev.retort.OfflineScript;
import dev.retort.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            "  retort upgrade head --sql                print the SQL from base to head",
            "  retort upgrade 1975ea83:head --sql       the SQL from 1975ea83 to head",
            "  retort upgrade auth@head --sql --dialect postgresql"
        })
final class UpgradeCommand extends ProjectCommand {
    @Parameters(paramLabel = "TARGET", description = "Where to upgrade to.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (offline: no database is used).")
    boolean sql;

    @Override
    int run(Console console) {
        if (!sql) {
            throw new UsageException(
                    "running migrations against a database is not available in this build yet",
                    "use `retort upgrade " + target + " --sql` and run the SQL with your database's client");
        }
        OfflineScript script = retort().upgradeSql(target);
        printOffline(console, script);
        return 0;
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
