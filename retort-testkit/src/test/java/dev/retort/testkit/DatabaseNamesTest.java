package dev.retort.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DatabaseNamesTest {
    private final DatabaseNames names = new DatabaseNames(new Random(42));

    @Test
    void classNamesBecomeSnakeCase() {
        assertEquals("postgres_dialect_it", DatabaseNames.ownerPart("PostgresDialectIT"));
        assertEquals("http_server_test", DatabaseNames.ownerPart("HTTPServerTest"));
        assertEquals("maria_db_v2_test", DatabaseNames.ownerPart("MariaDbV2Test"));
        assertEquals("outer_inner", DatabaseNames.ownerPart("Outer$Inner"));
    }

    @Test
    void anythingButLettersAndDigitsBecomesOneUnderscore() {
        assertEquals("caf_test", DatabaseNames.ownerPart("Café-Test"));
        assertEquals("test", DatabaseNames.ownerPart("___"));
        assertEquals("test", DatabaseNames.ownerPart(""));
    }

    @Test
    void longOwnersAreCutSoNamesFitPostgresqlAndMariadb() {
        String name = names.next("A".repeat(30) + "VeryLongIntegrationTestClassNameIT");
        assertTrue(name.length() <= 3 + DatabaseNames.MAX_OWNER_LENGTH + 1 + DatabaseNames.SUFFIX_LENGTH, name);
        assertTrue(name.length() <= 63, name);
        assertTrue(name.matches("rt_[a-z0-9_]+[a-z0-9]_[a-z0-9]{8}"), name);
    }

    @Test
    void namesAreLowercasePrefixedAndRandom() {
        String first = names.next("PostgresDialectIT");
        String second = names.next("PostgresDialectIT");
        assertTrue(first.matches("rt_postgres_dialect_it_[a-z0-9]{8}"), first);
        assertNotEquals(first, second);
    }
}
