package dev.retort;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A backup that was written. Immutable.
 *
 * @param database the database backed up, its URL with the password hidden
 * @param file the backup file (readable by its owner only)
 * @param bytes its size
 * @param duration how long it took
 */
public record BackupResult(String database, Path file, long bytes, Duration duration) {
    /** Checks the parts. */
    public BackupResult {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(duration, "duration");
    }
}
