package dev.retort;

import dev.retort.dialect.LockTimeoutException;
import dev.retort.runtime.ChecksumMismatch;
import dev.retort.runtime.ChecksumMismatchException;
import dev.retort.runtime.ConnectionFailedException;
import dev.retort.runtime.HistoryRow;
import dev.retort.runtime.IrreversibleRevisionException;
import dev.retort.runtime.MigrationBlockedException;
import dev.retort.runtime.SqlStatement;
import dev.retort.runtime.StepFailedException;
import dev.retort.runtime.VersionTableChangedException;
import dev.retort.script.InvalidScriptException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the runtime's exceptions into messages that say what failed, where, and what to run next. */
final class RuntimeErrors {
    private RuntimeErrors() {}

    static RetortException translate(RuntimeException e) {
        if (e instanceof RetortException retort) {
            return retort;
        }
        if (e instanceof ConnectionFailedException failed) {
            return new DatabaseUnreachableException(failed.getMessage(), failed.hint(), failed);
        }
        if (e instanceof StepFailedException step) {
            return stepFailed(step, Optional.empty());
        }
        if (e instanceof MigrationBlockedException blocked) {
            return new RetortException(
                    ErrorCode.MIGRATION_BLOCKED, blocked(blocked.failure()), repairHint(blocked.failure()), e);
        }
        if (e instanceof LockTimeoutException timeout) {
            return new RetortException(
                    ErrorCode.LOCK_TIMEOUT,
                    timeout.getMessage(),
                    "wait for that migration to finish, or raise lock_timeout in retort.toml",
                    e);
        }
        if (e instanceof ChecksumMismatchException mismatch) {
            List<String> edited = new ArrayList<>();
            for (ChecksumMismatch each : mismatch.mismatches()) {
                edited.add(each.revision() + " (" + DisplayPaths.of(each.file()) + ")");
            }
            return new RetortException(
                    ErrorCode.CHECKSUM_MISMATCH,
                    "applied scripts were edited after they ran: " + String.join(", ", edited),
                    "restore them from version control, or set strict_checksums = false in retort.toml to only warn",
                    e);
        }
        if (e instanceof VersionTableChangedException changed) {
            return new RetortException(
                    ErrorCode.DATABASE_ERROR,
                    changed.getMessage() + "; is another tool migrating this database?",
                    "let only Retort migrate it, then run the command again",
                    e);
        }
        if (e instanceof IrreversibleRevisionException irreversible) {
            return Irreversible.of(irreversible);
        }
        if (e instanceof InvalidScriptException invalid) {
            return ScriptErrors.translate(invalid);
        }
        return new RetortException(
                ErrorCode.DATABASE_ERROR,
                "internal error: " + e,
                "rerun with --verbose for the stack trace, and please report it",
                e);
    }

    /**
     * A failed revision; {@code databaseHint} replaces the advice to fix the script when the
     * failure lies with the database (read-only, permissions) rather than the script.
     */
    static MigrationFailedException stepFailed(StepFailedException e, Optional<String> databaseHint) {
        String revision = e.step().script().id();
        String named = revision
                + (e.step().script().message().isEmpty()
                        ? ""
                        : " (" + e.step().script().message() + ")");
        int line = e.statement().map(SqlStatement::line).filter(l -> l > 0).orElseGet(() -> scriptLine(e));
        String where = DisplayPaths.of(e.step().script().file()) + (line > 0 ? ":" + line : "");
        Optional<SQLException> sql = e.sqlException();
        int total = e.step().migration().isPresent()
                ? e.statementsRun()
                : e.step().statements().size();
        String what = sql.isPresent() ? "failed at " + where : "threw " + e.getCause() + " at " + where;
        String message;
        String hint;
        if (e.rolledBack()) {
            message = "revision " + named + " " + what + "; nothing of it was applied";
            hint = databaseHint.orElseGet(() -> sql.map(SQLException::getMessage)
                    .filter(RuntimeErrors::isAlreadyThere)
                    .map(already -> alreadyThereHint(revision))
                    .orElse("fix the script, then run the command again"));
        } else {
            message = "revision " + named + " " + what + " after " + e.statementsRun() + " of " + total
                    + " statements had taken effect; the database is half-migrated";
            hint = "undo or finish those statements by hand, then run `retort repair` (to run " + revision
                    + " again) or `retort stamp " + revision + "` (if you finished it)";
        }
        return new MigrationFailedException(
                message,
                hint,
                revision,
                e.step().script().file(),
                line,
                e.statement().map(SqlStatement::sql).orElse(""),
                sql.map(SQLException::getSQLState).orElse(null),
                sql.map(SQLException::getErrorCode).orElse(0),
                sql.map(SQLException::getMessage).orElse(String.valueOf(e.getCause())),
                e.rolledBack(),
                e.statementsRun(),
                total,
                e);
    }

    /**
     * Whether the database refused to create what already exists. The three databases all say
     * "already exists" ("table users already exists", "relation \"users\" already exists", "Table
     * 'users' already exists"); the usual cause is a schema made outside migrations.
     */
    private static boolean isAlreadyThere(String databaseMessage) {
        return databaseMessage != null && databaseMessage.contains("already exists");
    }

    private static String alreadyThereHint(String revision) {
        return "the database already has what revision " + revision + " creates, probably made outside"
                + " migrations: record the revision it is at with `retort stamp REV` (`retort stamp head` when it"
                + " has the whole schema; `retort check` compares it with the models), or on a development"
                + " database rebuild it with `retort reset`";
    }

    /** A Java revision that cannot be written out as SQL: it needs the live database, or threw. */
    static RetortException notWritable(StepFailedException e) {
        String revision = e.step().script().id();
        int line = scriptLine(e);
        return new RetortException(
                ErrorCode.MIGRATION_FAILED,
                "revision " + revision + " cannot be written out as SQL ("
                        + DisplayPaths.of(e.step().script().file()) + (line > 0 ? ":" + line : "") + "): "
                        + e.getCause().getMessage(),
                "run it against the database (`retort upgrade`), where --dry-run shows its SQL too",
                e);
    }

    /** The line of the script where its exception was thrown, or 0. */
    private static int scriptLine(StepFailedException e) {
        String file = e.step().script().file().getFileName().toString();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (file.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                    return frame.getLineNumber();
                }
            }
        }
        return 0;
    }

    private static String blocked(HistoryRow row) {
        String what = row.status().equals(HistoryRow.RUNNING)
                ? "was interrupted (its process stopped) while it ran outside a transaction"
                : "failed after " + row.statementsRun() + " of " + row.statementsTotal()
                        + " statements had taken effect";
        return "the " + row.direction() + " of revision " + row.revision() + " " + what + " (started "
                + row.startedAt() + " by " + row.appliedBy() + " on " + row.host() + ")"
                + row.error().map(error -> ": " + error).orElse("")
                + "; nothing runs until that is resolved";
    }

    private static String repairHint(HistoryRow row) {
        String finished = row.direction().equals("downgrade")
                ? "`retort stamp` the revision below it"
                : "`retort stamp " + row.revision() + "`";
        return "check the database; undo what ran and run `retort repair` to retry " + row.revision()
                + ", or finish it by hand and run " + finished;
    }
}
