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
            "  retort downgrade head:base --sql         print the SQL that reverts everything",
            "  retort downgrade head:-1 --sql           the SQL that reverts the last revision"
        })
final class DowngradeCommand extends ProjectCommand {
    @Parameters(paramLabel = "TARGET", description = "Where to downgrade to.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (offline: needs FROM:TO).")
    boolean sql;

    @Override
    int run(Console console) {
        if (!sql) {
            throw new UsageException(
                    "running migrations against a database is not available in this build yet",
                    "use `retort downgrade <from>:" + target + " --sql` and run the SQL with your database's client");
        }
        UpgradeCommand.printOffline(console, retort().downgradeSql(target));
        return 0;
    }
}
