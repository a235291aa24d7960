package dev.retort.cli;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs {@code retort} in this process against a project folder and captures what it prints. */
final class Cli {
    private final Path project;
    private final Map<String, String> environment = new HashMap<>();
    private String answers;

    Cli(Path project) {
        this.project = project;
    }

    /** Makes the following runs behave as on a terminal, answering questions with {@code answers}. */
    Cli terminal(String answers) {
        this.answers = answers;
        return this;
    }

    /** Sets an environment variable for the following runs. */
    Cli env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** The result of one command line. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /**
     * Runs {@code retort -c <project>/retort.toml ARGS}; every occurrence of the project folder in
     * the output is replaced by {@code <tmp>} so expected output can be written down.
     */
    Result run(String... args) {
        List<String> all =
                new ArrayList<>(List.of("-c", project.resolve("retort.toml").toString()));
        all.addAll(List.of(args));
        return runRaw(all.toArray(new String[0]));
    }

    /** Runs exactly {@code ARGS}, with no {@code -c}. */
    Result runRaw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                args,
                new Invocation(
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        environment,
                        answers != null,
                        new StringReader(answers == null ? "" : answers)));
        String root = project.toAbsolutePath().toString();
        return new Result(
                code, out.toString().replace(root, "<tmp>"), err.toString().replace(root, "<tmp>"));
    }
}
