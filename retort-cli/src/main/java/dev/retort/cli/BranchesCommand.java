package dev.retort.cli;

import dev.retort.BranchPoint;
import dev.retort.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code retort branches}: the revisions where the graph splits, and what branches from them. */
@Command(
        mixinStandardHelpOptions = true,
        name = "branches",
        description = "Show the branch points: revisions that more than one revision revises.",
        footerHeading = "%nExamples:%n",
        footer = {"  retort branches", "  retort branches --verbose"})
final class BranchesCommand extends ProjectCommand {
    @Override
    int run(Console console) {
        List<BranchPoint> points = retort().branches();
        if (console.json()) {
            List<Object> json = new ArrayList<>();
            for (BranchPoint point : points) {
                Map<String, Object> entry = Json.object();
                entry.put("revision", RevisionText.json(point.revision()));
                entry.put("branches", RevisionText.json(point.branches()));
                json.add(entry);
            }
            console.resultJson(Map.of("branch_points", json));
            return 0;
        }
        for (BranchPoint point : points) {
            StringBuilder text = new StringBuilder();
            text.append(
                    console.verbose()
                            ? RevisionText.entry(point.revision(), false)
                            : RevisionText.line(point.revision(), RevisionText.Parts.BRANCH_POINT, false));
            String indent = " ".repeat(point.revision().id().length());
            RevisionText.Parts childParts = new RevisionText.Parts(true, console.verbose(), false, true, true);
            for (RevisionInfo branch : point.branches()) {
                text.append('\n').append(indent).append(" -> ").append(RevisionText.line(branch, childParts, false));
            }
            console.result(text.append('\n').toString());
        }
        return 0;
    }
}
