package dev.retort.cli;

import dev.retort.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort downgrade TARGET}: revert revisions down to a target. */
@Command(
        mixinStandardHelpOptions = true,
        name = "downgrade",
        description = "Revert to a previous revision. TARGET: a revision, base, -N (the last N), LABEL@-N,"
                + " LABEL@base; with --sql: FROM:TO.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  retort downgrade -1                      revert the last revision applied",
            "  retort downgrade base                    revert everything",
            "  retort downgrade 1975ea83 --dry-run      print the SQL it would run on the database now",
            "  retort downgrade head:base --sql         print the SQL that reverts everything (no database)"
        })
final class DowngradeCommand extends ProjectCommand {
    @Parameters(paramLabel = "TARGET", description = "Where to downgrade to.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (offline: needs FROM:TO).")
    boolean sql;

    @Option(names = "--dry-run", description = "Connect, plan from the database's state, print the SQL, run nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Downgrade to base even on an environment marked protected = true.")
    boolean force;

    @Override
    int run(Console console) {
        UpgradeCommand.checkModes(sql, dryRun);
        if (!sql && !dryRun && target.equals("base") && project().isProtected() && !force) {
            throw new UsageException(
                    "environment '" + root.environment + "' is protected (protected = true in "
                            + ProjectConfig.display(project().file()) + "), so downgrading it to base is refused",
                    "downgrade to a revision instead, or pass --force if you really mean to revert everything there");
        }
        if (sql) {
            UpgradeCommand.printOffline(console, retort().downgradeSql(target));
        } else if (dryRun) {
            UpgradeCommand.printOffline(console, retort().downgradeDryRun(target));
        } else {
            UpgradeCommand.report(console, retort().downgrade(target), "downgrade");
        }
        return 0;
    }
}
