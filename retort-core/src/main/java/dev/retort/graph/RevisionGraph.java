package dev.retort.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The DAG of all revisions of a script directory, with Alembic's semantics for heads, bases, branch
 * labels and dependencies. Built once from the revisions in file order (which breaks ties between
 * independent branches); immutable and safe to share between threads.
 *
 * <pre>{@code
 * RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a1"), Revision.of("b2", "a1")));
 * graph.heads();            // [b2]
 * graph.resolve("a1+1");    // [b2]
 * }</pre>
 */
public final class RevisionGraph {
    private final List<RevisionNode> nodes;
    private final Map<String, RevisionNode> byId;
    private final Map<String, RevisionNode> byLabel;
    private final Resolver resolver;

    RevisionGraph(List<RevisionNode> nodes, Map<String, RevisionNode> byId, Map<String, RevisionNode> byLabel) {
        this.nodes = nodes;
        this.byId = byId;
        this.byLabel = byLabel;
        this.resolver = new Resolver(this);
    }

    /**
     * Builds the graph from revisions in file order.
     *
     * @throws GraphException for a duplicate id, a missing parent or dependency, a label used twice,
     *     an invalid id, or a cycle
     */
    public static RevisionGraph of(List<Revision> revisions) {
        Objects.requireNonNull(revisions, "revisions");
        return new GraphBuilder(revisions).build();
    }

    /** All revisions, in the order given. */
    public List<RevisionNode> nodes() {
        return nodes;
    }

    /** Number of revisions. */
    public int size() {
        return nodes.size();
    }

    /** The revision with exactly this id, if any (no partial ids, no labels). */
    public Optional<RevisionNode> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The revision that declares this branch label, if any. */
    public Optional<RevisionNode> labelOwner(String label) {
        return Optional.ofNullable(byLabel.get(label));
    }

    /** Heads: revisions no other revision revises (dependencies aside), in file order. */
    public List<RevisionNode> heads() {
        return filter(RevisionNode::isHead);
    }

    /** Real heads: revisions nothing revises or depends on; what the target {@code heads} means. */
    public List<RevisionNode> realHeads() {
        return filter(RevisionNode::isRealHead);
    }

    /** Bases: revisions that revise nothing, in file order. */
    public List<RevisionNode> bases() {
        return filter(RevisionNode::isBase);
    }

    /** Branch points (revised by more than one revision), in file order. */
    public List<RevisionNode> branchPoints() {
        return filter(RevisionNode::isBranchPoint);
    }

    /**
     * Resolves an identifier to revisions: {@code heads}, {@code head}, {@code base}, a full or
     * partial id, a branch label, {@code label@head}, {@code label@rev} or {@code label@-N}. An
     * empty list means base.
     *
     * @throws ResolutionException when nothing or too much matches
     * @throws MultipleHeadsException when {@code head} has several answers
     */
    public List<RevisionNode> resolve(String identifier) {
        return resolver.resolveAll(identifier);
    }

    /**
     * Resolves an identifier that must name at most one revision; empty means base.
     *
     * @throws MultipleHeadsException when it names several
     */
    public Optional<RevisionNode> resolveOne(String identifier) {
        return Optional.ofNullable(resolver.resolveOne(identifier));
    }

    /** The single head, optionally of one branch; empty when there are no revisions. */
    public Optional<RevisionNode> currentHead(String branchLabel) {
        return Optional.ofNullable(resolver.currentHead(branchLabel));
    }

    /**
     * The revisions that are applied when the version table holds {@code heads}: the heads and
     * everything below them, dependencies included, in file order.
     *
     * @throws ResolutionException when a head is not a revision of this graph
     */
    public List<RevisionNode> appliedWith(Collection<String> heads) {
        List<RevisionNode> nodes = new ArrayList<>();
        for (String id : heads) {
            nodes.add(find(id).orElseThrow(
                            () -> new ResolutionException("No such revision or branch '" + id + "'", id, List.of())));
        }
        return toNodes(ancestors(nodes, true));
    }

    /** True when {@code ancestor} is {@code descendant} or lies below it. */
    public boolean isAncestor(RevisionNode ancestor, RevisionNode descendant, boolean withDependencies) {
        return ancestors(List.of(descendant), withDependencies).get(ancestor.index());
    }

    RevisionNode node(int index) {
        return nodes.get(index);
    }

    RevisionNode byIdOrLabel(String name) {
        RevisionNode node = byId.get(name);
        return node != null ? node : byLabel.get(name);
    }

    Resolver resolver() {
        return resolver;
    }

    /** The given revisions and everything below them. */
    BitSet ancestors(Collection<RevisionNode> from, boolean withDependencies) {
        BitSet seen = new BitSet(nodes.size());
        int[] stack = new int[nodes.size() + from.size()];
        int top = 0;
        for (RevisionNode node : from) {
            stack[top++] = node.index();
        }
        while (top > 0) {
            int index = stack[--top];
            if (seen.get(index)) {
                continue;
            }
            seen.set(index);
            RevisionNode node = nodes.get(index);
            for (RevisionNode down : withDependencies ? node.normalizedDown : node.parents) {
                if (!seen.get(down.index())) {
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    stack[top++] = down.index();
                }
            }
        }
        return seen;
    }

    /** The given revisions and everything above them. */
    BitSet descendants(Collection<RevisionNode> from, boolean withDependencies) {
        BitSet seen = new BitSet(nodes.size());
        ArrayList<RevisionNode> stack = new ArrayList<>(from);
        while (!stack.isEmpty()) {
            RevisionNode node = stack.remove(stack.size() - 1);
            if (seen.get(node.index())) {
                continue;
            }
            seen.set(node.index());
            for (RevisionNode up : withDependencies ? node.allChildren : node.children) {
                if (!seen.get(up.index())) {
                    stack.add(up);
                }
            }
        }
        return seen;
    }

    /** The revision, everything below it and everything above it. */
    BitSet lineage(RevisionNode node, boolean withDependencies) {
        BitSet lineage = ancestors(List.of(node), withDependencies);
        lineage.or(descendants(List.of(node), withDependencies));
        return lineage;
    }

    /** True when {@code target} is an ancestor or descendant of any of {@code others}. */
    boolean sharesLineage(RevisionNode target, Collection<RevisionNode> others, boolean withDependencies) {
        if (others.isEmpty()) {
            return true;
        }
        BitSet lineage = lineage(target, withDependencies);
        for (RevisionNode other : others) {
            if (lineage.get(other.index())) {
                return true;
            }
        }
        return false;
    }

    List<RevisionNode> toNodes(BitSet set) {
        List<RevisionNode> result = new ArrayList<>(set.cardinality());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            result.add(nodes.get(i));
        }
        return result;
    }

    private List<RevisionNode> filter(Predicate<RevisionNode> predicate) {
        List<RevisionNode> result = new ArrayList<>();
        for (RevisionNode node : nodes) {
            if (predicate.test(node)) {
                result.add(node);
            }
        }
        return List.copyOf(result);
    }
}
