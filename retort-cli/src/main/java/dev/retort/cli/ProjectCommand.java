package dev.retort.cli;

import dev.retort.Retort;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/**
 * A subcommand that works on a project: it reads {@code retort.toml} (or {@code -c FILE}) and the
 * shared options, and makes the {@link Retort} it needs.
 */
abstract class ProjectCommand implements Callable<Integer> {
    @ParentCommand
    RetortCommand root;

    private ProjectConfig project;

    Console console() {
        return root.console();
    }

    ProjectConfig project() {
        if (project == null) {
            Invocation invocation = root.invocation();
            project = ProjectConfig.load(
                    ProjectConfig.locate(root.config, invocation.environment()),
                    root.environment,
                    root.url,
                    invocation.environment());
        }
        return project;
    }

    Retort retort() {
        return project().retort(root.dialect, new ProgressListener(console()));
    }

    @Override
    public final Integer call() {
        return run(console());
    }

    /** Runs the command; returns the exit code. Failures are thrown as {@link dev.retort.RetortException}. */
    abstract int run(Console console);
}
