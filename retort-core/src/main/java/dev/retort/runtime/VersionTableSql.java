package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.graph.VersionChange;

/**
 * The statements that keep the version table: one row per applied head in column
 * {@code version_num}, as Alembic keeps it, but wide enough for long revision ids.
 */
final class VersionTableSql {
    static final String COLUMN = "version_num";
    static final int ID_LENGTH = 255;

    private final Dialect dialect;
    private final String name;
    private final String table;

    VersionTableSql(Dialect dialect, String name) {
        this.dialect = dialect;
        this.name = name;
        this.table = dialect.identifier(name);
    }

    String create() {
        return "CREATE TABLE IF NOT EXISTS " + table + " (\n    " + COLUMN + " VARCHAR(" + ID_LENGTH + ") NOT NULL,\n"
                + "    CONSTRAINT " + dialect.identifier(name + "_pkc") + " PRIMARY KEY (" + COLUMN + ")\n)";
    }

    String purge() {
        return "DELETE FROM " + table;
    }

    String drop() {
        return "DROP TABLE " + table;
    }

    String change(VersionChange change) {
        return switch (change.kind()) {
            case INSERT -> "INSERT INTO " + table + " (" + COLUMN + ") VALUES (" + literal(change.to()) + ")";
            case DELETE -> "DELETE FROM " + table + " WHERE " + COLUMN + " = " + literal(change.from());
            case UPDATE ->
                "UPDATE " + table + " SET " + COLUMN + " = " + literal(change.to()) + " WHERE " + COLUMN + " = "
                        + literal(change.from());
        };
    }

    private String literal(String value) {
        return dialect.stringLiteral(value);
    }
}
