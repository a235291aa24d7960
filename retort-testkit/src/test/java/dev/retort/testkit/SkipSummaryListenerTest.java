package dev.retort.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

class SkipSummaryListenerTest {
    @Test
    void theJunitPlatformFindsTheListener() {
        assertTrue(ServiceLoader.load(LauncherSessionListener.class).stream()
                .anyMatch(provider -> provider.type() == SkipSummaryListener.class));
    }

    @Test
    void aRunEndsWithOneLinePerSkippedKindOnStandardError() {
        LauncherConfig config = LauncherConfig.builder()
                .enableLauncherSessionListenerAutoRegistration(false)
                .addLauncherSessionListeners(new SkipSummaryListener())
                .build();
        PrintStream standardError = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (LauncherSession session = LauncherFactory.openSession(config)) {
            session.getLauncher()
                    .execute(request()
                            .selectors(
                                    selectClass(UnreachableSamples.PostgresLocally.class),
                                    selectClass(UnreachableSamples.MariaDbLocally.class))
                            .build());
        } finally {
            System.setErr(standardError);
        }
        assertEquals(
                "retort-testkit: skipped 2 PostgreSQL tests: nothing listening on 127.0.0.1:1\n"
                        + "retort-testkit: skipped 1 MariaDB test: nothing listening on 127.0.0.1:1\n",
                captured.toString(StandardCharsets.UTF_8));
    }
}
