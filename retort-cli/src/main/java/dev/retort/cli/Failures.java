package dev.retort.cli;

import dev.retort.MigrationFailedException;
import dev.retort.RetortException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what went wrong into one {@code error:} line and a {@code hint:} (or a JSON error), and
 * the exit code: 2 for bad usage, the error's own code for Retort failures, 1 for anything else.
 * Stack traces only with {@code --verbose} or {@code --raiseerr}.
 */
final class Failures {
    /** Statements longer than this are shortened in error output (Flyway's choice). */
    private static final int MAX_STATEMENT = 200;

    private final RetortCommand root;

    Failures(RetortCommand root) {
        this.root = root;
    }

    int execution(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        if (exception instanceof MigrationFailedException failure) {
            reportMigrationFailure(failure);
            return failure.code().exitCode();
        }
        if (exception instanceof RetortException failure) {
            report(failure.code().name(), failure.getMessage(), failure.hint().orElse(null), exception);
            return failure.code().exitCode();
        }
        report(
                "INTERNAL",
                "internal error: " + exception,
                "rerun with --verbose for the stack trace, and please report it",
                exception);
        return 1;
    }

    int parameters(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        String hint = "see `" + commandLine.getCommandSpec().qualifiedName() + " --help`";
        String message = exception.getMessage();
        if (exception instanceof UnmatchedArgumentException unmatched) {
            message = unmatched(unmatched, commandLine);
            if (!unmatched.getSuggestions().isEmpty()) {
                List<String> quoted = unmatched.getSuggestions().stream()
                        .map(suggestion -> "'" + suggestion + "'")
                        .toList();
                hint = "did you mean " + String.join(" or ", quoted) + "? " + hint;
            }
        }
        report("BAD_USAGE", message, hint, null);
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String unmatched(UnmatchedArgumentException unmatched, CommandLine commandLine) {
        String first = unmatched.getUnmatched().get(0);
        if (unmatched.isUnknownOption()) {
            return "unknown option '" + first + "'";
        }
        return commandLine.getSubcommands().isEmpty()
                ? "unexpected argument '" + first + "'"
                : "unknown command '" + first + "'";
    }

    /** A failed revision: the error line, then an aligned block with what the database said. */
    private void reportMigrationFailure(MigrationFailedException failure) {
        Console console = root.console();
        if (console.json()) {
            Map<String, Object> error = Json.object();
            error.put("code", failure.code().name());
            error.put("message", failure.getMessage());
            error.put("hint", failure.hint().orElse(null));
            error.put("revision", failure.revision());
            error.put("file", failure.file().map(RevisionText::display).orElse(null));
            error.put("line", failure.line());
            error.put("statement", failure.statement());
            error.put("sqlstate", failure.sqlState());
            error.put("vendor_code", failure.vendorCode());
            error.put("database_message", failure.databaseMessage());
            error.put("rolled_back", failure.rolledBack());
            error.put("statements_run", failure.statementsRun());
            error.put("statements_total", failure.statementsTotal());
            console.resultJson(Map.of("error", error));
        } else {
            // A script that threw ran no failing statement: the message already names what it threw.
            String details = failure.statement().isBlank()
                    ? null
                    : "  statement: " + shortened(failure.statement()) + "\n"
                            + "  sqlstate:  " + (failure.sqlState().isEmpty() ? "-" : failure.sqlState()) + "   code: "
                            + failure.vendorCode() + "\n"
                            + "  database:  " + failure.databaseMessage();
            console.error(failure.getMessage(), details, failure.hint().orElse(null));
        }
        trace(failure);
    }

    private static String shortened(String statement) {
        String oneLine = statement.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_STATEMENT ? oneLine : oneLine.substring(0, MAX_STATEMENT - 3) + "...";
    }

    private void report(String code, String message, String hint, Exception exception) {
        Console console = root.console();
        if (console.json()) {
            Map<String, Object> error = Json.object();
            error.put("code", code);
            error.put("message", message);
            error.put("hint", hint);
            console.resultJson(Map.of("error", error));
        } else {
            console.error(message, hint);
        }
        trace(exception);
    }

    private void trace(Exception exception) {
        if (exception != null && (root.verbose || root.raiseErrors)) {
            StringWriter trace = new StringWriter();
            exception.printStackTrace(new PrintWriter(trace));
            root.console().diagnostic(trace.toString());
        }
    }
}
