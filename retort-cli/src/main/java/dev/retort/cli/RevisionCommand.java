package dev.retort.cli;

import dev.retort.AutogenerateResult;
import dev.retort.NewRevisionRequest;
import dev.retort.RevisionInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort revision}: a new, empty revision script on the current head. */
@Command(
        mixinStandardHelpOptions = true,
        name = "revision",
        description = "Create a new revision script.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  retort revision -m \"create users\"",
            "  retort revision -m \"start billing\" --head base --branch-label billing",
            "  retort revision -m \"hotfix\" --head 1975ea83 --splice",
            "  retort revision -m \"add orders\" --depends-on billing --rev-id 0002_orders",
            "  retort revision -m \"backfill names\" --format java",
            "  retort revision --autogenerate -m \"add user full name\""
        })
final class RevisionCommand extends ProjectCommand {
    @Option(
            names = {"-m", "--message"},
            paramLabel = "MESSAGE",
            description = "One line saying what the revision does.")
    String message;

    @Option(
            names = "--head",
            paramLabel = "REV",
            defaultValue = "head",
            description = "The revision to build on: head (default), base for a new base, or a revision id.")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head (start a branch).")
    boolean splice;

    @Option(
            names = "--branch-label",
            paramLabel = "LABEL",
            split = ",",
            description = "Branch label(s) to put on the new revision.")
    List<String> branchLabels = new ArrayList<>();

    @Option(
            names = "--depends-on",
            paramLabel = "REV",
            split = ",",
            description = "Revision(s) or label(s) the new revision depends on.")
    List<String> dependsOn = new ArrayList<>();

    @Option(
            names = "--version-path",
            paramLabel = "DIR",
            description = "A folder inside versions/ to write the script in.")
    Path versionPath;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a generated one.")
    String revisionId;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "The script's language: sql or java. Default: format in retort.toml (sql).")
    String format;

    @Option(
            names = "--autogenerate",
            description = "Fill the script with the operations that turn the database (at its head) into the"
                    + " models of retort.toml.")
    boolean autogenerate;

    @Override
    int run(Console console) {
        NewRevisionRequest request = NewRevisionRequest.withMessage(message)
                .withHeads(List.of(head))
                .withSplice(splice)
                .withBranchLabels(branchLabels)
                .withDependsOn(dependsOn);
        if (revisionId != null) {
            request = request.withRevisionId(revisionId);
        }
        if (versionPath != null) {
            request = request.withVersionPath(versionPath);
        }
        if (format != null) {
            request = request.withFormat(format);
        }
        if (autogenerate) {
            AutogenerateResult result = retort().autogenerate(request);
            SchemaChanges.report(console, result.comparison(), "Detected ", "No changes in schema detected.");
            report(console, result.revision());
            return 0;
        }
        RevisionInfo created = retort().revision(request);
        report(console, created);
        return 0;
    }

    static void report(Console console, RevisionInfo created) {
        if (console.json()) {
            console.resultJson(Map.of("revision", RevisionText.json(created)));
        } else {
            console.result("Generating " + RevisionText.display(created.path()) + " ... done");
        }
    }
}
