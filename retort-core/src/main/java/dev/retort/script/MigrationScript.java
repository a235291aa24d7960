package dev.retort.script;

import dev.retort.graph.Revision;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One revision script as read from disk: its revision, message and metadata, where it lives, its
 * checksum, and what it does. Immutable.
 *
 * @param revision the graph identity: id, parents, dependencies, labels
 * @param message the one-line description, or empty
 * @param created the creation time as written in the header, or empty
 * @param transactional false when the header asks to run outside a transaction
 * @param file the script file
 * @param relativePath the path below {@code versions/}, with {@code /} separators; scripts sort by it
 * @param format the script's language
 * @param checksum SHA-256 of the file's text with line endings normalised, as lowercase hex
 * @param body what the script does: SQL sections or a Java class
 * @param squashes for a baseline written by {@code retort squash}, the ids of the revisions it
 *     replaced, oldest first; empty for any other script
 */
public record MigrationScript(
        Revision revision,
        String message,
        String created,
        boolean transactional,
        Path file,
        String relativePath,
        ScriptFormat format,
        String checksum,
        ScriptBody body,
        List<String> squashes) {
    /** Checks the required parts and copies the list. */
    public MigrationScript {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(body, "body");
        squashes = List.copyOf(squashes);
    }

    /** A script that is not a squash baseline. */
    public MigrationScript(
            Revision revision,
            String message,
            String created,
            boolean transactional,
            Path file,
            String relativePath,
            ScriptFormat format,
            String checksum,
            ScriptBody body) {
        this(revision, message, created, transactional, file, relativePath, format, checksum, body, List.of());
    }

    /** The revision id. */
    public String id() {
        return revision.id();
    }

    /** Whether {@code retort squash} wrote this script in place of the revisions {@link #squashes} lists. */
    public boolean isSquashBaseline() {
        return !squashes.isEmpty();
    }

    /** Whether the script can be undone. */
    public boolean reversible() {
        return body.reversible();
    }
}
