package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.graph.Plan;
import dev.retort.script.ScriptDirectory;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * Runs an upgrade plan's scripts in a scratch schema, to see the schema they build: no lock, no
 * version or history table, and no transactions of its own, so it works inside the transaction a
 * PostgreSQL scratch schema lives in. One thread at a time; the caller owns the connection.
 */
public final class ScratchRun {
    private ScratchRun() {}

    /**
     * Runs the steps of {@code plan} on {@code connection}, in order.
     *
     * @throws StepFailedException when a statement or a Java migration fails; nothing is recorded
     * @throws dev.retort.script.InvalidScriptException when a script cannot be split or compiled
     */
    public static void run(
            ScriptDirectory scripts, Dialect dialect, Connection connection, ClassLoader classLoader, Plan plan) {
        List<PreparedStep> prepared =
                new PlanRunner(scripts, dialect, "retort_scratch_version", classLoader).prepare(plan);
        ScratchSink sink = new ScratchSink(new JdbcSink(connection, new RuntimeListener() {}));
        for (PreparedStep step : prepared) {
            StepExecution execution = new StepExecution(step);
            try {
                execution.run(sink, dialect, Optional.of(connection), dialect.tableLookup(connection));
            } catch (JdbcSink.SqlFailure failure) {
                throw new StepFailedException(
                        step,
                        Optional.of(failure.statement()),
                        execution.statementsRun(),
                        false,
                        failure.sqlException());
            } catch (ScriptFailure failure) {
                throw new StepFailedException(
                        step, Optional.empty(), execution.statementsRun(), false, failure.getCause());
            }
        }
    }

    /** A sink that runs statements but leaves transactions to whoever made the scratch schema. */
    private static final class ScratchSink implements SqlSink {
        private final JdbcSink jdbc;

        ScratchSink(JdbcSink jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void begin() {
            // the scratch schema's own transaction (PostgreSQL) must not end before its rollback
        }

        @Override
        public void commit() {
            // as begin()
        }

        @Override
        public void comment(String text) {
            // nobody reads a scratch run
        }

        @Override
        public void execute(SqlStatement statement) {
            jdbc.execute(statement);
        }

        @Override
        public void execute(SqlStatement statement, List<Object> parameters) {
            jdbc.execute(statement, parameters);
        }

        @Override
        public void executeBatch(SqlStatement statement, List<List<Object>> rows) {
            jdbc.executeBatch(statement, rows);
        }

        @Override
        public boolean inTransaction() {
            return false;
        }
    }
}
