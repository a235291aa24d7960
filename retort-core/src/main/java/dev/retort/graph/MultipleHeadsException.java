package dev.retort.graph;

import java.util.List;

/** A single head was asked for ({@code head}, {@code label@head}) but several exist. */
public final class MultipleHeadsException extends GraphException {
    private final String argument;

    /** Several {@code heads} answer {@code argument}. */
    public MultipleHeadsException(List<String> heads, String argument) {
        super(
                Kind.OTHER,
                "Multiple heads are present for given argument '" + argument + "'; " + String.join(", ", heads),
                heads);
        this.argument = argument;
    }

    /** The heads that were found. */
    public List<String> heads() {
        return revisions();
    }

    /** What the user asked for, such as {@code head} or {@code auth@head}. */
    public String argument() {
        return argument;
    }
}
