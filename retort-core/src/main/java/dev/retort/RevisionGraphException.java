package dev.retort;

import java.util.List;

/**
 * The revision graph cannot answer: unknown or ambiguous revisions, several heads where one is
 * needed, a cycle, a missing parent. Carries the revisions and files involved.
 */
public final class RevisionGraphException extends RetortException {
    private final List<String> revisions;

    /** A graph problem involving {@code revisions}. */
    public RevisionGraphException(String message, String hint, List<String> revisions, Throwable cause) {
        super(ErrorCode.REVISION_GRAPH, message, hint, cause);
        this.revisions = List.copyOf(revisions);
    }

    /** The revision ids involved, most relevant first. */
    public List<String> revisions() {
        return revisions;
    }
}
