package dev.retort.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes SQLite databases as files in one temporary folder for the run, deleted with it. Always
 * reachable. Open connections are counted as this process's file descriptors on the database file
 * ({@code /proc/self/fd}), so the leak check works on Linux and finds nothing elsewhere.
 * Thread-safe.
 */
final class SqliteProvisioner implements Provisioner {
    private static final Path OPEN_FILES = Path.of("/proc/self/fd");
    private static final List<String> COMPANIONS = List.of("", "-journal", "-wal", "-shm");

    private final DatabaseNames names = new DatabaseNames(new SecureRandom());
    private Path folder;

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }

    @Override
    public Reachability reachability() {
        return Reachability.reached();
    }

    @Override
    public synchronized TestDatabase create(String owner) {
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("retort-testkit-");
            }
            Path file = Files.createFile(folder.resolve(names.next(owner) + ".db"));
            String path = file.toAbsolutePath().toString();
            return new TestDatabase(
                    kind(),
                    file.getFileName().toString(),
                    "jdbc:sqlite:" + path,
                    new Credentials("", ""),
                    "sqlite:///" + path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a SQLite database file for " + owner, e);
        }
    }

    @Override
    public void drop(TestDatabase database) {
        Path file = file(database);
        for (String companion : COMPANIONS) {
            delete(file.resolveSibling(file.getFileName() + companion));
        }
    }

    @Override
    public int openConnections(TestDatabase database) {
        if (!Files.isDirectory(OPEN_FILES)) {
            return 0;
        }
        Path file = file(database);
        if (!Files.exists(file)) {
            return 0;
        }
        try (Stream<Path> descriptors = Files.list(OPEN_FILES)) {
            Path real = file.toRealPath();
            return (int) descriptors
                    .filter(descriptor -> real.equals(target(descriptor)))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + OPEN_FILES, e);
        }
    }

    @Override
    public synchronized void close() {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(SqliteProvisioner::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + folder, e);
        } finally {
            folder = null;
        }
    }

    private static Path file(TestDatabase database) {
        return Path.of(database.jdbcUrl().substring("jdbc:sqlite:".length()));
    }

    private static Path target(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor);
        } catch (IOException e) {
            // The descriptor was closed while we listed them (the listing's own one, for instance).
            return null;
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + path, e);
        }
    }
}
