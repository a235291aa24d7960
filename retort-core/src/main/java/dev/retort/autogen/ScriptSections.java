package dev.retort.autogen;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.SchemaSnapshot;
import dev.retort.diff.DiffWarning;
import dev.retort.diff.SchemaDiff;
import dev.retort.diff.SchemaEvolution;
import dev.retort.ops.Operation;
import dev.retort.render.JavaOpsRenderer;
import dev.retort.schema.Schema;
import dev.retort.script.GeneratedBodies;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a diff as the upgrade and downgrade sections of a new script: SQL statements in the
 * database's own dialect, or Java calls of the {@code Ops} API. Destructive operations get a warning
 * comment above them; other warnings (likely renames) head the upgrade section. Stateless.
 */
final class ScriptSections {
    private static final String JAVA_INDENT = "        ";
    private static final Set<String> TEMPLATE_IMPORTS = Set.of(
            "import static dev.retort.schema.Column.column;",
            "import static dev.retort.schema.DataType.*;",
            "import dev.retort.ops.Migration;",
            "import dev.retort.ops.Ops;",
            "import dev.retort.ops.Revision;");

    private ScriptSections() {}

    /** The sections as SQL of {@code dialect}, the SQL of each operation worked out from the tables as they stand then. */
    static GeneratedBodies sql(Dialect dialect, SchemaDiff diff, SchemaSnapshot database, SchemaSnapshot models) {
        return new GeneratedBodies(
                sqlSection(dialect, diff.upgrade(), diff.warnings(), database),
                sqlSection(dialect, diff.downgrade(), List.of(), models),
                List.of());
    }

    /** The sections as Java statements, with the imports they need beyond the template's. */
    static GeneratedBodies java(SchemaDiff diff) {
        List<String> imports = new ArrayList<>();
        for (String line : JavaOpsRenderer.imports(concat(diff.upgrade(), diff.downgrade()))) {
            if (!TEMPLATE_IMPORTS.contains(line)) {
                imports.add(line);
            }
        }
        return new GeneratedBodies(
                javaSection(diff.upgrade(), diff.warnings()), javaSection(diff.downgrade(), List.of()), imports);
    }

    private static String sqlSection(
            Dialect dialect, List<Operation> operations, List<DiffWarning> warnings, SchemaSnapshot start) {
        StringBuilder out = new StringBuilder();
        Set<DiffWarning> unplaced = new LinkedHashSet<>(warnings);
        for (DiffWarning warning : warnings) {
            if (operations.stream().noneMatch(operation -> concerns(warning, operation))) {
                out.append(comment("-- ", warning));
                unplaced.remove(warning);
            }
        }
        SchemaStates states = new SchemaStates(dialect, start, start.schema());
        Schema now = start.schema();
        for (Operation operation : operations) {
            for (DiffWarning warning : List.copyOf(unplaced)) {
                if (concerns(warning, operation)) {
                    out.append(comment("-- ", warning));
                    unplaced.remove(warning);
                }
            }
            for (String statement : dialect.render(operation, states.at(now))) {
                out.append(dialect.scriptStatement(statement)).append('\n');
            }
            now = SchemaEvolution.apply(now, operation);
        }
        return stripEnd(out);
    }

    private static String javaSection(List<Operation> operations, List<DiffWarning> warnings) {
        if (operations.isEmpty()) {
            return JavaOpsRenderer.render(List.of(), JAVA_INDENT).stripTrailing();
        }
        StringBuilder out = new StringBuilder();
        Set<DiffWarning> unplaced = new LinkedHashSet<>(warnings);
        for (DiffWarning warning : warnings) {
            if (operations.stream().noneMatch(operation -> concerns(warning, operation))) {
                out.append(comment(JAVA_INDENT + "// ", warning));
                unplaced.remove(warning);
            }
        }
        for (Operation operation : operations) {
            for (DiffWarning warning : List.copyOf(unplaced)) {
                if (concerns(warning, operation)) {
                    out.append(comment(JAVA_INDENT + "// ", warning));
                    unplaced.remove(warning);
                }
            }
            out.append(JavaOpsRenderer.render(List.of(operation), JAVA_INDENT));
        }
        return stripEnd(out);
    }

    /** Whether {@code warning} is about what {@code operation} does: the same table, and the same column if it names one. */
    private static boolean concerns(DiffWarning warning, Operation operation) {
        if (warning.kind() == DiffWarning.Kind.LIKELY_RENAME) {
            return false;
        }
        Optional<String> table = operation.table();
        if (table.isEmpty() || !table.get().equals(warning.table())) {
            return false;
        }
        return warning.column().isEmpty() || OperationSummary.column(operation).equals(warning.column());
    }

    /** The warning as comment lines, each starting with {@code prefix}. */
    private static String comment(String prefix, DiffWarning warning) {
        StringBuilder out = new StringBuilder();
        String[] lines = warning.message().split("\n");
        for (int i = 0; i < lines.length; i++) {
            out.append(prefix)
                    .append(i == 0 ? "WARNING: " : "  ")
                    .append(lines[i])
                    .append('\n');
        }
        warning.suggestion()
                .ifPresent(line ->
                        out.append(prefix).append("  instead: ").append(line).append('\n'));
        return out.toString();
    }

    private static List<Operation> concat(List<Operation> first, List<Operation> second) {
        List<Operation> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String stripEnd(StringBuilder out) {
        return out.toString().stripTrailing();
    }
}
