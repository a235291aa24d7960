package dev.retort.runtime;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A revision failed while running: the database refused a statement, or a Java migration threw.
 * Says which statement (when one was refused), how many had run, and whether the database rolled
 * everything back (then nothing of the revision remains) or not (then the database is
 * half-migrated and the history records it as failed).
 */
public final class StepFailedException extends RuntimeException {
    private final transient PreparedStep step;
    private final transient Optional<SqlStatement> statement;
    private final int statementsRun;
    private final boolean rolledBack;

    StepFailedException(
            PreparedStep step,
            Optional<SqlStatement> statement,
            int statementsRun,
            boolean rolledBack,
            Throwable cause) {
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

    /** The statement the database refused; empty when a Java migration threw instead. */
    public Optional<SqlStatement> statement() {
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

    /** The database's error, when the database refused a statement. */
    public Optional<SQLException> sqlException() {
        return getCause() instanceof SQLException sql ? Optional.of(sql) : Optional.empty();
    }
}
