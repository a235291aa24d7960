package dev.retort.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.MigrationLock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The lock file's name, and the lock of a database in memory. */
class SqliteLockTest {
    @Test
    void theLockFileIsNamedAfterTheDatabaseAndTheName() {
        assertEquals("app.db.retort_version.lock", SqliteLock.lockFileName("app.db", "retort_version"));
    }

    @Test
    void namesThatAreNotPlainAreHashed() {
        // The hash was computed once outside Java (Python's hashlib); it must never change.
        assertEquals("app.db.2d804752cff2be6d.lock", SqliteLock.lockFileName("app.db", "weird name/with slash"));
    }

    @Test
    void aDatabaseInMemoryHasNothingToLock() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            MigrationLock first = new SqliteDialect().lock(connection, "retort_version");
            MigrationLock second = new SqliteDialect().lock(connection, "retort_version");
            first.acquire(Duration.ZERO, holder -> {});
            second.acquire(Duration.ZERO, holder -> {});
            assertTrue(first.isHeld());
            assertTrue(second.isHeld());
            first.close();
            second.close();
            assertFalse(first.isHeld());
        }
    }
}
