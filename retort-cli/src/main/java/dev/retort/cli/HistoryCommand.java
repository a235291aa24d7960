package dev.retort.cli;

import dev.retort.RevisionInfo;
import java.util.List;
import java.util.Map;
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
            "  retort history -r -3:                  the last three and the one below them"
        })
final class HistoryCommand extends ProjectCommand {
    @Option(
            names = {"-r", "--rev-range"},
            paramLabel = "START:END",
            description = "Only revisions between START and END (either may be left out).")
    String range;

    @Override
    int run(Console console) {
        List<RevisionInfo> revisions = retort().history(range);
        if (console.json()) {
            console.resultJson(Map.of("revisions", RevisionText.json(revisions)));
            return 0;
        }
        for (RevisionInfo revision : revisions) {
            console.result(
                    console.verbose()
                            ? RevisionText.entry(revision, false)
                            : RevisionText.line(revision, RevisionText.Parts.HISTORY, false));
        }
        return 0;
    }
}
