package dev.retort.cli;

import dev.retort.ResetResult;
import dev.retort.UsageException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort reset}: drop every table and upgrade to head again, for development databases. */
@Command(
        mixinStandardHelpOptions = true,
        name = "reset",
        description = "Drop every table of the database (Retort's own included), then its views, sequences,"
                + " types and routines, and upgrade to head again."
                + " Refused on an environment marked protected = true unless --force; asks first on a terminal"
                + " unless --yes.",
        footerHeading = "%nExamples:%n",
        footer = {"  retort reset", "  retort --env test reset --yes", "  retort backup && retort reset --yes"})
final class ResetCommand extends ProjectCommand {
    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--force", description = "Reset even an environment marked protected = true.")
    boolean force;

    @Override
    int run(Console console) {
        if (project().isProtected() && !force) {
            throw new UsageException(
                    "environment '" + root.environment + "' is protected (protected = true in "
                            + ProjectConfig.display(project().file()) + "), so reset is refused",
                    "reset another environment, or pass --force if you really mean to drop every table there");
        }
        if (root.invocation().terminal() && !yes && !confirmed(console)) {
            console.progress("Nothing was changed.");
            return 1;
        }
        ResetResult result = retort().reset();
        if (console.json()) {
            Map<String, Object> json = Json.object();
            json.put("dropped", result.dropped());
            json.put("dropped_objects", result.droppedObjects());
            json.put("upgrade", UpgradeCommand.json(result.upgrade()));
            console.resultJson(json);
            return 0;
        }
        UpgradeCommand.report(console, result.upgrade(), "upgrade");
        return 0;
    }

    private boolean confirmed(Console console) {
        console.prompt("Drop every table of " + retort().current().database() + " and upgrade to head again? [y/N] ");
        try {
            String answer = root.invocation().in().readLine();
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
        } catch (IOException e) {
            return false;
        }
    }
}
