package dev.retort.runtime;

import java.sql.SQLException;

/**
 * A revision failed while running. Says which statement, how many had run, and whether the
 * database rolled everything back (then nothing of the revision remains) or not (then the
 * database is half-migrated and the history records it as failed).
 */
public final class StepFailedException extends RuntimeException {
    private final transient PreparedStep step;
    private final transient SqlStatement statement;
    private final int statementsRun;
    private final boolean rolledBack;

    StepFailedException(
            PreparedStep step, SqlStatement statement, int statementsRun, boolean rolledBack, SQLException cause) {
        super(cause.getMessage(), cause);
        this.step = step;
        this.statement = statement;
        this.statementsRun = statementsRun;
        this.rolledBack = rolledBack;
    }

    /** The revision that failed. */
    public PreparedStep step() {
        return step;
    }

    /** The statement the database refused. */
    public SqlStatement statement() {
        return statement;
    }

    /** How many of the revision's statements had taken effect before it failed. */
    public int statementsRun() {
        return statementsRun;
    }

    /** True when nothing of the revision remains in the database. */
    public boolean rolledBack() {
        return rolledBack;
    }

    /** The database's error. */
    public SQLException sqlException() {
        return (SQLException) getCause();
    }
}
