package dev.retort.graph;

import java.util.List;

/**
 * The revision graph cannot answer: it is malformed (cycle, missing parent, duplicate id) or a
 * question about it has no single answer. Carries the revisions involved; the facade turns it into
 * a message that names the next step.
 */
public class GraphException extends RuntimeException {
    /** What kind of problem this is. */
    public enum Kind {
        /** Revisions form a cycle through their parents. */
        CYCLE,
        /** Revisions form a cycle through their dependencies. */
        DEPENDENCY_CYCLE,
        /** Two scripts declare the same revision id. */
        DUPLICATE_REVISION,
        /** A revision names a parent that no script declares. */
        MISSING_PARENT,
        /** A revision depends on something that is neither a revision nor a branch label. */
        MISSING_DEPENDENCY,
        /** A branch label is declared twice, or clashes with a revision id. */
        DUPLICATE_BRANCH_LABEL,
        /** A revision id is not made of letters, digits and underscores. */
        INVALID_ID,
        /** A relative step cannot be taken, or has more than one way to go. */
        BAD_WALK,
        /** Requested revisions overlap: one is an ancestor of another. */
        OVERLAP,
        /** Any other question the graph cannot answer. */
        OTHER
    }

    private final Kind kind;
    private final List<String> revisions;

    /** A problem of the given kind involving the given revisions. */
    public GraphException(Kind kind, String message, List<String> revisions) {
        super(message);
        this.kind = kind;
        this.revisions = List.copyOf(revisions);
    }

    /** What kind of problem this is. */
    public Kind kind() {
        return kind;
    }

    /** The revision ids involved, most relevant first. */
    public List<String> revisions() {
        return revisions;
    }
}
