package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code lock = "native" | "lease"} setting and the lease's limits. */
class LockSettingsTest {
    @Test
    void theDefaultIsTheNativeLockWithAThirtySecondLeaseInRetortLock() {
        LockSettings settings = LockSettings.defaults();
        assertEquals(LockSettings.Kind.NATIVE, settings.kind());
        assertEquals("retort_lock", settings.leaseTable());
        assertEquals(Duration.ofSeconds(30), settings.leaseDuration());
    }

    @Test
    void kindsAreNamedAsInTheConfiguration() {
        assertEquals(LockSettings.Kind.NATIVE, LockSettings.kindNamed("native"));
        assertEquals(LockSettings.Kind.LEASE, LockSettings.kindNamed(" Lease "));
        assertEquals("lease", LockSettings.Kind.LEASE.configName());
    }

    @Test
    void anUnknownKindSaysWhatIsExpected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LockSettings.kindNamed("advisory"));
        assertEquals("unknown lock kind 'advisory': expected 'native' or 'lease'", e.getMessage());
    }

    @Test
    void aLeaseLastsAtLeastOneSecond() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> LockSettings.of(LockSettings.Kind.LEASE, Duration.ofMillis(500)));
        assertEquals("a lease must last at least 1000 ms, not 500 ms", e.getMessage());
    }

    @Test
    void theLeaseTableNeedsAName() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new LockSettings(LockSettings.Kind.LEASE, " ", LeaseLock.DEFAULT_DURATION));
    }
}
