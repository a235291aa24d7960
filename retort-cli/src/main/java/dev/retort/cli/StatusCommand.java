package dev.retort.cli;

import dev.retort.ProjectStatus;
import dev.retort.RevisionInfo;
import dev.retort.SchemaComparison;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code retort status}: the database against the scripts and the models; exit 1 when anything is left to do. */
@Command(
        mixinStandardHelpOptions = true,
        name = "status",
        description = "Show where the database is against the heads: pending revisions, edited scripts, a"
                + " revision awaiting repair, differences from the models. Exit 1 when anything is left to do.",
        footerHeading = "%nExamples:%n",
        footer = {"  retort status", "  retort --env production status --json"})
final class StatusCommand extends ProjectCommand {
    @Override
    int run(Console console) {
        ProjectStatus status = retort().status();
        if (console.json()) {
            console.resultJson(json(status));
        } else {
            text(console, status);
        }
        return status.isUpToDate() ? 0 : 1;
    }

    private static void text(Console console, ProjectStatus status) {
        console.result("Database: " + status.current().database());
        console.result("Current:  " + revisions(status.current().heads()));
        console.result("Head:     " + revisions(status.heads()));
        if (!status.pending().isEmpty()) {
            console.result("Pending:  " + status.pending().size() + " revision"
                    + (status.pending().size() == 1 ? "" : "s") + " (run `retort upgrade head`)");
            for (RevisionInfo revision : status.pending()) {
                console.result("  " + RevisionText.line(revision, RevisionText.Parts.HISTORY, false));
            }
        }
        for (String revision : status.current().edited()) {
            console.result("Edited:   " + revision + " was edited after it was applied");
        }
        status.current()
                .blocked()
                .ifPresent(revision -> console.result("Blocked:  revision " + revision
                        + " failed half-way; nothing runs until it is resolved (`retort repair` or `retort stamp`)"));
        status.models().ifPresent(models -> console.result("Models:   " + models(models)));
        console.result(status.isUpToDate() ? "Up to date." : "Not up to date.");
    }

    private static String revisions(List<RevisionInfo> revisions) {
        if (revisions.isEmpty()) {
            return "<base>";
        }
        return String.join(
                ", ",
                revisions.stream()
                        .map(revision -> revision.id() + " (" + revision.message() + ")")
                        .toList());
    }

    private static String models(SchemaComparison models) {
        if (models.isEmpty()) {
            return "match the database";
        }
        return models.changes().size() + " difference" + (models.changes().size() == 1 ? "" : "s")
                + " from the database (run `retort check` to list them)";
    }

    private static Map<String, Object> json(ProjectStatus status) {
        Map<String, Object> json = Json.object();
        json.put("database", status.current().database());
        json.put("current", RevisionText.json(status.current().heads()));
        json.put("heads", RevisionText.json(status.heads()));
        json.put("pending", RevisionText.json(status.pending()));
        json.put("edited", status.current().edited());
        json.put("blocked", status.current().blocked().orElse(null));
        json.put("models", status.models().map(SchemaChanges::json).orElse(null));
        json.put("up_to_date", status.isUpToDate());
        return json;
    }
}
