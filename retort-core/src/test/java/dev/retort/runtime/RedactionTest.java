package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.DatabaseUrl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Passwords leave exception chains; chains without one are kept as they are. */
class RedactionTest {
    private static final DatabaseUrl URL = DatabaseUrl.parseNetwork("postgresql://u:s3cr3t-PW@db.example:5432/app");

    private static String printed(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    @Test
    void textLosesThePasswordWhereverItIs() {
        assertEquals(
                "sent *** to jdbc:x://u:***@h/db?user=u&password=***",
                Redaction.of("sent s3cr3t-PW to jdbc:x://u:s3cr3t-PW@h/db?user=u&password=s3cr3t-PW", URL));
    }

    @Test
    void aChainWithoutThePasswordIsKept() {
        SQLException failure = new SQLException("Connection refused", "08001", new ConnectException("refused"));
        assertSame(failure, Redaction.of(failure, URL));
    }

    @Test
    void aChainShowingThePasswordIsCopiedWithClassNamesAndStacks() {
        IllegalArgumentException root = new IllegalArgumentException("cannot parse password=s3cr3t-PW");
        SQLException failure = new SQLException("Unable to parse URL jdbc:x://h/db?password=s3cr3t-PW", "08001", root);

        Throwable redacted = Redaction.of(failure, URL);

        String trace = printed(redacted);
        assertFalse(trace.contains("s3cr3t-PW"), trace);
        assertTrue(trace.startsWith("java.sql.SQLException: Unable to parse URL jdbc:x://h/db?password=***\n"), trace);
        assertTrue(trace.contains("Caused by: java.lang.IllegalArgumentException: cannot parse password=***\n"), trace);
        assertEquals(failure.getStackTrace().length, redacted.getStackTrace().length);
        assertEquals(failure.getStackTrace()[0], redacted.getStackTrace()[0]);
    }
}
