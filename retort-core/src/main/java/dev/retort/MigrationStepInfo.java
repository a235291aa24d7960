package dev.retort;

import java.util.List;

/**
 * One revision of a plan, as shown to people: {@code Running upgrade a -> b, message}.
 *
 * @param revision the revision that runs
 * @param upgrade true for an upgrade, false for a downgrade
 * @param from the revisions before (empty for base)
 * @param to the revisions after (empty for base)
 * @param message the revision's message
 */
public record MigrationStepInfo(String revision, boolean upgrade, List<String> from, List<String> to, String message) {
    /** Copies the lists. */
    public MigrationStepInfo {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    /** "upgrade" or "downgrade". */
    public String direction() {
        return upgrade ? "upgrade" : "downgrade";
    }
}
