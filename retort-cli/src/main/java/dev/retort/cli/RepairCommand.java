package dev.retort.cli;

import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code retort repair}: let migrations run again after a half-applied revision was put right by hand. */
@Command(
        mixinStandardHelpOptions = true,
        name = "repair",
        description = "After a revision failed half-way (MariaDB/MySQL commit DDL at once) and you undid what it"
                + " did by hand, mark the failure resolved so `upgrade` runs the revision again.",
        footerHeading = "%nExamples:%n",
        footer = {"  retort repair", "  retort stamp <rev>    instead, if you finished the revision by hand"})
final class RepairCommand extends ProjectCommand {
    @Override
    int run(Console console) {
        Optional<String> repaired = retort().repair();
        if (console.json()) {
            Map<String, Object> json = Json.object();
            json.put("repaired", repaired.orElse(null));
            console.resultJson(json);
        } else if (repaired.isPresent()) {
            console.result("Marked the failure of revision " + repaired.get() + " as resolved; `retort upgrade`"
                    + " will run it again.");
        } else {
            console.result("Nothing to repair: no revision is half-applied.");
        }
        return 0;
    }
}
