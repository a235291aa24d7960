package dev.retort.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One graph of the Alembic fixtures (format: {@code src/test/alembic/README.md}): its revisions in
 * file order and the questions asked about it, each with Alembic's answer.
 *
 * @param name the graph's name
 * @param revisions the revisions, in file order
 * @param questions each question line split on tabs, with its line number first
 */
record GraphFixture(String name, List<Revision> revisions, List<List<String>> questions) {
    /** All graphs of one fixture file on the test classpath. */
    static List<GraphFixture> read(String resource) {
        InputStream in = GraphFixture.class.getResourceAsStream("/graph-fixtures/" + resource);
        if (in == null) {
            throw new IllegalStateException("fixture " + resource + " is not on the test classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GraphFixture> parse(String resource, List<String> lines) {
        List<GraphFixture> graphs = new ArrayList<>();
        String name = null;
        List<Revision> revisions = new ArrayList<>();
        List<List<String>> questions = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = Arrays.asList(line.split("\t", -1));
            switch (fields.get(0)) {
                case "graph" -> {
                    name = fields.get(1);
                    revisions = new ArrayList<>();
                    questions = new ArrayList<>();
                }
                case "rev" ->
                    revisions.add(
                            new Revision(fields.get(1), list(fields.get(2)), list(fields.get(3)), list(fields.get(4))));
                case "end" -> graphs.add(new GraphFixture(resource + ": " + name, revisions, questions));
                default -> {
                    List<String> question = new ArrayList<>();
                    question.add(String.valueOf(number));
                    question.addAll(fields);
                    questions.add(question);
                }
            }
        }
        return graphs;
    }

    /** A comma-separated list of ids, or "-" for none. */
    static List<String> list(String text) {
        return "-".equals(text) ? List.of() : List.of(text.split(","));
    }

    /** The graph as text, for failure messages. */
    String describe() {
        StringBuilder text = new StringBuilder("graph " + name + " (file order):");
        for (Revision revision : revisions) {
            text.append("\n  ").append(revision.id()).append(" <- ").append(revision.parents());
            if (!revision.dependsOn().isEmpty()) {
                text.append(" depends on ").append(revision.dependsOn());
            }
            if (!revision.branchLabels().isEmpty()) {
                text.append(" labels ").append(revision.branchLabels());
            }
        }
        return text.toString();
    }
}
