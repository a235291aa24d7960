package dev.retort.dialect.sqlite;

import dev.retort.dialect.LocalProcess;
import dev.retort.dialect.LockHash;
import dev.retort.dialect.PollingLock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * SQLite's migration lock: an operating-system lock on a file beside the database ({@link
 * #lockFileName}), which the system releases when the holding process dies, however it dies. The
 * holder writes its pid, host and start time into the file for waiters to show; the file is never
 * deleted, since deleting a lock file races with those waiting on it. File locks belong to the
 * whole process, so within one JVM the locks on one file also exclude each other through a
 * registry. A database in memory has nobody to share it with: its lock does nothing. One thread
 * at a time.
 */
final class SqliteLock extends PollingLock {
    /**
     * Where in the file the system lock sits: past the content, so that where locks are mandatory
     * (Windows) waiters can still read who holds it.
     */
    private static final long LOCK_POSITION = 1L << 30;

    private static final int MAX_CONTENT = 4096;
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final int HASH_DIGITS = 16;

    /**
     * Who in this JVM is using each lock file. Closing any channel on a file drops every lock the
     * process holds on it (POSIX), so only the lock registered here opens the file at all.
     */
    private static final Map<Path, SqliteLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Connection connection;
    private final String name;
    private boolean located;
    private Path file;
    private FileChannel channel;
    private String seenInFile;
    private volatile String content;

    SqliteLock(Connection connection, String name) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * The lock file's name beside database file {@code database}: {@code app.db.retort_version.lock}
     * when {@code name} is a plain name of at most 64 letters, digits and underscores, otherwise
     * {@code app.db.<first 16 hex digits of SHA-256 of name>.lock}.
     */
    static String lockFileName(String database, String name) {
        String part = PLAIN_NAME.matcher(name).matches() ? name : LockHash.hexPrefix(name, HASH_DIGITS);
        return database + "." + part + ".lock";
    }

    @Override
    protected boolean tryAcquire() throws SQLException, IOException {
        if (!located) {
            file = lockFile();
            located = true;
        }
        if (file == null) {
            return true;
        }
        seenInFile = null;
        if (IN_THIS_JVM.putIfAbsent(file, this) != null) {
            return false;
        }
        boolean taken = false;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (tryLock(channel) == null) {
                seenInFile = read(channel);
                return false;
            }
            write(channel);
            taken = true;
            return true;
        } finally {
            if (!taken) {
                closeChannel();
            }
        }
    }

    @Override
    protected Optional<Holder> holder() {
        if (file == null) {
            return Optional.empty();
        }
        SqliteLock inThisJvm = IN_THIS_JVM.get(file);
        String holder = inThisJvm != null && inThisJvm != this ? inThisJvm.content : seenInFile;
        return holder == null ? Optional.empty() : parse(holder);
    }

    @Override
    protected void release(boolean held) throws IOException {
        if (!held || channel == null) {
            return;
        }
        content = null;
        try {
            // Waiters must not take a stale holder for the next one, who writes anew.
            channel.truncate(0);
        } finally {
            closeChannel();
        }
    }

    @Override
    protected String describe() {
        return file == null ? "SQLite lock for '" + name + "'" : "lock file '" + file + "'";
    }

    /** Null for a database in memory (or a temporary one), which has no file. */
    private Path lockFile() throws SQLException, IOException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA database_list")) {
            while (rows.next()) {
                if ("main".equals(rows.getString("name"))) {
                    String database = rows.getString("file");
                    return database == null || database.isEmpty() ? null : beside(Path.of(database));
                }
            }
        }
        return null;
    }

    /** The lock file beside the database's real path, so that every way to reach it meets one lock. */
    private Path beside(Path database) throws IOException {
        Path absolute = database.toAbsolutePath();
        Path real = Files.exists(absolute)
                ? absolute.toRealPath()
                : absolute.getParent().toRealPath().resolve(absolute.getFileName());
        return real.resolveSibling(lockFileName(real.getFileName().toString(), name));
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            // Another copy of this class (another class loader) in this JVM holds it.
            return null;
        }
    }

    private void write(FileChannel channel) throws IOException {
        LocalProcess self = LocalProcess.current();
        String text = "pid=" + self.pid() + "\nhost=" + self.host() + "\nsince=" + timestamp(Instant.now()) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        content = text;
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_CONTENT);
        int count;
        do {
            count = channel.read(buffer, buffer.position());
        } while (count > 0 && buffer.hasRemaining());
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    /** {@code pid 4242 on build-7 since 2026-01-31T10:15:02Z}; empty while the holder is still writing. */
    private static Optional<Holder> parse(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                fields.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        if (!fields.containsKey("pid") || !fields.containsKey("since")) {
            return Optional.empty();
        }
        return Optional.of(new Holder(
                text,
                "pid " + fields.get("pid") + " on " + fields.getOrDefault("host", "an unknown host") + " since "
                        + fields.get("since")));
    }

    private void closeChannel() throws IOException {
        FileChannel closing = channel;
        channel = null;
        try {
            if (closing != null) {
                // Closing the channel releases its lock.
                closing.close();
            }
        } finally {
            IN_THIS_JVM.remove(file, this);
        }
    }
}
