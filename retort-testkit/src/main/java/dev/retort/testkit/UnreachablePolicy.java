package dev.retort.testkit;

import java.util.function.Function;

/** What a test does when its database server does not answer: skip it, or fail on CI. */
enum UnreachablePolicy {
    /** Outside CI: skip, and say so in the run's summary. */
    SKIP,
    /** With {@code CI=true}: fail at once, so a broken CI machine is never green. */
    FAIL;

    /** {@link #FAIL} when the environment's {@code CI} is {@code true} (any case), else {@link #SKIP}. */
    static UnreachablePolicy from(Function<String, String> environment) {
        String ci = environment.apply("CI");
        return ci != null && ci.strip().equalsIgnoreCase("true") ? FAIL : SKIP;
    }
}
