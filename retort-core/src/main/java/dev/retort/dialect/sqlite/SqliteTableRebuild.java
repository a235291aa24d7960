package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.RenderException;
import dev.retort.dialect.TableSnapshot;
import dev.retort.schema.Column;
import dev.retort.schema.DataType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Changes a SQLite table that {@code ALTER TABLE} cannot change, by rebuilding it in the caller's
 * transaction, as SQLite's documentation describes ("Making Other Kinds Of Table Schema Changes"):
 * <ol>
 *   <li>{@code CREATE TABLE _retort_tmp_<table>} with the new definition;
 *   <li>{@code INSERT INTO} it {@code SELECT} the columns both definitions have, from the table (no
 *       casts: SQLite converts values by the new columns' affinity, and keeps those it cannot);
 *   <li>for an AUTOINCREMENT table, carry its counter over in {@code sqlite_sequence}, so that ids of
 *       deleted rows are still never reused;
 *   <li>{@code DROP TABLE} the table, which drops its indexes and triggers;
 *   <li>{@code ALTER TABLE _retort_tmp_<table> RENAME TO <table>}, with {@code PRAGMA
 *       legacy_alter_table} on around it: otherwise SQLite 3.26+ checks every view and trigger of the
 *       schema while renaming and fails on those that name the table dropped a moment ago;
 *   <li>create the table's indexes and triggers again from their original SQL, except the indexes
 *       on columns that are gone.
 * </ol>
 *
 * <p>Foreign keys of other tables that reference this one keep working: SQLite keeps a foreign key
 * as the referenced table's name, resolved when it is checked, and the rebuilt table has that name
 * again. This is safe with {@code PRAGMA foreign_keys} off, SQLite's default: nothing is checked or
 * cascaded while the old table is briefly gone. With it on, dropping the old table would delete its
 * rows first and so fire the other tables' ON DELETE actions (or fail); the pragma cannot be turned
 * off inside the revision's transaction, so a table that other tables reference is not rebuilt with
 * foreign keys on: a {@link RenderException} says to migrate with them off (tables no other table
 * references are rebuilt either way, and their own foreign keys are checked as the rows are copied).
 */
final class SqliteTableRebuild {
    /** The prefix of the temporary table's name. */
    static final String TEMPORARY_PREFIX = "_retort_tmp_";

    private SqliteTableRebuild() {}

    /**
     * The statements that turn {@code before} into {@code after}.
     *
     * @param renderer writes the new table's definition
     * @param purpose what the rebuild is for, in the words of a message: {@code drop column users.email}
     */
    static List<String> statements(SqliteSqlRenderer renderer, TableSnapshot before, Table after, String purpose) {
        Dialect dialect = renderer.dialectOf();
        String table = before.name();
        if (before.foreignKeysEnforced() && !before.referencingTables().isEmpty()) {
            throw new RenderException("SQLite cannot " + purpose + " while PRAGMA foreign_keys is ON: that rebuilds"
                    + " table " + table + ", and dropping the old table would delete or orphan the rows of "
                    + String.join(", ", before.referencingTables()) + " that reference it; run the migration with"
                    + " foreign keys off (SQLite's default: leave foreign_keys out of the URL), then check"
                    + " PRAGMA foreign_key_check");
        }
        String temporary = TEMPORARY_PREFIX + table;
        List<String> statements = new ArrayList<>();
        statements.add(renderer.createTableSql(temporary, after));
        List<String> copied = after.columns().stream()
                .filter(column -> !isGenerated(column))
                .map(Column::name)
                .filter(name -> before.table()
                        .column(name)
                        .filter(old -> !isGenerated(old))
                        .isPresent())
                .toList();
        if (!copied.isEmpty()) {
            String columns = copied.stream().map(dialect::identifier).collect(Collectors.joining(", "));
            statements.add("INSERT INTO " + dialect.identifier(temporary) + " (" + columns + ") SELECT " + columns
                    + " FROM " + dialect.identifier(table));
        }
        if (hasAutoIncrement(before.table()) && hasAutoIncrement(after)) {
            statements.add("DELETE FROM sqlite_sequence WHERE name = " + dialect.stringLiteral(temporary));
            statements.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + dialect.stringLiteral(temporary)
                    + ", seq FROM sqlite_sequence WHERE name = " + dialect.stringLiteral(table));
        }
        statements.add("DROP TABLE " + dialect.identifier(table));
        statements.add("PRAGMA legacy_alter_table = ON");
        statements.add("ALTER TABLE " + dialect.identifier(temporary) + " RENAME TO " + dialect.identifier(table));
        statements.add("PRAGMA legacy_alter_table = OFF");
        Set<String> gone = before.table().columns().stream()
                .map(Column::name)
                .filter(name -> after.column(name).isEmpty())
                .collect(Collectors.toSet());
        for (Map.Entry<String, String> index : before.indexSql().entrySet()) {
            Optional<Index> parsed = before.indexes().stream()
                    .filter(candidate -> candidate.name().equals(index.getKey()))
                    .findFirst();
            if (parsed.isEmpty() || !mentionsAny(parsed.get(), gone)) {
                statements.add(index.getValue());
            }
        }
        statements.addAll(before.triggerSql().values());
        return statements;
    }

    /** Whether the index uses any of {@code columns}, in an element or in its WHERE. */
    static boolean mentionsAny(Index index, Set<String> columns) {
        for (String column : columns) {
            if (index.elements().stream().anyMatch(element -> mentions(element, column))
                    || index.where().filter(where -> mentions(where, column)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the SQL text {@code sql} names {@code column}, quoted or not. */
    static boolean mentions(String sql, String column) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(column) + "(?![\\w$])", Pattern.CASE_INSENSITIVE)
                .matcher(sql)
                .find();
    }

    /** Whether the column's values are computed by a generated-column expression. */
    static boolean isGenerated(Column column) {
        return column.type().kind() == DataType.Kind.RAW
                && Pattern.compile("\\b(GENERATED\\s+ALWAYS\\s+)?AS\\s*\\(")
                        .matcher(column.type().name().toUpperCase(Locale.ROOT))
                        .find();
    }

    private static boolean hasAutoIncrement(Table table) {
        return table.columns().stream().anyMatch(Column::isAutoIncrement);
    }
}
