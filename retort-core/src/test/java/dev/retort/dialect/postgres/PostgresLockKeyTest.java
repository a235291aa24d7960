package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * The advisory lock key must never change between Retort versions: two versions upgrading one
 * database at once would not exclude each other. The expected values were computed once outside
 * Java (Python's hashlib, and PostgreSQL's own sha256 with the SQL in PostgresLock's Javadoc).
 */
class PostgresLockKeyTest {
    @Test
    void keysAreTheFirst64BitsOfSha256OfDatabaseZeroName() {
        assertEquals(-8096124183354599583L, PostgresLock.key("test", "retort_version"));
        assertEquals(1262302176390550603L, PostgresLock.key("app", "retort_version"));
        assertEquals(2819205882304224479L, PostgresLock.key("app", "alembic_version"));
    }

    @Test
    void namesAreUtf8() {
        assertEquals(5791365412092068430L, PostgresLock.key("données", "retort_version"));
    }

    @Test
    void theSeparatorKeepsDatabaseAndNameApart() {
        assertEquals(7783115584253305165L, PostgresLock.key("ab", "c"));
        assertEquals(4664414737393237297L, PostgresLock.key("a", "bc"));
        assertNotEquals(PostgresLock.key("ab", "c"), PostgresLock.key("a", "bc"));
    }
}
