package dev.retort.cli;

import dev.retort.RevisionInfo;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort heads}: the revisions nothing revises yet. */
@Command(
        mixinStandardHelpOptions = true,
        name = "heads",
        description = "Show the head revisions: the tips of the revision graph.",
        footerHeading = "%nExamples:%n",
        footer = {"  retort heads", "  retort heads --verbose --resolve-dependencies"})
final class HeadsCommand extends ProjectCommand {
    @Option(
            names = "--resolve-dependencies",
            description = "Treat dependencies as parents: leave out heads that other branches depend on.")
    boolean resolveDependencies;

    @Override
    int run(Console console) {
        List<RevisionInfo> heads = retort().heads(resolveDependencies);
        if (console.json()) {
            console.resultJson(Map.of("heads", RevisionText.json(heads)));
            return 0;
        }
        for (RevisionInfo head : heads) {
            console.result(
                    console.verbose()
                            ? RevisionText.entry(head, false)
                            : RevisionText.line(head, RevisionText.Parts.HEADS, false));
        }
        return 0;
    }
}
