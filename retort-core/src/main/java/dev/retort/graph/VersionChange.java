package dev.retort.graph;

/**
 * One change to the version table: a row inserted, deleted, or updated from one revision to
 * another. The table holds one row per applied head.
 *
 * @param kind what happens to the row
 * @param from the revision the row holds before (null for an insert)
 * @param to the revision the row holds after (null for a delete)
 */
public record VersionChange(Kind kind, String from, String to) {
    /** What happens to a row. */
    public enum Kind {
        /** A new row for {@code to}. */
        INSERT,
        /** The row for {@code from} goes. */
        DELETE,
        /** The row for {@code from} now holds {@code to}. */
        UPDATE
    }

    static VersionChange insert(String to) {
        return new VersionChange(Kind.INSERT, null, to);
    }

    static VersionChange delete(String from) {
        return new VersionChange(Kind.DELETE, from, null);
    }

    static VersionChange update(String from, String to) {
        return new VersionChange(Kind.UPDATE, from, to);
    }
}
