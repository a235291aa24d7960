package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@code java -jar target/retort.jar} process started by a test, its standard output and error
 * written to files so the test can watch them while it runs. Killed with SIGKILL when closed, if
 * still alive. One thread at a time.
 */
final class RetortProcess implements AutoCloseable {
    /** The jar {@code mvn package} builds; failsafe runs in the module's folder, after {@code package}. */
    static final Path JAR = Path.of("target", "retort.jar");

    /**
     * Small and quick to start: many of these JVMs share two cores. No shared performance-data file
     * (sixteen JVMs at once may collide on it) and the JVM's own warnings on standard error, as
     * {@code bin/retort} runs it, so that standard output holds only what retort prints.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-Xmx64m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "-Xlog:disable",
            "-Xlog:all=warning:stderr");

    private static final AtomicInteger STARTED = new AtomicInteger();
    private static final long POLL_MILLIS = 20;

    private final Process process;
    private final String label;
    private final Path out;
    private final Path err;
    private final long startedNanos;
    private final CompletableFuture<Long> endedNanos;

    private RetortProcess(Process process, String label, Path out, Path err, long startedNanos) {
        this.process = process;
        this.label = label;
        this.out = out;
        this.err = err;
        this.startedNanos = startedNanos;
        this.endedNanos = process.onExit().thenApply(ended -> System.nanoTime());
    }

    /** How one process ended: exit code, what it printed, and how long it ran. */
    record Result(int exitCode, String out, String err, Duration elapsed) {
        @Override
        public String toString() {
            return "exit " + exitCode + " after " + elapsed.toMillis() + " ms\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /**
     * Starts {@code retort -c CONFIG ARGUMENTS}, its output going to files in {@code logs}.
     *
     * @throws AssertionError if the jar has not been built
     */
    static RetortProcess start(Path logs, Path config, String... arguments) {
        Path jar = JAR.toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: these tests run the packaged CLI; build it with `mvn -B package -DskipTests`"
                    + " (or run `mvn verify`, whose integration tests run after `package`)");
        }
        String label = "retort-" + STARTED.incrementAndGet();
        Path out = logs.resolve(label + ".out");
        Path err = logs.resolve(label + ".err");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString(), "-c", config.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // Only the configuration file the test wrote may choose the database.
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("RETORT_CONFIG");
        try {
            long started = System.nanoTime();
            return new RetortProcess(builder.start(), label, out, err, started);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    /** The operating system's id of the process. */
    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** How long ago the process was started. */
    Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** What it has written to standard error so far. */
    String err() {
        return read(err);
    }

    /** What it has written to standard output so far. */
    String out() {
        return read(out);
    }

    /**
     * Waits until its standard error holds {@code text}.
     *
     * @throws AssertionError with its output if it ends first, or {@code timeout} passes
     */
    void awaitErr(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!err().contains(text)) {
            if (!process.isAlive() && !err().contains(text)) {
                fail(label + " ended (exit " + process.exitValue() + ") without printing '" + text + "':\n" + output());
            }
            if (System.nanoTime() > deadline) {
                fail(label + " did not print '" + text + "' within " + timeout.toSeconds() + " s:\n" + output());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * Waits for it to end.
     *
     * @throws AssertionError with its output if it runs longer than {@code timeout} (it is killed then)
     */
    Result await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            fail(label + " still ran after " + timeout.toSeconds() + " s; killed it:\n" + output());
        }
        return new Result(process.exitValue(), out(), err(), Duration.ofNanos(endedNanos.join() - startedNanos));
    }

    /**
     * Kills it with SIGKILL ({@link Process#destroyForcibly()} on Linux) and waits until it is gone.
     *
     * @return whether it was still running when killed
     */
    boolean kill() {
        boolean wasAlive = process.isAlive();
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                fail(label + " (pid " + process.pid() + ") survived SIGKILL for 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for " + label + " to die");
        }
        return wasAlive;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private String output() {
        return "--- out\n" + out() + "--- err\n" + err();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
