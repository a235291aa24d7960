package dev.retort.testkit;

import java.lang.reflect.Method;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * Runs a {@link KnownFailure} test: its failure becomes a skip that names the issue, its success
 * becomes a failure. Each invocation of a parameterized test is judged alone. Stateless.
 */
final class KnownFailureExtension implements InvocationInterceptor {
    private static final Pattern ISSUE = Pattern.compile("#\\d+");

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        expectFailure(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        expectFailure(invocation, context);
    }

    private static void expectFailure(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        Method test = context.getRequiredTestMethod();
        String issue = AnnotationSupport.findAnnotation(test, KnownFailure.class)
                .map(KnownFailure::value)
                .orElseThrow(() -> new IllegalStateException("no @KnownFailure on " + test));
        if (!ISSUE.matcher(issue).matches()) {
            invocation.skip();
            throw new AssertionError("@KnownFailure(\"" + issue + "\") on " + test.getName()
                    + " must name an issue as \"#N\", e.g. @KnownFailure(\"#12\")");
        }
        try {
            invocation.proceed();
        } catch (TestAbortedException | VirtualMachineError e) {
            throw e;
        } catch (Throwable failure) {
            throw new TestAbortedException("known failure " + issue + ": " + failure, failure);
        }
        throw new AssertionError(test.getName() + " passed but is marked @KnownFailure(\"" + issue + "\"): " + issue
                + " may be fixed; check it and remove the annotation");
    }
}
