package dev.retort.script.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatementTest {
    @Test
    void positionIsOneBased() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new Statement("SELECT 1", 0, 1, ";"));
        assertEquals("line and column are 1-based, got 0:1", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Statement("SELECT 1", 1, 0, ";"));
    }

    @Test
    void textAndDelimiterAreRequired() {
        assertThrows(NullPointerException.class, () -> new Statement(null, 1, 1, ";"));
        assertThrows(NullPointerException.class, () -> new Statement("SELECT 1", 1, 1, null));
    }
}
