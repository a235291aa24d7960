package dev.retort.runtime;

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
}
