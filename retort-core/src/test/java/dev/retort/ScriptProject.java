package dev.retort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A migrations folder in a temporary directory, with helpers to write scripts by hand. */
final class ScriptProject {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:02Z"), ZoneOffset.UTC);

    private final Path location;

    ScriptProject(Path root) {
        this.location = root.resolve("migrations");
        Retort.init(location);
    }

    Path location() {
        return location;
    }

    Retort retort(String dialect) {
        return Retort.configure()
                .scriptLocation(location)
                .dialect(dialect)
                .clock(CLOCK)
                .load();
    }

    Retort retort() {
        return retort("sqlite");
    }

    /** Writes a script; {@code parents} comma-separated, empty for a base. */
    Path script(String fileName, String id, String parents, String upgrade, String downgrade) {
        String text = "-- Revision: " + id + "\n"
                + (parents.isEmpty() ? "" : "-- Revises: " + parents + "\n")
                + "-- Message: " + fileName.replace(".sql", "") + "\n\n"
                + "-- migrate:upgrade\n" + upgrade + "\n"
                + (downgrade == null ? "" : "-- migrate:downgrade\n" + downgrade + "\n");
        Path file = location.resolve("versions").resolve(fileName);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
