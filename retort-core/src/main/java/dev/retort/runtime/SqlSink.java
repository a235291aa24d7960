package dev.retort.runtime;

import java.util.List;

/**
 * Where all SQL goes: a live database, or an offline script. Everything the runtime emits passes
 * through one of these, so online and offline runs cannot drift apart.
 */
public interface SqlSink {
    /** Starts a transaction. */
    void begin();

    /** Commits the transaction. */
    void commit();

    /** A note for people (a comment in an offline script, a log line online). */
    void comment(String text);

    /** Runs, or writes, one statement. */
    void execute(SqlStatement statement);

    /**
     * Runs, or writes, one statement with values for its {@code ?} placeholders: bound as
     * parameters online, written as literals offline.
     */
    void execute(SqlStatement statement, List<Object> parameters);

    /** Runs, or writes, one statement once per row of values (a batch online). */
    void executeBatch(SqlStatement statement, List<List<Object>> rows);

    /** Whether a transaction is open. */
    boolean inTransaction();
}
