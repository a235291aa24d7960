package dev.retort.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Takes back what a failed {@code init --autogenerate} made: the configuration file and the folder it created. */
final class Removal {
    private Removal() {}

    /** Deletes {@code file}, and {@code folder} with everything in it unless it is null. Best effort. */
    static void of(Path file, Path folder) {
        try {
            Files.deleteIfExists(file);
            if (folder != null && Files.exists(folder)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        } catch (IOException ignored) {
            // the failure that made init undo itself is what the user must see
        }
    }
}
