package dev.retort;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
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
            Files.setPosixFilePermissions(target, OWNER_ONLY);
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
            if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(target, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                ownerOnly(Files.createFile(target).toFile());
            }
        } catch (FileAlreadyExistsException e) {
            throw new RetortException(
                    ErrorCode.ALREADY_EXISTS,
                    "the backup file " + target + " already exists",
                    "choose another file with --to, or move the old one away");
        } catch (IOException e) {
            throw new RetortException(
                    ErrorCode.IO,
                    "could not create the backup file " + target + ": " + e.getMessage(),
                    "check the folder",
                    e);
        }
    }

    /**
     * Takes every permission from everyone but the owner where the file system has no POSIX
     * permissions (Windows), before anything is written into the file.
     */
    private static void ownerOnly(File file) throws IOException {
        boolean restricted = file.setReadable(false, false)
                && file.setReadable(true, true)
                && file.setWritable(false, false)
                && file.setWritable(true, true)
                && file.setExecutable(false, false);
        if (!restricted) {
            throw new IOException("cannot make it readable by its owner only");
        }
    }

    private static void delete(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException ignored) {
            // the failure being reported matters more than the leftover file
        }
    }
}
