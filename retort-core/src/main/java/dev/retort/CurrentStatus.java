package dev.retort;

import java.util.List;
import java.util.Optional;

/**
 * Where a database stands: its current revisions, applied scripts edited since they ran, and a
 * half-applied revision that blocks migrations, if any.
 *
 * @param database the database, its URL with the password hidden
 * @param heads the revisions in the version table (empty before the first migration)
 * @param edited applied revisions whose scripts changed since they ran
 * @param blocked a description of the half-applied revision that blocks migrations
 */
public record CurrentStatus(String database, List<RevisionInfo> heads, List<String> edited, Optional<String> blocked) {
    /** Copies the lists. */
    public CurrentStatus {
        heads = List.copyOf(heads);
        edited = List.copyOf(edited);
    }
}
