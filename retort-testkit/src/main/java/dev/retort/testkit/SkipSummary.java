package dev.retort.testkit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the tests skipped per database kind during a run, and words one line per kind: {@code
 * retort-testkit: skipped 38 PostgreSQL tests: nothing listening on 127.0.0.1:5432}. One reason
 * is shown per kind (the first), since one server per kind serves the whole run. Thread-safe.
 */
final class SkipSummary {
    private final Map<DatabaseKind, Integer> counts = new EnumMap<>(DatabaseKind.class);
    private final Map<DatabaseKind, String> reasons = new EnumMap<>(DatabaseKind.class);

    synchronized void add(SkipReason skip, int tests) {
        counts.merge(skip.kind(), tests, Integer::sum);
        reasons.putIfAbsent(skip.kind(), skip.reason());
    }

    synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        counts.forEach((kind, count) -> lines.add("retort-testkit: skipped " + count + " " + kind.displayName()
                + (count == 1 ? " test: " : " tests: ") + reasons.get(kind)));
        return lines;
    }

    synchronized void clear() {
        counts.clear();
        reasons.clear();
    }
}
