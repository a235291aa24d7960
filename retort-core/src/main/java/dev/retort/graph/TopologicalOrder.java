package dev.retort.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Orders a set of revisions newest first: every revision comes before its parents and
 * dependencies, and whole branches are emitted one after another (Alembic's order). Where several
 * revisions could go next, the one whose file sorts last goes first, so that upgrading (the
 * reverse order) applies independent branches in file order.
 *
 * <p>Alembic asks, for each candidate, whether it lies below another pending head by keeping each
 * head's full ancestor set, which costs a walk of the whole graph at every fork and merge. Here the
 * same question is answered by counting, for each revision, its children that still have work
 * above them: a revision is blocked exactly while that count is above zero. Only when it is
 * blocked is the first blocking head looked for, by walking up through the pending revisions
 * between it and the heads. The choices, and so the order, are Alembic's; the cost is close to
 * linear in the size of the graph.
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
        Pending pending = new Pending(graph, todo);
        List<RevisionNode> current = seeds(todo, heads);
        List<RevisionNode> output = new ArrayList<>(todo.cardinality());
        int candidateIndex = 0;
        while (!current.isEmpty()) {
            RevisionNode candidate = current.get(candidateIndex);
            if (pending.hasWorkAbove(candidate)) {
                RevisionNode blocker = pending.firstHeadAbove(candidate, current);
                if (blocker != null) {
                    candidateIndex = current.indexOf(blocker);
                    continue;
                }
            }
            if (!pending.isEmitted(candidate)) {
                output.add(candidate);
                pending.emit(candidate);
            }
            List<RevisionNode> next = new ArrayList<>();
            for (RevisionNode down : candidate.normalizedDown) {
                if (pending.isWaiting(down) && !current.contains(down) && !next.contains(down)) {
                    next.add(down);
                }
            }
            next.sort(NEWEST_FILE_FIRST);
            if (next.isEmpty()) {
                current.remove(candidateIndex);
                candidateIndex = Math.max(candidateIndex - 1, 0);
            } else {
                current.set(candidateIndex, next.get(0));
                current.addAll(next.subList(1, next.size()));
            }
        }
        return output;
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

    /**
     * Which revisions of the set are still waiting to be emitted, and for every revision how many
     * of its children are "live": waiting themselves, or outside the set with live children. A
     * revision with live children lies below work that must be emitted first.
     */
    private static final class Pending {
        private final RevisionGraph graph;
        private final BitSet todo;
        private final BitSet emitted = new BitSet();
        private final int[] liveChildren;

        Pending(RevisionGraph graph, BitSet todo) {
            this.graph = graph;
            this.todo = todo;
            this.liveChildren = new int[graph.size()];
            countLiveChildren();
        }

        boolean isWaiting(RevisionNode node) {
            return todo.get(node.index()) && !emitted.get(node.index());
        }

        boolean isEmitted(RevisionNode node) {
            return emitted.get(node.index());
        }

        boolean hasWorkAbove(RevisionNode node) {
            return liveChildren[node.index()] > 0;
        }

        void emit(RevisionNode node) {
            emitted.set(node.index());
            Deque<RevisionNode> dead = new ArrayDeque<>();
            dead.push(node);
            while (!dead.isEmpty()) {
                for (RevisionNode down : dead.pop().allDown) {
                    if (--liveChildren[down.index()] == 0 && !todo.get(down.index())) {
                        dead.push(down);
                    }
                }
            }
        }

        /** The first of {@code heads} (in list order) that lies above {@code node}. */
        RevisionNode firstHeadAbove(RevisionNode node, List<RevisionNode> heads) {
            BitSet seen = new BitSet();
            Deque<RevisionNode> stack = new ArrayDeque<>();
            stack.push(node);
            RevisionNode best = null;
            int bestPosition = Integer.MAX_VALUE;
            while (!stack.isEmpty()) {
                RevisionNode next = stack.pop();
                for (RevisionNode up : next.allChildren) {
                    if (seen.get(up.index()) || !isLive(up)) {
                        continue;
                    }
                    seen.set(up.index());
                    int position = heads.indexOf(up);
                    if (position >= 0 && position < bestPosition) {
                        best = up;
                        bestPosition = position;
                    }
                    stack.push(up);
                }
            }
            return best;
        }

        private boolean isLive(RevisionNode node) {
            return todo.get(node.index()) ? !emitted.get(node.index()) : liveChildren[node.index()] > 0;
        }

        /** Children first: a revision's count is known once all its children are counted. */
        private void countLiveChildren() {
            int size = graph.size();
            int[] uncountedChildren = new int[size];
            Deque<RevisionNode> ready = new ArrayDeque<>();
            for (RevisionNode node : graph.nodes()) {
                uncountedChildren[node.index()] = node.allChildren.size();
                if (node.allChildren.isEmpty()) {
                    ready.push(node);
                }
            }
            while (!ready.isEmpty()) {
                RevisionNode node = ready.pop();
                boolean live = isLive(node);
                for (RevisionNode down : node.allDown) {
                    if (live) {
                        liveChildren[down.index()]++;
                    }
                    if (--uncountedChildren[down.index()] == 0) {
                        ready.push(down);
                    }
                }
            }
        }
    }
}
