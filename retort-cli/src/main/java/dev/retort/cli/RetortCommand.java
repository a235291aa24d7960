package dev.retort.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code retort} command: options every subcommand shares, and the subcommands. */
@Command(
        name = "retort",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Versioned, branchable database migrations: SQL scripts in a revision graph, applied to"
                + " SQLite, PostgreSQL and MariaDB/MySQL.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {
            "  retort init                          create retort.toml and migrations/",
            "  retort revision -m \"create users\"    write a new revision script",
            "  retort upgrade head --sql            print the SQL of every revision",
            "  retort history --verbose             list revisions, newest first",
            "",
            "Exit codes: 0 ok, 1 failed, 2 bad usage. Set NO_COLOR to turn colour off."
        })
final class RetortCommand implements Runnable {
    private final Invocation invocation;
    private Console console;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "Configuration file. Default: $RETORT_CONFIG, or retort.toml in the current folder.")
    String config;

    @Option(
            names = "--env",
            paramLabel = "NAME",
            scope = ScopeType.INHERIT,
            description = "Use the [env.NAME] section of the configuration file.")
    String environment;

    @Option(
            names = "--url",
            paramLabel = "URL",
            scope = ScopeType.INHERIT,
            description = "Database URL; overrides DATABASE_URL and the configuration file.")
    String url;

    @Option(
            names = "--dialect",
            paramLabel = "NAME",
            scope = ScopeType.INHERIT,
            description = "sqlite, postgresql or mariadb (mysql): the SQL to write when there is no URL.")
    String dialect;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Write results (and errors) as JSON.")
    boolean json;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "More detail: full revision entries, SQL, and stack traces on errors.")
    boolean verbose;

    @Option(names = "--raiseerr", scope = ScopeType.INHERIT, description = "Show stack traces on errors.")
    boolean raiseErrors;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description = "Print results only, no progress lines.")
    boolean quiet;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Never use colour.")
    boolean noColor;

    RetortCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    Invocation invocation() {
        return invocation;
    }

    boolean colour() {
        String noColorVariable = invocation.environment().get("NO_COLOR");
        return invocation.terminal() && !noColor && (noColorVariable == null || noColorVariable.isEmpty());
    }

    /** The one console of this run, so that a progress line left open is closed before an error. */
    Console console() {
        if (console == null) {
            console = new Console(invocation.out(), invocation.err(), json, verbose, quiet, colour());
        }
        return console;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }
}
