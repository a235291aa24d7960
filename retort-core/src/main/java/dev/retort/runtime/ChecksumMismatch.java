package dev.retort.runtime;

import java.nio.file.Path;

/**
 * An applied revision whose script changed after it ran.
 *
 * @param revision the revision
 * @param recorded the checksum recorded when it was applied
 * @param current the checksum of the script now
 * @param file the script
 */
public record ChecksumMismatch(String revision, String recorded, String current, Path file) {}
