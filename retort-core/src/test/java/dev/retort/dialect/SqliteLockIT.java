package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's lock file: the contract, contenders in 16 processes, and the file itself. */
class SqliteLockIT extends LockContractIT {
    @RegisterExtension
    static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

    private static final Dialect DIALECT = Dialects.installed().named("sqlite").orElseThrow();

    @TempDir
    Path folder;

    @Override
    Contender contender(TestDatabase database, String name) throws SQLException {
        Connection connection = database.open();
        // The holder is shown by the pid and host it wrote into the lock file.
        return new Contender(DIALECT.lock(connection, name), LocalProcess.current() + " since ", List.of(connection));
    }

    @Override
    TestDatabase anotherDatabase() {
        return SQLITE.newDatabase();
    }

    @Override
    List<String> holderArguments(TestDatabase database, String name) {
        return arguments("native", DIALECT.name(), database, name, Duration.ZERO);
    }

    @Override
    Duration freedAfterKill() {
        return Duration.ofSeconds(2);
    }

    @Test
    void sixteenProcessesTakeTurns(TestDatabase database) throws Exception {
        Path log = folder.resolve("turns.log");
        List<String> arguments = new ArrayList<>(holderArguments(database, NAME));
        arguments.addAll(List.of("turn", log.toString()));
        List<Process> processes = new ArrayList<>();
        try {
            for (int i = 0; i < CONTENDERS; i++) {
                processes.add(ChildJvm.start(arguments, folder.resolve("output-" + i + ".txt")));
            }
            for (int i = 0; i < CONTENDERS; i++) {
                Process process = processes.get(i);
                if (!process.waitFor(50, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    fail("contender " + i + " failed:\n" + Files.readString(folder.resolve("output-" + i + ".txt")));
                }
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }

        List<String> lines = Files.readAllLines(log);
        assertEquals(2 * CONTENDERS, lines.size(), () -> String.join("\n", lines));
        Set<String> pids = new HashSet<>();
        for (int i = 0; i < lines.size(); i += 2) {
            String pid = lines.get(i).substring("enter ".length());
            assertEquals("enter " + pid, lines.get(i), () -> "two processes held the lock at once:\n" + lines);
            assertEquals("exit " + pid, lines.get(i + 1), () -> "two processes held the lock at once:\n" + lines);
            pids.add(pid);
        }
        assertEquals(CONTENDERS, pids.size());
    }

    @Test
    void theLockFileStaysBesideTheDatabaseNamingItsHolderWhileHeld(TestDatabase database) throws Exception {
        Path file = Path.of(database.jdbcUrl().substring("jdbc:sqlite:".length()));
        Path lockFile = file.resolveSibling(database.name() + "." + NAME + ".lock");
        try (Contender holder = contender(database, NAME)) {
            holder.lock().acquire(LONG, QUIET);
            // Closing any descriptor of the file drops this process's lock on it (POSIX), so
            // after this read the lock is only closed, not relied on.
            String content = Files.readString(lockFile);
            assertTrue(content.contains("pid=" + ProcessHandle.current().pid() + "\n"), content);

            holder.lock().close();

            assertTrue(Files.exists(lockFile), "the lock file was deleted");
            assertEquals("", Files.readString(lockFile));
        }
    }
}
