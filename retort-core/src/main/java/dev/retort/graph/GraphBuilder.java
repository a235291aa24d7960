package dev.retort.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Builds the nodes of a {@link RevisionGraph} from declared revisions and checks the result. */
final class GraphBuilder {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final List<RevisionNode> nodes = new ArrayList<>();
    private final Map<String, RevisionNode> byId = new HashMap<>();
    private final Map<String, RevisionNode> byLabel = new HashMap<>();

    GraphBuilder(List<Revision> revisions) {
        for (Revision revision : revisions) {
            add(revision);
        }
    }

    RevisionGraph build() {
        for (RevisionNode node : nodes) {
            mapLabels(node);
        }
        for (RevisionNode node : nodes) {
            linkParents(node);
            linkDependencies(node);
        }
        for (RevisionNode node : nodes) {
            for (RevisionNode down : node.allDown) {
                down.allChildren.add(node);
            }
            for (RevisionNode parent : node.parents) {
                parent.children.add(node);
            }
        }
        new CycleCheck(nodes).check();
        RevisionGraph graph = new RevisionGraph(List.copyOf(nodes), Map.copyOf(byId), Map.copyOf(byLabel));
        normalizeDependencies(graph);
        propagateLabels(graph);
        return graph;
    }

    private void add(Revision revision) {
        String id = revision.id();
        if (!NAME.matcher(id).matches()) {
            throw new GraphException(
                    GraphException.Kind.INVALID_ID,
                    "Revision id '" + id + "' is not allowed: use letters, digits and underscores only",
                    List.of(id));
        }
        if (byId.containsKey(id)) {
            throw new GraphException(
                    GraphException.Kind.DUPLICATE_REVISION,
                    "Revision " + id + " is present more than once",
                    List.of(id));
        }
        if (revision.parents().contains(id)) {
            throw new GraphException(
                    GraphException.Kind.CYCLE, "Self-loop is detected in revisions (" + id + ")", List.of(id));
        }
        if (revision.dependsOn().contains(id)) {
            throw new GraphException(
                    GraphException.Kind.DEPENDENCY_CYCLE,
                    "Dependency self-loop is detected in revisions (" + id + ")",
                    List.of(id));
        }
        RevisionNode node = new RevisionNode(revision, nodes.size());
        nodes.add(node);
        byId.put(id, node);
    }

    private void mapLabels(RevisionNode node) {
        for (String label : node.revision().branchLabels()) {
            if (!NAME.matcher(label).matches()) {
                throw new GraphException(
                        GraphException.Kind.DUPLICATE_BRANCH_LABEL,
                        "Branch name '" + label + "' in revision " + node.id()
                                + " is not allowed: use letters, digits and underscores only",
                        List.of(node.id()));
            }
            RevisionNode owner = byId.containsKey(label) ? byId.get(label) : byLabel.get(label);
            if (owner != null) {
                throw new GraphException(
                        GraphException.Kind.DUPLICATE_BRANCH_LABEL,
                        "Branch name '" + label + "' in revision " + node.id() + " already used by revision "
                                + owner.id(),
                        List.of(node.id(), owner.id()));
            }
            byLabel.put(label, node);
        }
    }

    private void linkParents(RevisionNode node) {
        List<RevisionNode> parents = new ArrayList<>();
        for (String parentId : node.revision().parents()) {
            RevisionNode parent = byId.get(parentId);
            if (parent == null) {
                throw new GraphException(
                        GraphException.Kind.MISSING_PARENT,
                        "Revision " + parentId + " referenced from " + node.id() + " is not present",
                        List.of(node.id(), parentId));
            }
            if (!parents.contains(parent)) {
                parents.add(parent);
            }
        }
        node.parents = parents.toArray(new RevisionNode[0]);
    }

    private void linkDependencies(RevisionNode node) {
        Set<RevisionNode> dependencies = new LinkedHashSet<>();
        for (String name : node.revision().dependsOn()) {
            RevisionNode target = byId.containsKey(name) ? byId.get(name) : byLabel.get(name);
            if (target == null) {
                throw new GraphException(
                        GraphException.Kind.MISSING_DEPENDENCY,
                        "Revision " + node.id() + " depends on '" + name
                                + "', which is neither a revision nor a branch label",
                        List.of(node.id(), name));
            }
            if (target == node) {
                throw new GraphException(
                        GraphException.Kind.DEPENDENCY_CYCLE,
                        "Dependency self-loop is detected in revisions (" + node.id() + ")",
                        List.of(node.id()));
            }
            dependencies.add(target);
        }
        node.dependencies = dependencies.toArray(new RevisionNode[0]);
        Set<RevisionNode> allDown = new LinkedHashSet<>(List.of(node.parents));
        allDown.addAll(dependencies);
        node.allDown = allDown.toArray(new RevisionNode[0]);
    }

