package dev.retort.graph;

import java.util.List;

/**
 * A revision identifier could not be resolved: no revision or branch has that name, a partial id
 * matches several revisions, or a revision is not on the branch it was asked on.
 */
public final class ResolutionException extends GraphException {
    private final String argument;
    private final List<String> candidates;

    /** {@code argument} could not be resolved; {@code candidates} lists the near matches, if any. */
    public ResolutionException(String message, String argument, List<String> candidates) {
        super(Kind.OTHER, message, candidates);
        this.argument = argument;
        this.candidates = List.copyOf(candidates);
    }

    /** The identifier as the user wrote it. */
    public String argument() {
        return argument;
    }

    /** Revisions the identifier could have meant (for an ambiguous partial id), else empty. */
    public List<String> candidates() {
        return candidates;
    }
}
