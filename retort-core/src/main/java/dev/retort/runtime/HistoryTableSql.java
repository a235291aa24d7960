package dev.retort.runtime;

import dev.retort.dialect.Dialect;

/**
 * The statements of the append-only history table: what ran, in which direction, how it ended,
 * its checksum, when, for how long, by whom and where. Times are ISO-8601 text in UTC, which sorts
 * and reads the same on every database.
 */
final class HistoryTableSql {
    private static final int MAX_TEXT = 4000;

    private final Dialect dialect;
    private final String table;

    HistoryTableSql(Dialect dialect, String name) {
        this.dialect = dialect;
        this.table = dialect.identifier(name);
    }

    String table() {
        return table;
    }

    String create() {
        return "CREATE TABLE IF NOT EXISTS " + table + " (\n"
                + "    " + dialect.identityColumn("id") + ",\n"
                + "    revision VARCHAR(255) NOT NULL,\n"
                + "    direction VARCHAR(16) NOT NULL,\n"
                + "    status VARCHAR(16) NOT NULL,\n"
                + "    checksum VARCHAR(64),\n"
                + "    message VARCHAR(500),\n"
                + "    statements_run INTEGER NOT NULL,\n"
                + "    statements_total INTEGER NOT NULL,\n"
                + "    failed_statement TEXT,\n"
                + "    error TEXT,\n"
                + "    started_at VARCHAR(32) NOT NULL,\n"
                + "    finished_at VARCHAR(32),\n"
                + "    duration_ms BIGINT,\n"
                + "    applied_by VARCHAR(255) NOT NULL,\n"
                + "    host VARCHAR(255) NOT NULL,\n"
                + "    tool_version VARCHAR(32) NOT NULL\n"
                + ")";
    }

    String insert(HistoryEntry entry) {
        return "INSERT INTO " + table + " (revision, direction, status, checksum, message, statements_run,"
                + " statements_total, failed_statement, error, started_at, finished_at, duration_ms, applied_by, host,"
                + " tool_version) VALUES (" + text(entry.revision(), 255) + ", " + text(entry.direction(), 16) + ", "
                + text(entry.status(), 16) + ", " + text(entry.checksum(), 64) + ", " + text(entry.message(), 500)
                + ", " + entry.statementsRun() + ", " + entry.statementsTotal() + ", "
                + text(entry.failedStatement(), MAX_TEXT) + ", " + text(entry.error(), MAX_TEXT) + ", "
                + text(entry.startedAt(), 32) + ", " + text(entry.finishedAt(), 32) + ", "
                + (entry.durationMillis() < 0 ? "NULL" : String.valueOf(entry.durationMillis())) + ", "
                + text(entry.appliedBy(), 255) + ", " + text(entry.host(), 255) + ", " + text(entry.toolVersion(), 32)
                + ")";
    }

    /** Turns the running row {@code id} into a finished one. */
    String finish(long id, HistoryEntry entry) {
        return "UPDATE " + table + " SET status = " + text(entry.status(), 16) + ", statements_run = "
                + entry.statementsRun() + ", failed_statement = " + text(entry.failedStatement(), MAX_TEXT)
                + ", error = " + text(entry.error(), MAX_TEXT) + ", finished_at = " + text(entry.finishedAt(), 32)
                + ", duration_ms = " + entry.durationMillis() + " WHERE id = " + id;
    }

    String latest() {
        return "SELECT id, revision, direction, status, checksum, statements_run, statements_total, failed_statement,"
                + " error, started_at, applied_by, host FROM " + table + " ORDER BY id DESC LIMIT 1";
    }

    String checksums() {
        return "SELECT revision, checksum FROM " + table + " WHERE direction = 'upgrade' AND status = 'applied'"
                + " ORDER BY id";
    }

    String appliedNewestFirst() {
        return "SELECT revision FROM " + table + " WHERE direction = 'upgrade' AND status = 'applied' ORDER BY id DESC";
    }

    String lastId() {
        return "SELECT MAX(id) FROM " + table;
    }

    private String text(String value, int limit) {
        if (value == null) {
            return "NULL";
        }
        return dialect.stringLiteral(value.length() > limit ? value.substring(0, limit - 3) + "..." : value);
    }
}
