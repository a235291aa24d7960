package dev.retort;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Where a backup goes and how it is written: by default {@code backups/<database>-<time><ext>}
 * beside the configuration, created readable by its owner only before the database writes into it,
 * and removed again when the backup fails. Stateless.
 */
final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private Backups() {}

    /** The default file for a backup of {@code url} made now. */
    static Path defaultFile(Path base, Dialect dialect, DatabaseUrl url, Clock clock) {
        String name = Path.of(url.database()).getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return base.resolve("backups")
                .resolve(name + "-" + LocalDateTime.now(clock).format(STAMP) + dialect.backupExtension());
    }

    /**
     * Writes the backup of the database behind {@code connection} into {@code target}.
     *
     * @throws RetortException saying why it could not (the partial file is removed)
     */
    static long write(Dialect dialect, Connection connection, DatabaseUrl url, Path target) {
        if (url.isMemory()) {
            throw new UsageException("an in-memory database has nothing on disk to back up", "back up a database file");
        }
        create(target);
        try {
            dialect.backup(connection, url, target);
            restrictToOwner(target);
            return Files.size(target);
        } catch (IOException | SQLException | RuntimeException e) {
            delete(target);
            throw new RetortException(
                    ErrorCode.IO,
                    "could not back up " + url.redacted() + ": " + DatabaseUrl.redact(String.valueOf(e.getMessage())),
                    "nothing was changed; fix the cause and run `retort backup` again",
                    e);
        }
    }

    private static void create(Path target) {
        try {
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            if (posix(target)) {
                Files.createFile(target, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                restrictToOwner(Files.createFile(target));
            }
        } catch (FileAlreadyExistsException e) {
            if (!target.toString().equals(e.getFile())) {
                throw new RetortException(
                        ErrorCode.IO,
                        "could not create the backup file " + target + ": " + e.getFile() + " is a file, not a folder",
                        "choose a path in a folder with --to",
                        e);
            }
            throw new RetortException(
                    ErrorCode.ALREADY_EXISTS,
                    "the backup file " + target + " already exists",
                    "choose another file with --to, or move the old one away");
        } catch (IOException e) {
            throw new RetortException(
                    ErrorCode.IO,
                    "could not create the backup file " + target + ": " + reason(e),
                    "check the folder",
                    e);
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Makes {@code file} readable and writable by its owner only (again, after a tool wrote it),
     * through POSIX permissions where the file system has them and the owner flags elsewhere.
     */
    private static void restrictToOwner(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            return;
        }
        File plain = file.toFile();
        boolean restricted = plain.setReadable(false, false)
                && plain.setReadable(true, true)
                && plain.setWritable(false, false)
                && plain.setWritable(true, true)
                && plain.setExecutable(false, false);
        if (!restricted) {
            throw new IOException("cannot make " + file + " readable by its owner only");
        }
    }

    /** What went wrong, in words: Java's file exceptions often carry only the path. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + e.getMessage();
        }
        return e.getMessage();
    }

    private static void delete(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException ignored) {
            // the failure being reported matters more than the leftover file
        }
    }
}
