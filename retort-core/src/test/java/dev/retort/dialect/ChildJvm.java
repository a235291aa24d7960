package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LockHolderProcess} running in its own JVM on the test class path, with its output
 * collected for failure messages. Killed (SIGKILL) when closed.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch holdingOrEnded = new CountDownLatch(1);

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::collect, "child-jvm-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@link LockHolderProcess} with {@code arguments}. */
    static ChildJvm start(List<String> arguments) {
        try {
            return new ChildJvm(new ProcessBuilder(command(arguments))
                    .redirectErrorStream(true)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@link LockHolderProcess} with {@code arguments}, its output going to {@code file}. */
    static Process start(List<String> arguments, Path file) {
        try {
            return new ProcessBuilder(command(arguments))
                    .redirectErrorStream(true)
                    .redirectOutput(file.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Quick to start: these JVMs run for a moment or until they are killed.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xss512k",
                "-cp",
                System.getProperty("java.class.path"),
                LockHolderProcess.class.getName()));
        command.addAll(arguments);
        return command;
    }

    /** Waits until the child says it holds the lock; fails with its output if it never does. */
    void awaitHolding(Duration timeout) throws InterruptedException {
        holdingOrEnded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!output.toString().contains(LockHolderProcess.HOLDING)) {
            fail("the child JVM did not take the lock within " + timeout.toSeconds() + " s; its output:\n" + output);
        }
    }

    /** Kills the child with SIGKILL and waits for it to be gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                fail("the child JVM " + process.pid() + " survived SIGKILL for 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for the child JVM " + process.pid() + " to die");
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void collect() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.equals(LockHolderProcess.HOLDING)) {
                    holdingOrEnded.countDown();
                }
            }
        } catch (IOException e) {
            output.append("(could not read the output: ").append(e).append(")\n");
        } finally {
            holdingOrEnded.countDown();
        }
    }
}
