package dev.retort.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;

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

    @Override
    public void execute(SqlStatement statement, List<Object> parameters) {
        listener.statement(statement.sql() + (parameters.isEmpty() ? "" : "  -- " + parameters.size() + " values"));
        try (PreparedStatement jdbc = connection.prepareStatement(statement.sql())) {
            bind(jdbc, parameters);
            jdbc.execute();
        } catch (SQLException e) {
            throw new SqlFailure(statement, e);
        }
    }

    @Override
    public void executeBatch(SqlStatement statement, List<List<Object>> rows) {
        listener.statement(statement.sql() + "  -- " + rows.size() + " rows");
        try (PreparedStatement jdbc = connection.prepareStatement(statement.sql())) {
            for (List<Object> row : rows) {
                bind(jdbc, row);
                jdbc.addBatch();
            }
            jdbc.executeBatch();
        } catch (SQLException e) {
            throw new SqlFailure(statement, e);
        }
    }

    /**
     * Runs one of Retort's own inserts and returns the key the database generated for its row, or
     * empty where the driver does not say.
     */
    OptionalLong insertReturningKey(SqlStatement statement) {
        listener.statement(statement.sql());
        try (Statement jdbc = connection.createStatement()) {
            jdbc.executeUpdate(statement.sql(), Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = jdbc.getGeneratedKeys()) {
                return keys != null && keys.next() ? OptionalLong.of(keys.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new SqlFailure(statement, e);
        }
    }

    /**
     * Runs Retort's own {@code statements} in one round trip where the driver can (a JDBC batch)
     * and returns how many rows each changed.
     */
    int[] executeTogether(List<SqlStatement> statements) {
        statements.forEach(statement -> listener.statement(statement.sql()));
        try (Statement jdbc = connection.createStatement()) {
            for (SqlStatement statement : statements) {
                jdbc.addBatch(statement.sql());
            }
            return jdbc.executeBatch();
        } catch (SQLException e) {
            throw new SqlFailure(statements.get(statements.size() - 1), e);
        }
    }

    @Override
    public boolean inTransaction() {
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            throw new SqlFailure(SqlStatement.bookkeeping("-- autocommit?"), e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
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
