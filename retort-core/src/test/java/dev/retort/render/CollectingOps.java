package dev.retort.render;

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
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An {@link Ops} that keeps the operations a script asks for instead of running them. Each call
 * makes the operation value exactly as the runtime's {@code OperationExecutor} makes it.
 */
final class CollectingOps implements Ops {
    final List<Operation> operations = new ArrayList<>();

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
        operations.add(operation);
    }

    @Override
    public Connection connection() {
        throw new UnsupportedOperationException("no database here");
    }

    @Override
    public void nonTransactional(Block block) throws Exception {
        block.run();
    }

    @Override
    public String dialect() {
        return "none";
    }

    @Override
    public boolean offline() {
        return true;
    }
}
