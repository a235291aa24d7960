package dev.retort.cli;

import dev.retort.SchemaComparison;
import picocli.CommandLine.Command;

/** {@code retort check}: whether the database matches the models; exit 1 when it does not. */
@Command(
        mixinStandardHelpOptions = true,
        name = "check",
        description = "Compare the database with the models of retort.toml; exit 1 when they differ.",
        footerHeading = "%nExamples:%n",
        footer = {"  retort check", "  retort --env test check --json"})
final class CheckCommand extends ProjectCommand {
    @Override
    int run(Console console) {
        SchemaComparison comparison = retort().check();
        if (console.json()) {
            console.resultJson(SchemaChanges.json(comparison));
        } else if (comparison.isEmpty()) {
            console.result("No new upgrade operations detected.");
        } else {
            console.result("New upgrade operations detected:");
            comparison.changes().forEach(change -> console.result("  " + change));
        }
        comparison.warnings().forEach(console::warning);
        if (!comparison.isEmpty() && !console.json()) {
            console.progress("hint: run `retort revision --autogenerate -m \"...\"` to write them into a revision");
        }
        return comparison.isEmpty() ? 0 : 1;
    }
}
