package dev.retort;

import java.nio.file.Path;

/** Paths as people read them in messages: relative to the working directory when inside it. */
final class DisplayPaths {
    private DisplayPaths() {}

    static String of(Path path) {
        if (path == null) {
            return "";
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        if (absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)) {
            return workingDirectory.relativize(absolute).toString();
        }
        return absolute.toString();
    }
}
