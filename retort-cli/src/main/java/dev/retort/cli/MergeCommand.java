package dev.retort.cli;

import dev.retort.NewRevisionRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort merge}: a revision that joins several heads into one. */
@Command(
        mixinStandardHelpOptions = true,
        name = "merge",
        description = "Create a merge revision that revises two or more revisions (usually: heads).",
        footerHeading = "%nExamples:%n",
        footer = {"  retort merge heads -m \"merge auth and billing\"", "  retort merge -m \"merge\" 3f2a9c1b 9be0417a"
        })
final class MergeCommand extends ProjectCommand {
    @Parameters(paramLabel = "REV", arity = "1..*", description = "The revisions to merge, or heads.")
    List<String> revisions = new ArrayList<>();

    @Option(
            names = {"-m", "--message"},
            paramLabel = "MESSAGE",
            description = "One line saying what the merge joins.")
    String message;

    @Option(names = "--branch-label", paramLabel = "LABEL", split = ",", description = "Branch label(s) for it.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a generated one.")
    String revisionId;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "The script's language: sql or java. Default: format in retort.toml (sql).")
    String format;

    @Override
    int run(Console console) {
        NewRevisionRequest request =
                NewRevisionRequest.withMessage(message).withHeads(revisions).withBranchLabels(branchLabels);
        if (revisionId != null) {
            request = request.withRevisionId(revisionId);
        }
        if (format != null) {
            request = request.withFormat(format);
        }
        RevisionCommand.report(console, retort().merge(request));
        return 0;
    }
}
