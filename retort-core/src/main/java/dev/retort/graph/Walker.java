package dev.retort.graph;

import java.util.List;

/** Takes a number of steps up or down the graph from a revision or from base, one edge at a time. */
final class Walker {
    private final RevisionGraph graph;

    Walker(RevisionGraph graph) {
        this.graph = graph;
    }

    /** A place in the graph: a revision, or base when {@code node} is null. */
    record Position(RevisionNode node) {
        static final Position BASE = new Position(null);

        static Position at(RevisionNode node) {
            return node == null ? BASE : new Position(node);
        }

        boolean isBase() {
            return node == null;
        }
    }

    /**
     * Walks {@code steps} up (positive) or down (negative). Going up, {@code branchLabel} picks the
     * branch to follow. Returns null when the walk runs off the graph and {@code noOverwalk} is set;
     * otherwise such a walk stops where it is.
     *
     * @throws GraphException when a step has more than one way to go
     */
    Position walk(Position start, int steps, String branchLabel, boolean noOverwalk) {
        Position position = start;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<RevisionNode> next = steps > 0 ? up(position, branchLabel) : down(position);
            if (next == null) {
                return noOverwalk ? null : position;
            }
            position = Position.at(next.isEmpty() ? null : next.get(0));
        }
        return position;
    }

    /** The next revisions up; null when there are none. */
    private List<RevisionNode> up(Position position, String branchLabel) {
        List<RevisionNode> children = position.isBase() ? graph.bases() : position.node().children;
        if (branchLabel != null && !branchLabel.isEmpty()) {
            children = graph.resolver().filterForLineage(children, branchLabel, false);
        }
        if (children.isEmpty()) {
            return null;
        }
        if (children.size() > 1) {
            String from = position.isBase() ? "base" : position.node().id();
            throw new GraphException(
                    GraphException.Kind.BAD_WALK,
                    "Ambiguous walk: " + from + " is followed by " + String.join(", ", RevisionNode.ids(children))
                            + "; name the branch, as in '<branchname>@+1', or the revision itself",
                    RevisionNode.ids(children));
        }
        return children;
    }

    /** The next revision down as a one-element list, an empty list for base, null past base. */
    private List<RevisionNode> down(Position position) {
        if (position.isBase()) {
            return null;
        }
        RevisionNode node = position.node();
        if (node.parents.length > 1) {
            List<String> parents = RevisionNode.ids(List.of(node.parents));
            throw new GraphException(
                    GraphException.Kind.BAD_WALK,
                    "Ambiguous walk: " + node.id() + " is a merge point of " + String.join(", ", parents)
                            + "; walk down from one of them instead, as in '" + parents.get(0) + "-1'",
                    parents);
        }
        return node.parents.length == 0 ? List.of() : List.of(node.parents[0]);
    }
}
