package dev.retort.script;

import dev.retort.graph.Revision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an SQL-format script: a header of {@code -- Key: value} lines, then the
 * {@code -- migrate:upgrade} section and optionally the {@code -- migrate:downgrade} section. A
 * script without a downgrade section cannot be undone; an empty one undoes nothing.
 */
final class SqlScriptReader {
    static final String UPGRADE_MARKER = "-- migrate:upgrade";
    static final String DOWNGRADE_MARKER = "-- migrate:downgrade";

    private static final Pattern MARKER = Pattern.compile("--\\s*migrate\\s*:\\s*(\\S*)\\s*");
    private static final Pattern HEADER = Pattern.compile("--\\s*([A-Za-z][A-Za-z _-]*?)\\s*:\\s*(.*?)\\s*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
    private static final List<String> KEYS =
            List.of("Revision", "Revises", "Branch-Labels", "Depends-On", "Message", "Created", "Transactional");
    private static final Map<String, String> ALIASES = Map.of(
            "revision-id", "revision",
            "create-date", "created",
            "branch-label", "branch-labels",
            "depends", "depends-on");

    private final Path file;
    private final String relativePath;
    private final Map<String, String> header = new HashMap<>();
    private final Map<String, Integer> headerLines = new HashMap<>();

    SqlScriptReader(Path file, String relativePath) {
        this.file = file;
        this.relativePath = relativePath;
    }

    MigrationScript read(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int upgradeAt = -1;
        int downgradeAt = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                String section = marker.group(1).toLowerCase(Locale.ROOT);
                if (section.equals("upgrade")) {
                    upgradeAt = markerLine(upgradeAt, i, UPGRADE_MARKER);
                } else if (section.equals("downgrade")) {
                    downgradeAt = markerLine(downgradeAt, i, DOWNGRADE_MARKER);
                    if (upgradeAt < 0) {
                        throw fail(i + 1, "'" + DOWNGRADE_MARKER + "' comes before '" + UPGRADE_MARKER + "'");
                    }
                } else {
                    String expected = section.startsWith("d") ? DOWNGRADE_MARKER : UPGRADE_MARKER;
                    throw fail(i + 1, "unknown section '" + line + "'; did you mean '" + expected + "'?");
                }
            } else if (upgradeAt < 0) {
                readHeaderLine(line, i + 1);
            }
        }
        if (upgradeAt < 0) {
            throw fail(
                    0,
                    "no '" + UPGRADE_MARKER + "' line: a script is a '-- Revision: <id>' header, then '"
                            + UPGRADE_MARKER + "' and '" + DOWNGRADE_MARKER + "' sections");
        }
        int upgradeEnd = downgradeAt < 0 ? lines.length : downgradeAt;
        SqlSection upgrade = section(lines, upgradeAt + 1, upgradeEnd);
        Optional<SqlSection> downgrade =
                downgradeAt < 0 ? Optional.empty() : Optional.of(section(lines, downgradeAt + 1, lines.length));
        return new MigrationScript(
                revision(),
                header.getOrDefault("message", ""),
                header.getOrDefault("created", ""),
                transactional(),
                file,
                relativePath,
                ScriptFormat.SQL,
                Checksums.of(text),
                upgrade,
                downgrade);
    }

    private int markerLine(int seenAt, int index, String marker) {
        if (seenAt >= 0) {
            throw fail(index + 1, "'" + marker + "' appears twice (first at line " + (seenAt + 1) + ")");
        }
        return index;
    }

    private void readHeaderLine(String line, int lineNumber) {
        if (line.isEmpty()) {
            return;
        }
        if (!line.startsWith("--")) {
            throw fail(
                    lineNumber,
                    "SQL before the '" + UPGRADE_MARKER + "' line; statements belong in the upgrade or downgrade"
                            + " section");
        }
        Matcher matcher = HEADER.matcher(line);
        if (!matcher.matches()) {
            return;
        }
        String key = canonicalKey(matcher.group(1), lineNumber);
        if (key == null) {
            return;
        }
        if (header.containsKey(key)) {
            throw fail(
                    lineNumber,
                    "header '" + matcher.group(1) + "' appears twice (first at line " + headerLines.get(key) + ")");
        }
        header.put(key, matcher.group(2));
        headerLines.put(key, lineNumber);
    }

    /** The known key a header name stands for, null for a free comment; fails on near misses. */
    private String canonicalKey(String name, int lineNumber) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        key = ALIASES.getOrDefault(key, key);
        for (String known : KEYS) {
            if (known.toLowerCase(Locale.ROOT).equals(key)) {
                return key;
            }
        }
        for (String known : KEYS) {
            if (key.length() >= 5 && EditDistance.between(key, known.toLowerCase(Locale.ROOT)) <= 2) {
                throw fail(lineNumber, "unknown header '" + name + "'; did you mean '" + known + "'?");
            }
        }
        return null;
    }

    private Revision revision() {
        String id = header.get("revision");
        if (id == null || id.isEmpty()) {
            throw fail(1, "no '-- Revision: <id>' header line before '" + UPGRADE_MARKER + "'");
        }
        if (!RevisionIds.isValid(id)) {
            throw fail(headerLines.get("revision"), "revision id '" + id + "' may hold only letters, digits and _");
        }
        return new Revision(id, list("revises"), list("depends-on"), list("branch-labels"));
    }

    private List<String> list(String key) {
        String value = header.getOrDefault(key, "").strip();
        List<String> items = new ArrayList<>();
        if (value.isEmpty()) {
            return items;
        }
        for (String item : LIST_SEPARATOR.split(value)) {
            if (!RevisionIds.isValid(item)) {
                throw fail(
                        headerLines.get(key),
                        "'" + item + "' in the " + key + " header may hold only letters, digits and _");
            }
            if (!items.contains(item)) {
                items.add(item);
            }
        }
        return items;
    }

    private boolean transactional() {
        String value = header.getOrDefault("transactional", "true").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default ->
                throw fail(
                        headerLines.get("transactional"), "Transactional must be true or false, not '" + value + "'");
        };
    }

    private static SqlSection section(String[] lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(lines[i]);
            if (i < to - 1) {
                text.append('\n');
            }
        }
        return new SqlSection(text.toString(), from + 1);
    }

    private InvalidScriptException fail(int line, String message) {
        return new InvalidScriptException(file, line, message);
    }
}
