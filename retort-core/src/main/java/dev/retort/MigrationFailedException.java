package dev.retort;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A revision failed while running. Carries what the user needs to fix it: the revision, the file
 * and line of the statement, the statement, the database's SQLState, code and message, how many
 * statements had taken effect and whether the database rolled the revision back entirely.
 */
public final class MigrationFailedException extends RetortException {
    private final String revision;
    private final Path file;
    private final int line;
    private final String statement;
    private final String sqlState;
    private final int vendorCode;
    private final String databaseMessage;
    private final boolean rolledBack;
    private final int statementsRun;
    private final int statementsTotal;

    MigrationFailedException(
            String message,
            String hint,
            String revision,
            Path file,
            int line,
            String statement,
            String sqlState,
            int vendorCode,
            String databaseMessage,
            boolean rolledBack,
            int statementsRun,
            int statementsTotal,
            Throwable cause) {
        super(ErrorCode.MIGRATION_FAILED, message, hint, cause);
        this.revision = revision;
        this.file = file;
        this.line = line;
        this.statement = statement;
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
        this.databaseMessage = databaseMessage;
        this.rolledBack = rolledBack;
        this.statementsRun = statementsRun;
        this.statementsTotal = statementsTotal;
    }

    /** The revision that failed. */
    public String revision() {
        return revision;
    }

    /** Its script. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The line of the failed statement in the script, or 0 for Retort's own bookkeeping. */
    public int line() {
        return line;
    }

    /** The failed statement. */
    public String statement() {
        return statement;
    }

    /** The database's SQLState, or empty. */
    public String sqlState() {
        return sqlState == null ? "" : sqlState;
    }

    /** The database's own error code. */
    public int vendorCode() {
        return vendorCode;
    }

    /** The database's message. */
    public String databaseMessage() {
        return databaseMessage;
    }

    /** True when nothing of the revision remains in the database. */
    public boolean rolledBack() {
        return rolledBack;
    }

    /** Statements of the revision that took effect before the failure. */
    public int statementsRun() {
        return statementsRun;
    }

    /** Statements in the revision. */
    public int statementsTotal() {
        return statementsTotal;
    }
}
