package dev.retort.dialect;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A database's own command-line tool ({@code pg_dump}, {@code mariadb-dump}) found on the {@code
 * PATH} and run with its secrets in the environment, never on the command line. Immutable.
 *
 * @param executable the tool's file
 */
public record ExternalTool(Path executable) {
    private static final long TIMEOUT_HOURS = 6;

    /** The first of {@code names} found on the {@code PATH}, if any. */
    public static Optional<ExternalTool> find(String... names) {
        return findIn(Optional.ofNullable(System.getenv("PATH")).orElse(""), names);
    }

    /** The first of {@code names} found in the folders of {@code path} (as the {@code PATH} lists them), if any. */
    public static Optional<ExternalTool> findIn(String path, String... names) {
        for (String name : names) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new ExternalTool(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Runs the tool with {@code arguments} and the extra {@code environment}; returns when it ends.
     *
     * @throws IOException when it cannot start, or ends with a non-zero status (its error output in
     *     the message)
     */
    public void run(List<String> arguments, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!process.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IOException(executable.getFileName() + " did not finish within " + TIMEOUT_HOURS + " hours");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(executable.getFileName() + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(executable.getFileName() + " failed (exit " + process.exitValue() + ")"
                    + (errors.isEmpty() ? "" : ": " + errors));
        }
    }
}
