package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import java.util.List;

/**
 * Writes SQL as an offline script that the database's own client can run: statements with their
 * terminators, transactions as BEGIN/COMMIT, notes as comments, separated by blank lines.
 */
public final class ScriptSink implements SqlSink {
    private final Dialect dialect;
    private final StringBuilder text = new StringBuilder();
    private boolean open;

    /** A sink writing for {@code dialect}. */
    public ScriptSink(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void begin() {
        line(dialect.scriptStatement(dialect.beginTransaction()));
        open = true;
    }

    @Override
    public void commit() {
        line(dialect.scriptStatement(dialect.commitTransaction()));
        open = false;
    }

    @Override
    public void comment(String note) {
        for (String line : note.split("\n", -1)) {
            text.append("-- ").append(line).append('\n');
        }
        text.append('\n');
    }

    @Override
    public void execute(SqlStatement statement) {
        line(dialect.scriptStatement(statement.sql()));
    }

    @Override
    public void execute(SqlStatement statement, List<Object> parameters) {
        line(dialect.scriptStatement(Placeholders.fill(statement.sql(), parameters, dialect::literal)));
    }

    @Override
    public void executeBatch(SqlStatement statement, List<List<Object>> rows) {
        for (List<Object> row : rows) {
            execute(statement, row);
        }
    }

    @Override
    public boolean inTransaction() {
        return open;
    }

    /** The script written so far. */
    public String text() {
        return text.toString();
    }

    private void line(String statement) {
        text.append(statement).append("\n\n");
    }
}
