package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.TableLookup;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.OfflineException;
import dev.retort.ops.Operation;
import dev.retort.ops.Ops;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.ops.Setting;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.script.MigrationScript;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
    public void createTable(Table table) {
        run(new CreateTable(table));
    }

    @Override
    public void dropTable(String name) {
        run(new DropTable(name, Optional.empty()));
    }

    @Override
    public void renameTable(String from, String to) {
        run(new RenameTable(from, to));
    }

    @Override
    public void addColumn(String table, Column column) {
        run(new AddColumn(table, column));
    }

    @Override
    public void dropColumn(String table, String column) {
        run(new DropColumn(table, column, Optional.empty()));
    }

    @Override
    public void alterColumn(String table, String column, UnaryOperator<AlterColumn.Changes> changes) {
        run(changes.apply(AlterColumn.of(table, column)).build());
    }

    @Override
    public void createIndex(Index index) {
        run(new CreateIndex(index, false));
    }

    @Override
    public void createIndexConcurrently(Index index) {
        run(new CreateIndex(index, true));
    }

    @Override
    public void dropIndex(String name, String table) {
        run(new DropIndex(name, table, Optional.empty(), false));
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        run(new AddConstraint(table, new PrimaryKey(Optional.of(name), List.of(columns))));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        run(new AddConstraint(table, new UniqueConstraint(Optional.of(name), List.of(columns))));
    }

    @Override
    public void createForeignKey(String table, ForeignKey foreignKey) {
        run(new AddConstraint(table, foreignKey));
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        run(new AddConstraint(table, new CheckConstraint(Optional.of(name), condition)));
    }

    @Override
    public void dropConstraint(String name, String table, Constraint.Kind kind) {
        run(new DropConstraint(table, name, kind, Optional.empty()));
    }

    @Override
    public void setTableComment(String table, String comment) {
        run(new SetTableComment(table, comment == null ? Setting.none() : Setting.to(comment), Optional.empty()));
    }

    @Override
    public void execute(String sql, Object... parameters) {
        run(new Execute(sql, Arrays.asList(parameters)));
    }

    @Override
    public void bulkInsert(String table, List<Map<String, Object>> rows) {
        run(new BulkInsert(table, rows));
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
