package dev.retort.cli;

import dev.retort.ErrorCode;
import dev.retort.RetortException;
import dev.retort.SquashRequest;
import dev.retort.SquashResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort squash}: one baseline revision in place of a revision and all its ancestors. */
@Command(
        mixinStandardHelpOptions = true,
        name = "squash",
        description = "Replace the revisions from base up to REV with one baseline revision that builds the same"
                + " schema (the scripts are run in a scratch schema and the result read back). The baseline keeps"
                + " REV's id, so later revisions stay attached and databases at REV or past it need nothing; the"
                + " replaced scripts are deleted (version control keeps them). Data statements (seed rows) are not"
                + " carried over. Refused on an environment marked protected = true unless --force; asks first on a"
                + " terminal unless --yes.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  retort squash --dry-run",
            "  retort squash --to 1975ea83 -m \"baseline 2026\" --yes",
            "  retort squash --json --yes"
        })
final class SquashCommand extends ProjectCommand {
    @Option(
            names = "--to",
            paramLabel = "REV",
            defaultValue = "head",
            description = "The newest revision to squash; it and all its ancestors are replaced. Default: head.")
    String target;

    @Option(
            names = {"-m", "--message"},
            paramLabel = "MESSAGE",
            description = "The baseline's message. Default: \"squashed baseline up to REV\".")
    String message;

    @Option(names = "--dry-run", description = "Print what would be removed and the baseline's text; change nothing.")
    boolean dryRun;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(
            names = "--force",
            description = "Squash even on an environment marked protected = true, or while the database is at a"
                    + " revision inside the squashed range (the database in use, or another environment's in"
                    + " retort.toml).")
    boolean force;

    @Override
    int run(Console console) {
        if (project().isProtected() && !force) {
            throw new RetortException(
                    ErrorCode.REFUSED,
                    "environment '" + root.environment + "' is protected (protected = true in "
                            + ProjectConfig.display(project().file()) + "), so squash is refused",
                    "squash in a development checkout, or pass --force if you really mean it",
                    null);
        }
        SquashRequest request = SquashRequest.to(target)
                .withMessage(message)
                .withForce(force)
                .withDryRun(dryRun)
                .withEnvironments(project().environmentUrls(), project().file().getParent());
        if (!dryRun && root.invocation().terminal() && !yes) {
            SquashResult preview = retort().squash(request.withDryRun(true));
            if (!confirmed(console, preview)) {
                console.progress("Nothing was changed.");
                return 1;
            }
        }
        SquashResult result = retort().squash(request);
        if (console.json()) {
            console.resultJson(json(result));
        } else {
            text(console, result);
        }
        return 0;
    }

    private boolean confirmed(Console console, SquashResult preview) {
        console.prompt("Replace " + preview.squashed().size() + " revisions (" + String.join(", ", preview.squashed())
                + ") with one baseline " + preview.baseline() + "? [y/N] ");
        try {
            String answer = root.invocation().in().readLine();
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
        } catch (IOException e) {
            return false;
        }
    }

    private static void text(Console console, SquashResult result) {
        result.databaseProblem()
                .ifPresent(problem ->
                        console.warning("could not check the database: " + problem + "; squashing the scripts only"));
        for (SquashResult.Environment environment : result.environments()) {
            environment
                    .problem()
                    .ifPresent(problem -> console.warning("could not check environment '" + environment.name() + "' ("
                            + environment.database() + "): " + problem));
        }
        if (result.dryRun()) {
            for (Path file : result.removed()) {
                console.result("Would remove " + RevisionText.display(file));
            }
            console.result("Would generate " + RevisionText.display(result.written()) + ":");
            console.result("");
            console.result(result.text().stripTrailing());
        } else {
            for (Path file : result.removed()) {
                console.result("Removing " + RevisionText.display(file) + " ... done");
            }
            console.result("Generating " + RevisionText.display(result.written()) + " ... done");
        }
        if (!result.dataRevisions().isEmpty()) {
            console.warning("data statements (INSERT/UPDATE/DELETE) of " + String.join(", ", result.dataRevisions())
                    + " are not carried over into the baseline; re-add seed data by hand");
        }
    }

    private static Map<String, Object> json(SquashResult result) {
        Map<String, Object> json = Json.object();
        json.put("baseline", result.baseline());
        json.put("squashed", result.squashed());
        json.put("removed", result.removed().stream().map(RevisionText::display).toList());
        json.put("written", RevisionText.display(result.written()));
        json.put("dry_run", result.dryRun());
        json.put("data_revisions", result.dataRevisions());
        json.put("database", result.database().orElse(null));
        json.put("database_heads", result.databaseHeads());
        json.put("database_problem", result.databaseProblem().orElse(null));
        json.put(
                "environments",
                result.environments().stream().map(SquashCommand::json).toList());
        if (result.dryRun()) {
            json.put("text", result.text());
        }
        return json;
    }

    private static Map<String, Object> json(SquashResult.Environment environment) {
        Map<String, Object> json = Json.object();
        json.put("name", environment.name());
        json.put("database", environment.database());
        json.put("heads", environment.heads());
        json.put("problem", environment.problem().orElse(null));
        return json;
    }
}
