package dev.retort.testkit;

import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per database kind whose tests were skipped, to standard error when the JUnit
 * launcher session ends (the end of a surefire or failsafe run), so skips are never silent.
 * Registered in {@code META-INF/services}; the JUnit Platform creates it. One session at a time.
 */
public final class SkipSummaryListener implements LauncherSessionListener {
    private final SkipSummary summary = new SkipSummary();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        summary.clear();
        session.getLauncher().registerTestExecutionListeners(new SkipCounter(summary));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        summary.lines().forEach(System.err::println);
        System.err.flush();
        summary.clear();
    }

    /** Adds each test the kit skipped, or all the tests of a class it skipped, to the summary. */
    private static final class SkipCounter implements TestExecutionListener {
        private final SkipSummary summary;
        private volatile TestPlan plan;

        SkipCounter(SkipSummary summary) {
            this.summary = summary;
        }

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void executionSkipped(TestIdentifier identifier, String reason) {
            SkipReason.parse(reason).ifPresent(skip -> summary.add(skip, tests(identifier)));
        }

        /** Test methods under {@code identifier}; a parameterized method counts once. */
        private int tests(TestIdentifier identifier) {
            if (identifier.isTest() || plan == null) {
                return 1;
            }
            return (int) plan.getDescendants(identifier).stream()
                    .filter(descendant -> descendant.getSource().orElse(null) instanceof MethodSource)
                    .count();
        }
    }
}
