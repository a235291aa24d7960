package dev.retort.cli;

import dev.retort.RevisionInfo;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort show REV}: the full entry of the revisions an identifier names. */
@Command(
        mixinStandardHelpOptions = true,
        name = "show",
        description = "Show the revision(s) an identifier names: an id (or its first four or more characters),"
                + " a branch label, head or heads.",
        footerHeading = "%nExamples:%n",
        footer = {"  retort show head", "  retort show 1975ea83", "  retort show auth@head"})
final class ShowCommand extends ProjectCommand {
    @Parameters(paramLabel = "REV", description = "The revision identifier.")
    String revision;

    @Override
    int run(Console console) {
        List<RevisionInfo> revisions = retort().show(revision);
        if (console.json()) {
            console.resultJson(Map.of("revisions", RevisionText.json(revisions)));
            return 0;
        }
        for (RevisionInfo info : revisions) {
            console.result(RevisionText.entry(info, false));
        }
        return 0;
    }
}
