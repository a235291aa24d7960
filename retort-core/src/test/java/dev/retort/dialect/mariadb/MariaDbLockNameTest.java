package dev.retort.dialect.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** User lock names: the database and the name, shortened with a stable hash beyond 64 characters. */
class MariaDbLockNameTest {
    @Test
    void shortNamesAreDatabaseDotName() {
        assertEquals("app.retort_version", MariaDbLock.lockName("app", "retort_version"));
    }

    @Test
    void aNameOfExactly64CharactersIsKept() {
        String database = "d".repeat(64 - ".retort_version".length());
        assertEquals(database + ".retort_version", MariaDbLock.lockName(database, "retort_version"));
    }

    @Test
    void longerNamesKeep47CharactersAndAHash() {
        // The hash was computed once outside Java (Python's hashlib); it must never change.
        String name = MariaDbLock.lockName(
                "rt_mariadb_lock_name_test_database_with_a_long_name", "retort_version_of_project");
        assertEquals("rt_mariadb_lock_name_test_database_with_a_long_~55924adce61e8591", name);
        assertEquals(MariaDbLock.MAX_NAME_LENGTH, name.length());
    }

    @Test
    void longNamesThatShareTheirStartStayApart() {
        String database = "a_database_whose_name_alone_takes_most_of_the_sixty_four";
        assertNotEquals(
                MariaDbLock.lockName(database, "first_version"), MariaDbLock.lockName(database, "other_version"));
    }

    @Test
    void shorteningNeverSplitsACharacter() {
        String database = "d".repeat(46) + "\uD83D\uDE00" + "rest_of_a_long_database_name";
        String name = MariaDbLock.lockName(database, "retort_version");
        assertTrue(name.length() <= MariaDbLock.MAX_NAME_LENGTH, name);
        assertEquals("d".repeat(46) + "~", name.substring(0, 47));
    }
}
