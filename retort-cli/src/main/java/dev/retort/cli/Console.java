package dev.retort.cli;

import java.io.PrintWriter;

/**
 * Where a command writes: standard output for results, standard error for progress, warnings and
 * errors, in text or JSON, with colour only on a terminal and never when {@code NO_COLOR} is set.
 * One command at a time.
 */
final class Console {
    private static final String RESET = "\u001b[0m";

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean verbose;
    private final boolean quiet;
    private final boolean color;
    private boolean openLine;

    Console(PrintWriter out, PrintWriter err, boolean json, boolean verbose, boolean quiet, boolean color) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.verbose = verbose;
        this.quiet = quiet;
        this.color = color;
    }

    boolean json() {
        return json;
    }

    boolean verbose() {
        return verbose;
    }

    /** A line of the command's result on standard output. */
    void result(String line) {
        out.println(line);
        out.flush();
    }

    /** The command's result as one JSON document on standard output. */
    void resultJson(Object value) {
        out.println(Json.write(value));
        out.flush();
    }

    /** A progress line on standard error; silent with {@code --quiet} or {@code --json}. */
    void progress(String line) {
        if (!quiet && !json) {
            closeLine();
            err.println(line);
            err.flush();
        }
    }

    /** The start of a progress line whose end {@link #progressEnd} writes when the work is done. */
    void progressStart(String text) {
        if (!quiet && !json) {
            closeLine();
            err.print(text);
            err.flush();
            openLine = true;
        }
    }

    /** The end of the line {@link #progressStart} began (or a line of its own, if something came between). */
    void progressEnd(String text) {
        if (!quiet && !json) {
            err.println(openLine ? text : "  " + text.strip());
            err.flush();
            openLine = false;
        }
    }

    /** A question on standard error, its answer to be typed on the same line. */
    void prompt(String question) {
        closeLine();
        err.print(question);
        err.flush();
    }

    /** A warning on standard error, always shown. */
    void warning(String line) {
        closeLine();
        err.println(paint("33", "warning: ") + line);
        err.flush();
    }

    private void closeLine() {
        if (openLine) {
            err.println();
            openLine = false;
        }
    }

    /** An error line and its hint on standard error. */
    void error(String message, String hint) {
        error(message, null, hint);
    }

    /** An error line, lines of details, and its hint on standard error. */
    void error(String message, String details, String hint) {
        closeLine();
        err.println(paint("31;1", "error: ") + message);
        if (details != null) {
            err.println(details);
        }
        if (hint != null) {
            err.println(paint("36", "hint: ") + hint);
        }
        err.flush();
    }

    /** Text on standard error as is (stack traces with {@code --verbose}). */
    void diagnostic(String text) {
        closeLine();
        err.print(text);
        err.flush();
    }

    private String paint(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + RESET : text;
    }
}
