package dev.retort.cli.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shared checks: one value parsed alone, and an error compared as "line:column: message". */
final class TomlAssertions {
    private TomlAssertions() {}

    /** The value of {@code v} in the document {@code v = <toml>}. */
    static Object valueOf(String toml) {
        return TomlReader.parse("v = " + toml).get("v");
    }

    /** The document must be rejected with exactly this position and message. */
    static void assertRejects(String toml, String expected) {
        TomlException error = assertThrows(TomlException.class, () -> TomlReader.parse(toml), toml);
        assertEquals(expected, error.line() + ":" + error.column() + ": " + error.getMessage(), toml);
    }
}
