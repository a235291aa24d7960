package dev.retort.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that fails because of an open issue, instead of {@code @Disabled}: the test still
 * runs; its failure is reported as skipped ("known failure #12: ..."), and if it passes, it fails
 * with a message saying the issue may be fixed, so the mark is removed when the bug is.
 *
 * <pre>{@code
 * @Test
 * @KnownFailure("#12")
 * void reflectsDefaultNullAsNull() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ExtendWith(KnownFailureExtension.class)
public @interface KnownFailure {
    /** The issue that explains the failure, as {@code "#N"}. */
    String value();
}
