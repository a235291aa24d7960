package dev.retort.cli;

import dev.retort.CurrentStatus;
import dev.retort.RevisionInfo;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code retort current}: the revision(s) the database is at. */
@Command(
        mixinStandardHelpOptions = true,
        name = "current",
        description = "Show the revision(s) the database is at; warn about applied scripts edited since they ran.",
        footerHeading = "%nExamples:%n",
        footer = {"  retort current", "  retort current --verbose", "  retort --env production current --json"})
final class CurrentCommand extends ProjectCommand {
    @Override
    int run(Console console) {
        CurrentStatus status = retort().current();
        if (console.json()) {
            Map<String, Object> json = Json.object();
            json.put("database", status.database());
            json.put("heads", RevisionText.json(status.heads()));
            json.put("edited", status.edited());
            json.put("blocked", status.blocked().orElse(null));
            console.resultJson(json);
            return 0;
        }
        if (console.verbose()) {
            console.result("Current revision(s) for " + status.database() + ":");
        }
        for (RevisionInfo head : status.heads()) {
            console.result(
                    console.verbose()
                            ? RevisionText.entry(head, false)
                            : RevisionText.line(head, RevisionText.Parts.CURRENT, false));
        }
        if (status.heads().isEmpty()) {
            console.progress("No revision is applied to " + status.database() + " yet.");
        }
        warn(console, status);
        return 0;
    }

    /** Warns about applied scripts edited since they ran, and a half-applied revision. */
    static void warn(Console console, CurrentStatus status) {
        for (String revision : status.edited()) {
            console.warning("revision " + revision + " was edited after it was applied");
        }
        status.blocked()
                .ifPresent(revision -> console.warning("revision " + revision
                        + " failed half-way; migrations are blocked until it is repaired (see `retort upgrade head`)"));
    }
}
