package dev.retort.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs SQL on a live connection. Outside {@link #begin()} ... {@link #commit()} every statement
 * commits on its own. One thread at a time.
 */
final class JdbcSink implements SqlSink {
    private final Connection connection;
    private final RuntimeListener listener;

    JdbcSink(Connection connection, RuntimeListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    @Override
    public void begin() {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new SqlFailure(SqlStatement.bookkeeping("BEGIN"), e);
        }
    }

    @Override
    public void commit() {
        try {
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new SqlFailure(SqlStatement.bookkeeping("COMMIT"), e);
        }
    }

    /** Rolls back the open transaction, if any; a failure to do so is not hidden but reported. */
    void rollback() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            listener.warning("rolling back failed too: " + e.getMessage());
        }
    }

    @Override
    public void comment(String text) {
        // notes are for offline scripts and progress output, not for the database
    }

    @Override
    public void execute(SqlStatement statement) {
        listener.statement(statement.sql());
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
        } catch (SQLException e) {
            throw new SqlFailure(statement, e);
        }
    }

    /** A statement the database refused. */
    static final class SqlFailure extends RuntimeException {
        private final transient SqlStatement statement;

        SqlFailure(SqlStatement statement, SQLException cause) {
            super(cause.getMessage(), cause);
            this.statement = statement;
        }

        SqlStatement statement() {
            return statement;
        }

        SQLException sqlException() {
            return (SQLException) getCause();
        }
    }
}
