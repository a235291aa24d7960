package dev.retort.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.Map;

/**
 * What one run of the command line works with: its output streams, its environment variables and
 * whether standard output is a terminal. Tests make their own to run commands in process.
 *
 * @param out standard output
 * @param err standard error
 * @param environment the environment variables
 * @param terminal whether output goes to a terminal (colour is only used there, and questions are
 *     only asked there)
 * @param in standard input, where answers to questions come from
 */
record Invocation(
        PrintWriter out, PrintWriter err, Map<String, String> environment, boolean terminal, BufferedReader in) {
    /** Copies the environment. */
    Invocation {
        environment = Map.copyOf(environment);
    }

    /** An invocation that reads its answers from {@code in}. */
    Invocation(PrintWriter out, PrintWriter err, Map<String, String> environment, boolean terminal, Reader in) {
        this(out, err, environment, terminal, new BufferedReader(in));
    }
}
