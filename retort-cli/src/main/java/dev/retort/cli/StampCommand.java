package dev.retort.cli;

import dev.retort.StampResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort stamp REV...}: record the database as being at revisions, running nothing. */
@Command(
        mixinStandardHelpOptions = true,
        name = "stamp",
        description = "Set the version table to the given revision(s) without running any script. Resolves a"
                + " half-applied revision as finished.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  retort stamp head                   the database already has every change",
            "  retort stamp base                   forget every revision (nothing is dropped)",
            "  retort stamp 1975ea83 --purge       clear the version table first, then stamp"
        })
final class StampCommand extends ProjectCommand {
    @Parameters(paramLabel = "REV", arity = "1..*", description = "The revision(s): ids, head, heads, base, labels.")
    List<String> revisions = new ArrayList<>();

    @Option(names = "--purge", description = "Delete every row of the version table before stamping.")
    boolean purge;

    @Override
    int run(Console console) {
        StampResult result = retort().stamp(revisions, purge);
        if (console.json()) {
            Map<String, Object> json = Json.object();
            json.put("database", result.database());
            json.put("from", result.startHeads());
            json.put("to", result.endHeads());
            console.resultJson(json);
            return 0;
        }
        console.result("Stamped " + result.database() + ": " + describe(result.startHeads()) + " -> "
                + describe(result.endHeads()) + ".");
        return 0;
    }

    private static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
