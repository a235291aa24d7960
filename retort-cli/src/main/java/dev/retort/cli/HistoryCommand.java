package dev.retort.cli;

import dev.retort.CurrentStatus;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort history}: the revisions, newest first. */
@Command(
        mixinStandardHelpOptions = true,
        name = "history",
        description = "List revisions in order, newest first.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  retort history",
            "  retort history --verbose",
            "  retort history -r ae1027a6acf:head     from ae1027a6acf up to the head",
            "  retort history -r -3:                  the last three and the one below them",
            "  retort history --indicate-current      mark where the database is"
        })
final class HistoryCommand extends ProjectCommand {
    @Option(
            names = {"-r", "--rev-range"},
            paramLabel = "START:END",
            description = "Only revisions between START and END (either may be left out).")
    String range;

    @Option(
            names = {"-i", "--indicate-current"},
            description = "Mark the revision(s) the database is at with (current); needs the database.")
    boolean indicateCurrent;

    @Override
    int run(Console console) {
        Retort retort = retort();
        List<RevisionInfo> revisions = retort.history(range);
        Set<String> current = new HashSet<>();
        if (indicateCurrent) {
            CurrentStatus status = retort.current();
            status.heads().forEach(head -> current.add(head.id()));
            CurrentCommand.warn(console, status);
        }
        if (console.json()) {
            List<Object> json = RevisionText.json(revisions);
            if (indicateCurrent) {
                for (int i = 0; i < revisions.size(); i++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> entry = (Map<String, Object>) json.get(i);
                    entry.put("current", current.contains(revisions.get(i).id()));
                }
            }
            console.resultJson(Map.of("revisions", json));
            return 0;
        }
        for (RevisionInfo revision : revisions) {
            console.result(
                    console.verbose()
                            ? RevisionText.entry(revision, current.contains(revision.id()))
                            : RevisionText.line(revision, RevisionText.Parts.HISTORY, current.contains(revision.id())));
        }
        return 0;
    }
}
