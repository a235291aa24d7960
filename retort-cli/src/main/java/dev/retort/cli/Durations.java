package dev.retort.cli;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them: {@code 12 ms}, {@code 3.4 s}, {@code 2 min 5 s}. */
final class Durations {
    private Durations() {}

    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return (millis / 60_000) + " min " + (millis % 60_000) / 1000 + " s";
    }
}
