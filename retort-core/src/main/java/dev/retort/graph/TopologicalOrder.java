package dev.retort.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Orders a set of revisions newest first: every revision comes before its parents and
 * dependencies, and whole branches are emitted one after another (Alembic's order). Where several
 * revisions could go next, the one whose file sorts last goes first, so that upgrading (the
 * reverse order) applies independent branches in file order.
 */
final class TopologicalOrder {
    private static final Comparator<RevisionNode> NEWEST_FILE_FIRST =
            Comparator.comparingInt(RevisionNode::index).reversed();

    private final RevisionGraph graph;

    TopologicalOrder(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The revisions of {@code todo} newest first, starting from {@code heads}. */
    List<RevisionNode> newestFirst(BitSet todo, List<RevisionNode> heads) {
        BitSet left = (BitSet) todo.clone();
        List<RevisionNode> current = seeds(left, heads);
        List<BitSet> ancestors = new ArrayList<>();
        for (RevisionNode head : current) {
            ancestors.add(graph.ancestors(List.of(head), true));
        }
        List<RevisionNode> output = new ArrayList<>(left.cardinality());
        int candidateIndex = 0;
        while (!current.isEmpty()) {
            RevisionNode candidate = current.get(candidateIndex);
            int blocker = blockingHead(candidate, candidateIndex, ancestors);
            if (blocker >= 0) {
                candidateIndex = blocker;
                continue;
            }
            if (left.get(candidate.index())) {
                output.add(candidate);
                left.clear(candidate.index());
            }
            List<RevisionNode> next = new ArrayList<>();
            for (RevisionNode down : candidate.normalizedDown) {
                if (left.get(down.index()) && !current.contains(down) && !next.contains(down)) {
                    next.add(down);
                }
            }
            next.sort(NEWEST_FILE_FIRST);
            if (next.isEmpty()) {
                current.remove(candidateIndex);
                ancestors.remove(candidateIndex);
                candidateIndex = Math.max(candidateIndex - 1, 0);
            } else if (candidate.normalizedDependencies.length == 0 && candidate.parents.length == 1) {
                current.set(candidateIndex, next.get(0));
                ancestors.get(candidateIndex).clear(candidate.index());
            } else {
                current.set(candidateIndex, next.get(0));
                ancestors.set(candidateIndex, graph.ancestors(List.of(next.get(0)), true));
                for (RevisionNode extra : next.subList(1, next.size())) {
                    current.add(extra);
                    ancestors.add(graph.ancestors(List.of(extra), true));
                }
            }
        }
        return output;
    }

    /** Index of another head that has {@code candidate} below it, or -1. */
    private static int blockingHead(RevisionNode candidate, int candidateIndex, List<BitSet> ancestors) {
        for (int i = 0; i < ancestors.size(); i++) {
            if (i != candidateIndex && ancestors.get(i).get(candidate.index())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The heads in {@code todo}, plus any revision of {@code todo} that no other revision of it
     * sits directly on: a walk from the heads alone would never reach those (Alembic then fails
     * with an assertion).
     */
    private List<RevisionNode> seeds(BitSet todo, List<RevisionNode> heads) {
        BitSet seeds = new BitSet();
        for (RevisionNode head : heads) {
            if (todo.get(head.index())) {
                seeds.set(head.index());
            }
        }
        BitSet covered = new BitSet();
        for (int i = todo.nextSetBit(0); i >= 0; i = todo.nextSetBit(i + 1)) {
            for (RevisionNode down : graph.node(i).normalizedDown) {
                covered.set(down.index());
            }
        }
        BitSet uncovered = (BitSet) todo.clone();
        uncovered.andNot(covered);
        seeds.or(uncovered);
        List<RevisionNode> result = graph.toNodes(seeds);
        result.sort(NEWEST_FILE_FIRST);
        return result;
    }
}
