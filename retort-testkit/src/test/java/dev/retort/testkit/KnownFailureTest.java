package dev.retort.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class KnownFailureTest {
    static class Samples {
        @Test
        @KnownFailure("#1")
        void stillFails() {
            fail("still broken");
        }

        @Test
        @KnownFailure("#2")
        void nowPasses() {}

        @Test
        @KnownFailure("soon")
        void namesNoIssue() {
            fail("broken");
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        @KnownFailure("#3")
        void failsOnlyForOne(int value) {
            if (value == 1) {
                fail("broken for 1");
            }
        }
    }

    private static EngineExecutionResults run(String method) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(Samples.class, method))
                .execute();
    }

    private static String messageOf(Event event) {
        return event.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::getMessage)
                .orElseThrow();
    }

    @Test
    void aKnownFailureIsReportedAsSkippedNamingTheIssue() {
        EngineExecutionResults results = run("stillFails");
        results.testEvents()
                .assertStatistics(stats -> stats.aborted(1).failed(0).succeeded(0));
        assertEquals(
                "known failure #1: org.opentest4j.AssertionFailedError: still broken",
                messageOf(results.testEvents().aborted().list().get(0)));
    }

    @Test
    void aKnownFailureThatPassesFailsSayingTheIssueMayBeFixed() {
        EngineExecutionResults results = run("nowPasses");
        results.testEvents().assertStatistics(stats -> stats.failed(1).succeeded(0));
        assertEquals(
                "nowPasses passed but is marked @KnownFailure(\"#2\"): #2 may be fixed; check it and remove the"
                        + " annotation",
                messageOf(results.testEvents().failed().list().get(0)));
    }

    @Test
    void theMarkMustNameAnIssue() {
        EngineExecutionResults results = run("namesNoIssue");
        results.testEvents().assertStatistics(stats -> stats.failed(1));
        assertEquals(
                "@KnownFailure(\"soon\") on namesNoIssue must name an issue as \"#N\", e.g. @KnownFailure(\"#12\")",
                messageOf(results.testEvents().failed().list().get(0)));
    }

    @Test
    void eachInvocationOfAParameterizedTestIsJudgedAlone() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(Samples.class, "failsOnlyForOne", "int"))
                .execute();
        results.testEvents().assertStatistics(stats -> stats.aborted(1).failed(1));
        List<Event> failed = results.testEvents().failed().list();
        assertEquals(1, failed.size());
    }
}
