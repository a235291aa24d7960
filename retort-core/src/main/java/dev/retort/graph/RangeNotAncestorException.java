package dev.retort.graph;

import java.util.ArrayList;
import java.util.List;

/** The two ends of a requested range are not ancestor and descendant along one branch. */
public final class RangeNotAncestorException extends GraphException {
    private final String lower;
    private final String upper;

    /** {@code lower} (null for base) is not an ancestor of {@code upper} (null for base). */
    public RangeNotAncestorException(String lower, String upper) {
        super(
                Kind.OTHER,
                "Revision " + (lower == null ? "base" : lower) + " is not an ancestor of revision "
                        + (upper == null ? "base" : upper),
                ends(lower, upper));
        this.lower = lower;
        this.upper = upper;
    }

    private static List<String> ends(String lower, String upper) {
        List<String> ends = new ArrayList<>();
        if (lower != null) {
            ends.add(lower);
        }
        if (upper != null) {
            ends.add(upper);
        }
        return ends;
    }

    /** The lower end as given, or null for base. */
    public String lower() {
        return lower;
    }

    /** The upper end as given, or null for base. */
    public String upper() {
        return upper;
    }
}
