package dev.retort.testkit;

import java.time.Duration;

/**
 * Fails when connections to a test database are still open once its test is over. A closed JDBC
 * connection leaves the server's list a moment later, so the check waits up to a grace period for
 * the count to reach zero before it fails. Stateless.
 */
final class LeakCheck {
    static final Duration GRACE = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 50;

    private LeakCheck() {}

    /**
     * Waits up to {@code grace} for {@code database} to have no open connections.
     *
     * @throws AssertionError naming the count, the database and {@code owner} if some stay open
     */
    static void assertNoOpenConnections(Provisioner provisioner, TestDatabase database, String owner, Duration grace) {
        int open = openConnectionsAfter(provisioner, database, grace);
        if (open > 0) {
            throw new AssertionError(message(open, database, owner));
        }
    }

    static String message(int open, TestDatabase database, String owner) {
        return "retort-testkit: " + open + (open == 1 ? " connection" : " connections") + " to "
                + database.kind().displayName() + " database '" + database.name() + "' still open after " + owner
                + " ended; close every Connection the test opens (try-with-resources)";
    }

    private static int openConnectionsAfter(Provisioner provisioner, TestDatabase database, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        int open = provisioner.openConnections(database);
        while (open > 0 && System.nanoTime() < deadline) {
            pause();
            open = provisioner.openConnections(database);
        }
        return open;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for connections to close", e);
        }
    }
}