    /**
     * Drops, from each revision's dependencies, those that one of its ancestors (through parents)
     * already depends on: they are implied, and keeping them would make the order ambiguous.
     */
    private static void normalizeDependencies(RevisionGraph graph) {
        for (RevisionNode node : graph.nodes()) {
            if (node.dependencies.length == 0) {
                node.normalizedDown = node.parents;
                continue;
            }
            Set<RevisionNode> normalized = new LinkedHashSet<>(List.of(node.dependencies));
            BitSet ancestors = graph.ancestors(List.of(node), false);
            ancestors.clear(node.index());
            for (int i = ancestors.nextSetBit(0); i >= 0; i = ancestors.nextSetBit(i + 1)) {
                for (RevisionNode implied : graph.node(i).dependencies) {
                    normalized.remove(implied);
                }
            }
            node.normalizedDependencies = normalized.toArray(new RevisionNode[0]);
            Set<RevisionNode> down = new LinkedHashSet<>(List.of(node.parents));
            down.addAll(normalized);
            node.normalizedDown = down.toArray(new RevisionNode[0]);
        }
    }

    /**
     * A label declared on a revision applies to all its descendants, and to its ancestors down to
     * the nearest branch point or merge point: the whole branch it names.
     */
    private static void propagateLabels(RevisionGraph graph) {
        for (RevisionNode node : graph.nodes()) {
            List<String> labels = node.revision().branchLabels();
            if (labels.isEmpty()) {
                continue;
            }
            BitSet descendants = graph.descendants(List.of(node), false);
            for (int i = descendants.nextSetBit(0); i >= 0; i = descendants.nextSetBit(i + 1)) {
                graph.node(i).branchLabels.addAll(labels);
            }
            RevisionNode below = node;
            while (below != null && !below.isRealBranchPoint() && !below.isMergePoint()) {
                below.branchLabels.addAll(labels);
                below = below.parents.length == 1 ? below.parents[0] : null;
            }
        }
    }

    /** Finds revisions that lie on a cycle, through parents and then through dependencies too. */
    private static final class CycleCheck {
        private final List<RevisionNode> nodes;

        CycleCheck(List<RevisionNode> nodes) {
            this.nodes = nodes;
        }

        void check() {
            List<String> onCycle = stuck(false);
            if (!onCycle.isEmpty()) {
                throw new GraphException(
                        GraphException.Kind.CYCLE,
                        "Cycle is detected in revisions (" + String.join(", ", onCycle) + ")",
                        onCycle);
            }
            onCycle = stuck(true);
            if (!onCycle.isEmpty()) {
                throw new GraphException(
                        GraphException.Kind.DEPENDENCY_CYCLE,
                        "Dependency cycle is detected in revisions (" + String.join(", ", onCycle) + ")",
                        onCycle);
            }
        }

        /** Kahn's algorithm from both ends: what cannot be peeled off lies on or between cycles. */
        private List<String> stuck(boolean withDependencies) {
            int[] downCount = new int[nodes.size()];
            int[] upCount = new int[nodes.size()];
            for (RevisionNode node : nodes) {
                downCount[node.index()] = down(node, withDependencies).length;
                upCount[node.index()] = up(node, withDependencies).size();
            }
            BitSet removed = new BitSet(nodes.size());
            peel(downCount, removed, withDependencies, true);
            peel(upCount, removed, withDependencies, false);
            List<String> left = new ArrayList<>();
            for (RevisionNode node : nodes) {
                if (!removed.get(node.index())) {
                    left.add(node.id());
                }
            }
            left.sort(null);
            return left;
        }

        private void peel(int[] count, BitSet removed, boolean withDependencies, boolean fromBases) {
            Deque<RevisionNode> ready = new ArrayDeque<>();
            for (RevisionNode node : nodes) {
                if (count[node.index()] == 0 && !removed.get(node.index())) {
                    ready.add(node);
                }
            }
            while (!ready.isEmpty()) {
                RevisionNode node = ready.pop();
                if (removed.get(node.index())) {
                    continue;
                }
                removed.set(node.index());
                List<RevisionNode> next =
                        fromBases ? up(node, withDependencies) : List.of(down(node, withDependencies));
                for (RevisionNode other : next) {
                    if (--count[other.index()] == 0) {
                        ready.add(other);
                    }
                }
            }
        }

        private static RevisionNode[] down(RevisionNode node, boolean withDependencies) {
            return withDependencies ? node.allDown : node.parents;
        }

        private static List<RevisionNode> up(RevisionNode node, boolean withDependencies) {
            return withDependencies ? node.allChildren : node.children;
        }
    }
}
