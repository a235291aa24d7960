package dev.retort.testkit;

import java.util.Optional;

/**
 * The text of a skip caused by an unreachable server, written by the extension and read back by
 * the run's summary: {@code retort-testkit: PostgreSQL unreachable: <reason>\nhint: <hint>}.
 * Immutable.
 */
record SkipReason(DatabaseKind kind, String reason) {
    private static final String PREFIX = "retort-testkit: ";
    private static final String MIDDLE = " unreachable: ";
    private static final String HINT = "\nhint: ";

    static String format(DatabaseKind kind, Reachability reachability) {
        return PREFIX + kind.displayName() + MIDDLE + reachability.reason() + HINT + reachability.hint();
    }

    /** The kind and reason in {@code text}, if the kit wrote it. */
    static Optional<SkipReason> parse(String text) {
        if (!text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        for (DatabaseKind kind : DatabaseKind.values()) {
            String head = PREFIX + kind.displayName() + MIDDLE;
            if (text.startsWith(head)) {
                int hint = text.lastIndexOf(HINT);
                String reason = text.substring(head.length(), hint < head.length() ? text.length() : hint);
                return Optional.of(new SkipReason(kind, reason));
            }
        }
        return Optional.empty();
    }
}
