package dev.retort.cli;

import dev.retort.SchemaComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort diff FROM TO}: the operations that turn one schema into another. */
@Command(
        mixinStandardHelpOptions = true,
        name = "diff",
        description = "Show the operations that turn FROM into TO; exit 1 when they differ. Each side is"
                + " 'database', 'models', or a source: sql:FILE, java:CLASS, url:URL.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  retort diff database models",
            "  retort diff database sql:schema.sql --sql",
            "  retort diff url:postgresql://localhost/staging database --json"
        })
final class DiffCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "FROM", description = "What to compare from.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "What to compare to.")
    String to;

    @Option(names = "--sql", description = "Print the upgrade as SQL of the project's database.")
    boolean sql;

    @Override
    int run(Console console) {
        SchemaComparison comparison = retort().diff(from, to);
        if (console.json()) {
            console.resultJson(SchemaChanges.json(comparison));
        } else if (sql) {
            if (!comparison.upgradeSql().isEmpty()) {
                console.result(comparison.upgradeSql());
            }
        } else {
            comparison.changes().forEach(console::result);
        }
        if (comparison.isEmpty() && !console.json()) {
            console.progress("No differences between " + comparison.from() + " and " + comparison.to() + ".");
        }
        comparison.warnings().forEach(console::warning);
        return comparison.isEmpty() ? 0 : 1;
    }
}
