package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.TableLookup;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.Execute;
import dev.retort.ops.OfflineException;
import dev.retort.ops.Operation;
import dev.retort.ops.Ops;
import dev.retort.script.MigrationScript;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link Ops} a Java migration calls: each operation is rendered for the dialect and sent
 * through the sink at once, so that operations and data migrations on {@link #connection()} run
 * in the order the script says. Counts what it ran, for failure reports. One thread at a time.
 */
final class OperationExecutor implements Ops {
    private final Dialect dialect;
    private final SqlSink sink;
    private final Optional<Connection> connection;
    private final TableLookup tables;
    private final MigrationScript script;
    private int statementsRun;

    OperationExecutor(
            Dialect dialect,
            SqlSink sink,
            Optional<Connection> connection,
            TableLookup tables,
            MigrationScript script) {
        this.dialect = dialect;
        this.sink = sink;
        this.connection = connection;
        this.tables = tables;
        this.script = script;
    }

    /** How many statements the script has run so far. */
    int statementsRun() {
        return statementsRun;
    }

    @Override
    public void run(Operation operation) {
        Objects.requireNonNull(operation, "operation");
        if (operation instanceof Execute execute) {
            SqlStatement statement = statement(execute.sql());
            if (execute.parameters().isEmpty()) {
                sink.execute(statement);
            } else {
                sink.execute(statement, execute.parameters());
            }
            statementsRun++;
        } else if (operation instanceof BulkInsert insert) {
            bulkInsert(insert);
        } else {
            for (String sql : dialect.render(operation, tables)) {
                sink.execute(statement(sql));
                statementsRun++;
            }
        }
    }

    @Override
    public Connection connection() {
        return connection.orElseThrow(() -> new OfflineException("revision " + script.id()
                + " uses op.connection(), which needs the live database; it cannot be written out as SQL"));
    }

    @Override
    public void nonTransactional(Block block) throws Exception {
        boolean wasInTransaction = sink.inTransaction();
        if (wasInTransaction) {
            sink.commit();
        }
        try {
            block.run();
        } finally {
            if (wasInTransaction) {
                sink.begin();
            }
        }
    }

    @Override
    public String dialect() {
        return dialect.name();
    }

    @Override
    public boolean offline() {
        return connection.isEmpty();
    }

    private void bulkInsert(BulkInsert insert) {
        if (insert.rows().isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(insert.rows().get(0).keySet());
        StringBuilder sql = new StringBuilder("INSERT INTO ")
                .append(dialect.identifier(insert.tableName()))
                .append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(dialect.identifier(columns.get(i)));
        }
        sql.append(") VALUES (").append("?, ".repeat(columns.size() - 1)).append("?)");
        List<List<Object>> rows = new ArrayList<>(insert.rows().size());
        for (Map<String, Object> row : insert.rows()) {
            List<Object> values = new ArrayList<>(columns.size());
            for (String column : columns) {
                values.add(row.get(column));
            }
            rows.add(values);
        }
        sink.executeBatch(statement(sql.toString()), rows);
        statementsRun++;
    }

    /** A statement of this script, placed at the line of the script that asked for it. */
    private SqlStatement statement(String sql) {
        return new SqlStatement(sql, Optional.of(script.id()), Optional.of(script.file()), callerLine());
    }

    private int callerLine() {
        String fileName = script.file().getFileName().toString();
        return StackWalker.getInstance()
                .walk(frames -> frames.filter(frame -> fileName.equals(frame.getFileName()))
                        .findFirst()
                        .map(StackWalker.StackFrame::getLineNumber)
                        .orElse(0));
    }
}
