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
    private static final List<String> KEYS = List.of(
            "Revision", "Revises", "Branch-Labels", "Depends-On", "Message", "Created", "Transactional", "Squashes");
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

    MigrationScript read(String original) {
        String text = original.startsWith("\uFEFF") ? original.substring(1) : original;
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int upgradeAt = -1;
        int downgradeAt = -1;
        int upgradeFrom = -1;
        int upgradeTo = text.length();
        int downgradeFrom = -1;
        int lineNumber = 0;
        for (int position = 0; position <= text.length(); ) {
            int end = text.indexOf('\n', position);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            String line = commentOrContent(text, position, end);
            Matcher marker = line.startsWith("--") ? MARKER.matcher(line) : null;
            if (marker != null && marker.matches()) {
                String section = marker.group(1).toLowerCase(Locale.ROOT);
                if (section.equals("upgrade")) {
                    upgradeAt = markerLine(upgradeAt, lineNumber, UPGRADE_MARKER);
                    upgradeFrom = Math.min(end + 1, text.length());
                } else if (section.equals("downgrade")) {
                    downgradeAt = markerLine(downgradeAt, lineNumber, DOWNGRADE_MARKER);
                    if (upgradeAt < 0) {
                        throw fail(lineNumber, "'" + DOWNGRADE_MARKER + "' comes before '" + UPGRADE_MARKER + "'");
                    }
                    upgradeTo = Math.max(upgradeFrom, position - 1);
                    downgradeFrom = Math.min(end + 1, text.length());
                } else {
                    String expected = section.startsWith("d") ? DOWNGRADE_MARKER : UPGRADE_MARKER;
                    throw fail(lineNumber, "unknown section '" + line + "'; did you mean '" + expected + "'?");
                }
            } else if (upgradeAt < 0) {
                readHeaderLine(line, lineNumber);
            }
            position = end + 1;
        }
        if (upgradeAt < 0) {
            throw fail(
                    0,
                    "no '" + UPGRADE_MARKER + "' line: a script is a '-- Revision: <id>' header, then '"
                            + UPGRADE_MARKER + "' and '" + DOWNGRADE_MARKER + "' sections");
        }
        SqlSection upgrade = new SqlSection(text.substring(upgradeFrom, upgradeTo), upgradeAt + 1);
        Optional<SqlSection> downgrade = downgradeAt < 0
                ? Optional.empty()
                : Optional.of(new SqlSection(text.substring(downgradeFrom), downgradeAt + 1));
        return new MigrationScript(
                revision(),
                header.getOrDefault("message", ""),
                header.getOrDefault("created", ""),
                transactional(),
                file,
                relativePath,
                ScriptFormat.SQL,
                Checksums.of(original),
                new SqlBody(upgrade, downgrade),
                list("squashes"));
    }

    /**
     * The line from {@code start} to {@code end}, stripped, when it may matter to the header: a
     * comment, or the first characters of anything else (enough to say it is not a comment).
     */
    private static String commentOrContent(String text, int start, int end) {
        int first = start;
        while (first < end && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == end) {
            return "";
        }
        if (text.charAt(first) != '-') {
            return text.substring(first, Math.min(end, first + 1));
        }
        return text.substring(first, end).strip();
    }

    private int markerLine(int seenAt, int index, String marker) {
        if (seenAt >= 0) {
            throw fail(index, "'" + marker + "' appears twice (first at line " + seenAt + ")");
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

    private InvalidScriptException fail(int line, String message) {
        return new InvalidScriptException(file, line, message);
    }
}
