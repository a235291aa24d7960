package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of database URLs that error messages quote: host, port, and the password never. */
class DatabaseUrlTest {
    @Test
    void jdbcUrlKeepsItsHostAndPortForMessages() {
        DatabaseUrl url = DatabaseUrl.parseNetwork("jdbc:postgresql://10.0.0.7:6543/app?user=u&password=pw");
        assertEquals(Optional.of("10.0.0.7"), url.host());
        assertEquals(6543, url.port());
        assertEquals("app", url.database());
        assertEquals(Optional.of("pw"), url.password());
        assertEquals("jdbc:postgresql://10.0.0.7:6543/app?user=u&password=***", url.redacted());
    }

    @Test
    void jdbcUrlWithSeveralHostsIsLeftToTheDriver() {
        DatabaseUrl url = DatabaseUrl.parseNetwork("jdbc:postgresql://h1:5432,h2:5433/app");
        assertEquals(Optional.empty(), url.host());
        assertEquals(0, url.port());
        assertEquals("jdbc:postgresql://h1:5432,h2:5433/app", url.original());
    }

    @Test
    void ipv6HostWithoutItsClosingBracketIsRefused() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> DatabaseUrl.parseNetwork("postgresql://u:pw@[::1/app"));
        assertEquals(
                "'postgresql://u:***@[::1/app' has no ']' after the IPv6 address of its host", refused.getMessage());
        assertEquals(
                Optional.of("::1"),
                DatabaseUrl.parseNetwork("postgresql://[::1]:5432/app").host());
    }

    @Test
    void anotherDatabaseOnTheSameServerKeepsUserPasswordAndParameters() {
        DatabaseUrl url = DatabaseUrl.parseNetwork("postgresql://u:pw@db.example:6543/app?sslmode=require");

        DatabaseUrl scratch = url.withDatabase("retort_scratch_1");

        assertEquals("retort_scratch_1", scratch.database());
        assertEquals(Optional.of("pw"), scratch.password());
        assertEquals(Optional.of("db.example"), scratch.host());
        assertEquals(6543, scratch.port());
        assertEquals("postgresql://u:***@db.example:6543/retort_scratch_1?sslmode=require", scratch.redacted());
    }

    @Test
    void anotherDatabaseInAJdbcUrlIsWrittenIntoTheUrlTheDriverGets() {
        assertEquals(
                "jdbc:postgresql://h1:5432,h2:5433/other?user=u&password=***",
                DatabaseUrl.parseNetwork("jdbc:postgresql://h1:5432,h2:5433/app?user=u&password=pw")
                        .withDatabase("other")
                        .redacted());
        assertEquals(
                "postgresql://u@h/other?x=1",
                DatabaseUrl.parseNetwork("postgresql://u@h?x=1")
                        .withDatabase("other")
                        .original());
        // the driver's short form, on its default host and port
        assertEquals(
                "jdbc:postgresql:other?user=u",
                DatabaseUrl.parseNetwork("jdbc:postgresql:app?user=u")
                        .withDatabase("other")
                        .original());
    }
}
