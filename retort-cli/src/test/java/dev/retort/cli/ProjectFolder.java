package dev.retort.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A Retort project in a folder: configuration files and SQL revision scripts written by a test. */
final class ProjectFolder {
    private final Path root;
    private final Path versions;

    /** A project in {@code root}, with an empty {@code migrations/versions} folder. */
    ProjectFolder(Path root) {
        this.root = root;
        this.versions = root.resolve("migrations").resolve("versions");
        try {
            Files.createDirectories(versions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    /**
     * Writes {@code NAME.toml} for the database at {@code url}, with further {@code settings} lines
     * such as {@code lock_timeout = 10}.
     */
    Path config(String name, String url, String... settings) {
        List<String> lines = new ArrayList<>();
        lines.add("script_location = \"migrations\"");
        lines.add("url = " + quoted(url));
        lines.addAll(List.of(settings));
        return write(root.resolve(name + ".toml"), String.join("\n", lines) + "\n");
    }

    /**
     * Writes revision {@code id} on top of {@code parent} (null for the first), with {@code
     * statements} as its upgrade and no downgrade.
     */
    Path revision(String id, String parent, String message, List<String> statements) {
        String text = "-- Revision: " + id + "\n"
                + (parent == null ? "" : "-- Revises: " + parent + "\n")
                + "-- Message: " + message + "\n"
                + "-- migrate:upgrade\n"
                + String.join(
                        "\n",
                        statements.stream().map(statement -> statement + ";").toList()) + "\n";
        return write(versions.resolve(id + ".sql"), text);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
