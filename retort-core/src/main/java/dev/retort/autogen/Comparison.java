package dev.retort.autogen;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.SchemaSnapshot;
import dev.retort.dialect.TableSnapshot;
import dev.retort.diff.DiffWarning;
import dev.retort.diff.SchemaComparer;
import dev.retort.diff.SchemaDiff;
import dev.retort.ops.Operation;
import dev.retort.script.GeneratedBodies;
import java.util.ArrayList;
import java.util.List;

/**
 * Two schemas of one database kind compared: the operations from one to the other, described for
 * people, as SQL, and as the sections of a new script. Immutable.
 *
 * <pre>{@code
 * Comparison comparison = Comparison.of(dialect, database, models, filter);
 * comparison.changes().forEach(System.out::println);   // + add column users.full_name VARCHAR(255)
 * }</pre>
 */
public final class Comparison {
    private final Dialect dialect;
    private final SchemaSnapshot from;
    private final SchemaSnapshot to;
    private final SchemaDiff diff;

    private Comparison(Dialect dialect, SchemaSnapshot from, SchemaSnapshot to, SchemaDiff diff) {
        this.dialect = dialect;
        this.from = from;
        this.to = to;
        this.diff = diff;
    }

    /** Compares the tables of {@code from} and {@code to} that {@code filter} lets through. */
    public static Comparison of(Dialect dialect, SchemaSnapshot from, SchemaSnapshot to, TableFilter filter) {
        SchemaSnapshot kept = filtered(from, filter);
        SchemaSnapshot wanted = filtered(to, filter);
        return new Comparison(dialect, kept, wanted, SchemaComparer.compare(kept.schema(), wanted.schema()));
    }

    /** Whether nothing differs. */
    public boolean isEmpty() {
        return diff.upgrade().isEmpty();
    }

    /** One line per upgrade operation, in order. */
    public List<String> changes() {
        List<String> lines = new ArrayList<>();
        for (Operation operation : diff.upgrade()) {
            lines.add(OperationSummary.of(operation, dialect));
        }
        return lines;
    }

    /** The warnings, each with its suggestion when it has one. */
    public List<String> warnings() {
        List<String> lines = new ArrayList<>();
        for (DiffWarning warning : diff.warnings()) {
            lines.add(warning.message()
                    + warning.suggestion().map(line -> "; instead: " + line).orElse(""));
        }
        return lines;
    }

    /** The upgrade as this database's SQL, each statement with its terminator. */
    public String upgradeSql() {
        return ScriptSections.sql(dialect, diff, from, to).upgrades();
    }

    /** The upgrade and downgrade sections of a new script, in Java or in SQL. */
    public GeneratedBodies sections(boolean java) {
        return java ? ScriptSections.java(diff) : ScriptSections.sql(dialect, diff, from, to);
    }

    private static SchemaSnapshot filtered(SchemaSnapshot snapshot, TableFilter filter) {
        List<TableSnapshot> kept = new ArrayList<>();
        for (TableSnapshot table : snapshot.tables()) {
            if (filter.test(table.name())) {
                kept.add(table);
            }
        }
        List<String> names = kept.stream().map(TableSnapshot::name).toList();
        return new SchemaSnapshot(
                kept,
                snapshot.sequences().stream()
                        .filter(sequence -> sequence.ownedBy()
                                .map(owner -> names.contains(owner.table()))
                                .orElse(true))
                        .toList(),
                snapshot.domains(),
                snapshot.namespaces(),
                snapshot.ranges());
    }
}
