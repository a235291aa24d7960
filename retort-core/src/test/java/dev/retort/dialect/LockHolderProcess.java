package dev.retort.dialect;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The main class of a second JVM that takes a migration lock, for tests that need its holder in
 * another process. Arguments: {@code native|lease <dialect> <jdbc url> <user> <password> <lock
 * name> <lease ms> hold|turn [<log file>]}. {@code hold} prints {@value #HOLDING} once it holds the
 * lock and then sleeps until it is killed; {@code turn} appends {@code enter <pid>} and {@code
 * exit <pid>} lines to the log file while it holds the lock, then releases it and exits.
 */
public final class LockHolderProcess {
    /** What {@code hold} prints once it holds the lock. */
    public static final String HOLDING = "HOLDING";

    private LockHolderProcess() {}

    /** Takes the lock as the arguments say. */
    public static void main(String[] args) throws Exception {
        String url = args[2];
        String user = args[3];
        String password = args[4];
        String name = args[5];
        Dialect dialect = Dialects.installed().named(args[1]).orElseThrow();
        LeaseLock.Connector connector = () -> open(url, user, password);
        try (Connection connection = connector.connect();
                MigrationLock lock = args[0].equals("lease")
                        ? new LeaseLock(
                                dialect,
                                connector,
                                name,
                                LeaseLock.DEFAULT_TABLE,
                                Duration.ofMillis(Long.parseLong(args[6])))
                        : dialect.lock(connection, name)) {
            lock.acquire(Duration.ofSeconds(60), holder -> {});
            if (args[7].equals("hold")) {
                System.out.println(HOLDING);
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
            Path log = Path.of(args[8]);
            long pid = ProcessHandle.current().pid();
            append(log, "enter " + pid);
            Thread.sleep(20);
            append(log, "exit " + pid);
        }
    }

    private static Connection open(String url, String user, String password) throws SQLException {
        return user.isEmpty() ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
    }

    private static void append(Path log, String line) throws Exception {
        Files.write(
                log,
                List.of(line),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }
}
