package dev.retort.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands of an example's {@code WALKTHROUGH.md} and the output it shows for them, read from
 * its {@code ```console} blocks. In such a block a line {@code $ COMMAND} starts a step and the
 * lines up to the next {@code $ } line or the end of the block are what the command prints
 * (standard output and error, as a terminal shows them). A command expected to fail ends with
 * {@code # exit N}; {@code export NAME=VALUE} and {@code cd DIR} change the environment and folder of
 * the steps after them. A block right after the line {@code <!-- walkthrough: skip -->} is shown
 * but not run. Other fenced blocks (sql, toml) are prose. Immutable.
 */
record Walkthrough(Path file, List<String> lines, List<Step> steps) {
    static final String SKIP_MARKER = "<!-- walkthrough: skip -->";
    private static final Pattern EXIT = Pattern.compile("\\s+#\\s*exit\\s+(\\d+)\\s*$");

    Walkthrough {
        lines = List.copyOf(lines);
        steps = List.copyOf(steps);
    }

    /**
     * One command and what it is shown to print.
     *
     * @param line the command's line in the document, 1-based
     * @param end the line after its output (the next step or the closing fence), 1-based
     * @param skipped whether it sits in a block marked not to run
     */
    record Step(int line, int end, String command, String output, int exitCode, boolean skipped) {
        /** The expected exit code a {@code # exit N} comment names, else 0. */
        static int exitCodeOf(String command) {
            Matcher matcher = EXIT.matcher(command);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        }
    }

    static Walkthrough read(Path file) {
        try {
            return parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Walkthrough parse(Path file, List<String> lines) {
        List<Step> steps = new ArrayList<>();
        boolean inConsole = false;
        boolean inOther = false;
        boolean skipped = false;
        String previous = "";
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (inOther) {
                inOther = !line.startsWith("```");
            } else if (!inConsole && line.startsWith("```")) {
                inConsole = line.strip().equals("```console");
                inOther = !inConsole;
                skipped = inConsole && previous.strip().equals(SKIP_MARKER);
            } else if (inConsole && (line.startsWith("$ ") || line.startsWith("```"))) {
                if (start >= 0) {
                    steps.add(step(lines, start, i, skipped));
                    start = -1;
                }
                if (line.startsWith("$ ")) {
                    start = i;
                } else {
                    inConsole = false;
                }
            }
            if (!line.isBlank()) {
                previous = line;
            }
        }
        if (inConsole || inOther) {
            throw new IllegalArgumentException(file + ": a fenced block is not closed");
        }
        return new Walkthrough(file, lines, steps);
    }

    private static Step step(List<String> lines, int start, int end, boolean skipped) {
        String command = lines.get(start).substring(2);
        String output = String.join("\n", lines.subList(start + 1, end));
        return new Step(
                start + 1, end + 1, command, output.isEmpty() ? "" : output + "\n", Step.exitCodeOf(command), skipped);
    }

    /** This document with each step's output replaced by {@code outputs}, in step order. */
    String rewrite(List<String> outputs) {
        List<String> text = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            String output = outputs.get(s);
            text.addAll(lines.subList(next, step.line()));
            if (!output.isEmpty()) {
                text.addAll(List.of(output.split("\n", -1)).subList(0, lines(output)));
            }
            next = step.end() - 1;
        }
        text.addAll(lines.subList(next, lines.size()));
        return String.join("\n", text) + "\n";
    }

    private static int lines(String output) {
        return output.split("\n", -1).length - (output.endsWith("\n") ? 1 : 0);
    }
}
