package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.TableLookup;
import dev.retort.ops.Migration;
import java.sql.Connection;
import java.util.Optional;

/**
 * Runs one prepared step's own work through a sink, online or offline alike: an SQL script's
 * statements, or a Java script's {@code upgrade}/{@code downgrade} with an {@link
 * OperationExecutor}. Keeps count of the statements that ran. One step, one thread.
 */
final class StepExecution {
    private final PreparedStep step;
    private int statementsRun;

    StepExecution(PreparedStep step) {
        this.step = step;
    }

    /** How many of the step's statements ran (all, once {@link #run} returns). */
    int statementsRun() {
        return statementsRun;
    }

    /**
     * Runs the step.
     *
     * @throws JdbcSink.SqlFailure when the database refuses a statement
     * @throws ScriptFailure when a Java migration throws anything else
     */
    void run(SqlSink sink, Dialect dialect, Optional<Connection> connection, TableLookup tables) {
        Optional<Migration> migration = step.migration();
        if (migration.isEmpty()) {
            for (SqlStatement statement : step.statements()) {
                sink.execute(statement);
                statementsRun++;
            }
            return;
        }
        OperationExecutor ops = new OperationExecutor(dialect, sink, connection, tables, step.script());
        try {
            if (step.step().upgrade()) {
                migration.get().upgrade(ops);
            } else {
                migration.get().downgrade(ops);
            }
            statementsRun = ops.statementsRun();
        } catch (JdbcSink.SqlFailure failure) {
            statementsRun = ops.statementsRun();
            throw failure;
        } catch (Exception e) {
            statementsRun = ops.statementsRun();
            throw new ScriptFailure(e, statementsRun);
        }
    }
}
