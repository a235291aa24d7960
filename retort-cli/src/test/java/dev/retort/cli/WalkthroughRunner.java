package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs an example's {@link Walkthrough} in a fresh copy of the example and checks that every command
 * prints what the document shows. Each command runs in {@code bash} in the copy (or the folder a
 * {@code cd} step chose), with {@code retort} on the {@code PATH} running the packaged jar, standard
 * output and error together as a terminal shows them.
 *
 * <p>Before comparing, what changes from run to run is made equal on both sides: durations
 * ({@code 12 ms}), timestamps, backup file names and the server's version (in {@code info}). Revision ids generated
 * during the run are paired, in order of appearance, with the ids the document shows at the same
 * place; later commands that name a documented id (or its first characters) run with the real one.
 * Texts given to {@link #substitute} (a database URL, say) are replaced in the copied files and in
 * commands, and put back in the output.
 *
 * <p>With the system property {@code retort.walkthrough.update=true} it does not fail on a difference
 * but writes the real output into the example's {@code WALKTHROUGH.md}, keeping the shown output of
 * steps that still match: this is how the documents' output is made. One thread at a time.
 */
final class WalkthroughRunner {
    static final boolean UPDATE = Boolean.getBoolean("retort.walkthrough.update");

    private static final Pattern REVISION_ID = Pattern.compile("(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])");
    private static final Pattern ID_PREFIX = Pattern.compile("(?<![0-9A-Za-z])[0-9a-f]{4,12}(?![0-9A-Za-z])");
    private static final Pattern PROGRAM = Pattern.compile("^(?:[A-Z_][A-Z0-9_]*=\\S*\\s+)*([\\w.-]+)");

    private static final Set<String> BUILT_IN = Set.of("", "retort", "export", "cd", "cp", "cat", "ls", "mv", "rm");
    private static final Pattern EXPORT = Pattern.compile("export ([A-Z_][A-Z0-9_]*)=(.*)");
    private static final List<Map.Entry<Pattern, String>> VOLATILE = List.of(
            Map.entry(Pattern.compile("[ \\t]+$", Pattern.MULTILINE), ""),
            Map.entry(Pattern.compile("\\b\\d+ ms\\b"), "N ms"),
            Map.entry(Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?"), "<time>"),
            Map.entry(Pattern.compile("\\d{8}-\\d{6}"), "<stamp>"),
            Map.entry(Pattern.compile("^(Database: \\S+) \\(.*\\)$", Pattern.MULTILINE), "$1 (<server>)"));

    private final Path source;
    private final Path work;
    private final Path copy;
    private final Map<String, String> substitutions = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, String> documentedIds = new LinkedHashMap<>();
    private final Map<String, String> realIds = new LinkedHashMap<>();
    private final Set<String> fixedIds = new HashSet<>();
    private Path bin;
    private Path folder;

    /** A runner for {@code examples/NAME}, working in {@code work}. */
    WalkthroughRunner(String name, Path work) {
        this.source = Path.of("..", "examples", name).toAbsolutePath().normalize();
        this.work = work;
        this.copy = work.resolve(name);
    }

    /** Replaces {@code documented} by {@code real} in the copy and in commands, and back in the output. */
    WalkthroughRunner substitute(String documented, String real) {
        substitutions.put(documented, real);
        return this;
    }

    /** Runs the example's walkthrough; returns the commands of the blocks marked not to run. */
    List<String> run() throws IOException, InterruptedException {
        Walkthrough walkthrough = Walkthrough.read(source.resolve("WALKTHROUGH.md"));
        requireTools(walkthrough);
        copyExample();
        bin = wrapper();
        folder = copy;
        List<String> outputs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Walkthrough.Step step : walkthrough.steps()) {
            String where = walkthrough.file() + ":" + step.line() + ": $ " + step.command();
            if (step.skipped()) {
                System.out.println(where + ": not run (its block is marked " + Walkthrough.SKIP_MARKER + ")");
                skipped.add(step.command());
                outputs.add(step.output());
                continue;
            }
            Output real = execute(step);
            learnIds(real.text(), step.output());
            String output = renamed(real.text());
            boolean same = real.exitCode() == step.exitCode() && normal(output).equals(normal(step.output()));
            if (UPDATE) {
                outputs.add(same ? step.output() : output.replaceAll("[ \\t]+\n", "\n"));
                if (real.exitCode() != step.exitCode()) {
                    System.err.println(where + ": exit " + real.exitCode() + ", documented " + step.exitCode());
                }
            } else {
                assertEquals(normal(step.output()), normal(output), where + "\n--- real output\n" + output);
                assertEquals(step.exitCode(), real.exitCode(), where + ": exit code\n--- real output\n" + output);
            }
        }
        if (UPDATE) {
            Files.writeString(walkthrough.file(), walkthrough.rewrite(outputs), StandardCharsets.UTF_8);
        }
        return skipped;
    }

    /**
     * Skips the walkthrough, saying why, when a program it runs besides retort (sqlite3, psql) is
     * not installed.
     */
    private static void requireTools(Walkthrough walkthrough) throws IOException, InterruptedException {
        Set<String> tools = new TreeSet<>();
        for (Walkthrough.Step step : walkthrough.steps()) {
            String program = program(step.command());
            if (!step.skipped() && !BUILT_IN.contains(program)) {
                tools.add(program);
            }
        }
        for (String tool : tools) {
            Process which = new ProcessBuilder("bash", "-c", "command -v " + tool)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Assumptions.assumeTrue(
                    which.waitFor() == 0,
                    () -> walkthrough.file() + " runs " + tool + ", which is not installed here (Debian: apt-get"
                            + " install " + (tool.equals("psql") ? "postgresql-client" : tool) + ")");
        }
    }

    /** The program a command runs: its first word after any {@code NAME=value} assignments. */
    static String program(String command) {
        Matcher program = PROGRAM.matcher(command);
        return program.find() ? program.group(1) : "";
    }

    /** What one step printed, in the document's terms, and its exit code. */
    private record Output(int exitCode, String text) {}

    /** Runs a step: {@code export} and {@code cd} here, anything else in bash. */
    private Output execute(Walkthrough.Step step) throws IOException, InterruptedException {
        String command = real(step.command());
        Matcher export = EXPORT.matcher(command);
        if (export.matches()) {
            environment.put(export.group(1), unquoted(export.group(2)));
            return new Output(0, "");
        }
        if (command.startsWith("cd ")) {
            folder = folder.resolve(command.substring(3).strip()).normalize();
            return new Output(0, "");
        }
        Path log = Files.createTempFile(work, "step", ".log");
        Process process = start(command, log);
        int exitCode = finish(process, step, log);
        return new Output(exitCode, documented(Files.readString(log, StandardCharsets.UTF_8)));
    }

    private Process start(String command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> env = builder.environment();
        env.remove("DATABASE_URL");
        env.remove("RETORT_CONFIG");
        env.put("NO_COLOR", "1");
        env.put("LC_ALL", "C");
        env.put("TZ", "UTC");
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.putAll(environment);
        return builder.start();
    }

    private static int finish(Process process, Walkthrough.Step step, Path log) throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            fail("$ " + step.command() + " still ran after 2 minutes; killed it. Output:\n" + read(log));
        }
        return process.exitValue();
    }

    /** A {@code retort} command on the PATH that runs the packaged jar, as {@code bin/retort} does. */
    private Path wrapper() throws IOException {
        Path jar = RetortProcess.JAR.toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: walkthroughs run the packaged CLI; run `mvn verify`, whose"
                    + " integration tests run after `package`");
        }
        Path bin = Files.createDirectories(work.resolve("bin"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder script = new StringBuilder("#!/bin/sh\nexec '" + java + "'");
        for (String option : RetortProcess.JVM_OPTIONS) {
            script.append(' ').append(option);
        }
        // javac compiles Java scripts in process: more heap than a plain command needs.
        script.append(" -Xmx256m -jar '").append(jar).append("' \"$@\"\n");
        Path retort = Files.writeString(bin.resolve("retort"), script);
        retort.toFile().setExecutable(true);
        return bin;
    }

    /** Copies the example without databases, backups, caches or lock files, substituting texts. */
    private void copyExample() throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path relative = source.relativize(file);
                if (isDebris(relative)) {
                    continue;
                }
                Path target = copy.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher ids = REVISION_ID.matcher(text);
                while (ids.find()) {
                    fixedIds.add(ids.group());
                }
                for (Map.Entry<String, String> substitution : substitutions.entrySet()) {
                    text = text.replace(substitution.getKey(), substitution.getValue());
                }
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        }
    }

    private static boolean isDebris(Path relative) {
        String path = relative.toString().replace('\\', '/');
        String name =
                relative.getFileName() == null ? "" : relative.getFileName().toString();
        return name.endsWith(".db")
                || name.contains(".db.")
                || name.equals(".retort-cache")
                || path.startsWith("backups")
                || path.contains("/.retort-cache/")
                || name.equals("WALKTHROUGH.md");
    }

    /** The command as it runs: substitutions made, documented revision ids replaced by the real ones. */
    private String real(String command) {
        String text = command;
        for (Map.Entry<String, String> substitution : substitutions.entrySet()) {
            text = text.replace(substitution.getKey(), substitution.getValue());
        }
        Matcher prefixes = ID_PREFIX.matcher(text);
        StringBuilder result = new StringBuilder();
        while (prefixes.find()) {
            String prefix = prefixes.group();
            String replacement = prefix;
            List<String> matches = documentedIds.keySet().stream()
                    .filter(id -> id.startsWith(prefix))
                    .toList();
            if (matches.size() == 1) {
                replacement = documentedIds.get(matches.get(0)).substring(0, prefix.length());
            }
            prefixes.appendReplacement(result, replacement);
        }
        prefixes.appendTail(result);
        return result.toString();
    }

    /** Real output in the document's terms: the copy's folder and substituted texts put back. */
    private String documented(String output) {
        String text = output.replace(copy.toString(), "<tmp>").replace(work.toString(), "<tmp>");
        List<Map.Entry<String, String>> longestFirst = new ArrayList<>(substitutions.entrySet());
        longestFirst.sort((a, b) -> b.getValue().length() - a.getValue().length());
        for (Map.Entry<String, String> substitution : longestFirst) {
            text = text.replace(substitution.getValue(), substitution.getKey());
        }
        return text;
    }

    /**
     * Pairs revision ids new in this run's output with those the document shows in the same
     * places, when both show the same number of ids.
     */
    private void learnIds(String output, String shown) {
        List<String> real = ids(renamed(output));
        List<String> documented = ids(shown);
        if (real.size() != documented.size()) {
            return;
        }
        for (int i = 0; i < real.size(); i++) {
            String id = real.get(i);
            String documentedId = documented.get(i);
            if (!id.equals(documentedId)
                    && !fixedIds.contains(id)
                    && !realIds.containsKey(id)
                    && !fixedIds.contains(documentedId)
                    && !documentedIds.containsKey(documentedId)) {
                realIds.put(id, documentedId);
                documentedIds.put(documentedId, id);
            }
        }
    }

    private String renamed(String output) {
        Matcher ids = REVISION_ID.matcher(output);
        StringBuilder result = new StringBuilder();
        while (ids.find()) {
            ids.appendReplacement(result, realIds.getOrDefault(ids.group(), ids.group()));
        }
        ids.appendTail(result);
        return result.toString();
    }

    private static List<String> ids(String text) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = REVISION_ID.matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }

    /** The output with what changes from run to run made equal. */
    static String normal(String output) {
        String text = output;
        for (Map.Entry<Pattern, String> rule : VOLATILE) {
            text = rule.getKey().matcher(text).replaceAll(rule.getValue());
        }
        return text.strip();
    }

    private static String unquoted(String value) {
        String text = value.strip();
        if (text.length() >= 2
                && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
