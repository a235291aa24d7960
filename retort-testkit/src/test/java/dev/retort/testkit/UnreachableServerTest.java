package dev.retort.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** A server that does not answer: the class fails at once on CI, and is skipped elsewhere. */
class UnreachableServerTest {
    private static final String POSTGRES_HINT = "hint: start it with `pg_ctlcluster --skip-systemctl-redirect"
            + " $(ls /etc/postgresql) main start`, or point RETORT_TEST_POSTGRES_URL at a running server"
            + " (`bash .ci/run` does both)";

    private static EngineExecutionResults run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testClass))
                .execute();
    }

    private static String failureOf(Event event) {
        return event.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::getMessage)
                .orElseThrow();
    }

    @Test
    void onlyCiTrueMeansCi() {
        assertEquals(UnreachablePolicy.FAIL, UnreachablePolicy.from(Map.of("CI", "true")::get));
        assertEquals(UnreachablePolicy.FAIL, UnreachablePolicy.from(Map.of("CI", " True ")::get));
        assertEquals(UnreachablePolicy.SKIP, UnreachablePolicy.from(Map.of("CI", "false")::get));
        assertEquals(UnreachablePolicy.SKIP, UnreachablePolicy.from(Map.<String, String>of()::get));
    }

    @Test
    void onCiThePostgresClassFailsSayingWhyAndHowToStartTheServer() {
        EngineExecutionResults results = run(UnreachableSamples.PostgresOnCi.class);
        results.testEvents().assertStatistics(stats -> stats.started(0));
        List<Event> failures = results.containerEvents().failed().list();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals(
                "PostgreSQL is not reachable: nothing listening on 127.0.0.1:1\n" + POSTGRES_HINT,
                failureOf(failures.get(0)));
    }

    @Test
    void onCiTheMariadbClassFailsSayingHowToStartTheServer() {
        EngineExecutionResults results = run(UnreachableSamples.MariaDbOnCi.class);
        results.testEvents().assertStatistics(stats -> stats.started(0));
        String failure = failureOf(results.containerEvents().failed().list().get(0));
        assertEquals(
                "MariaDB is not reachable: nothing listening on 127.0.0.1:1\nhint: start it with `start-stop-daemon"
                        + " --start --oknodo --background --exec /usr/sbin/mariadbd`, or point"
                        + " RETORT_TEST_MARIADB_URL at a running server (`bash .ci/run` does both)",
                failure);
    }

    @Test
    void elsewhereTheClassIsSkippedWithTheReasonTheSummaryReads() {
        EngineExecutionResults results = run(UnreachableSamples.PostgresLocally.class);
        results.testEvents().assertStatistics(stats -> stats.started(0).failed(0));
        results.containerEvents().assertStatistics(stats -> stats.failed(0).skipped(1));
        String reason = results.containerEvents()
                .skipped()
                .list()
                .get(0)
                .getPayload(String.class)
                .orElseThrow();
        assertEquals(
                "retort-testkit: PostgreSQL unreachable: nothing listening on 127.0.0.1:1\n" + POSTGRES_HINT, reason);
    }
}
