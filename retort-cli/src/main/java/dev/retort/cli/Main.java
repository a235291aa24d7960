package dev.retort.cli;

import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Entry point of the {@code retort} command. */
public final class Main {
    private Main() {}

    /** Runs the command line and exits with its code: 0 ok, 1 failed, 2 bad usage. */
    public static void main(String[] args) {
        DriverLogging.silence();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(
                args,
                new Invocation(
                        out,
                        err,
                        System.getenv(),
                        System.console() != null,
                        new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line in this process and returns its exit code. */
    static int run(String[] args, Invocation invocation) {
        RetortCommand root = new RetortCommand(invocation);
        CommandLine commandLine = new CommandLine(root);
        Subcommands.register(commandLine, args);
        commandLine.setOut(invocation.out());
        commandLine.setErr(invocation.err());
        commandLine.setUsageHelpWidth(100);
        commandLine.setColorScheme(Help.defaultColorScheme(root.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
        Failures failures = new Failures(root);
        commandLine.setExecutionExceptionHandler(failures::execution);
        commandLine.setParameterExceptionHandler(failures::parameters);
        return commandLine.execute(args);
    }
}
