package dev.retort.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A revision placed in its {@link RevisionGraph}: the declared {@link Revision} plus what the graph
 * knows about it (children, effective branch labels, whether it is a head, a branch point or a
 * merge point). Immutable once the graph is built; safe to share between threads.
 */
public final class RevisionNode {
    private final Revision revision;
    private final int index;

    RevisionNode[] parents = new RevisionNode[0];
    RevisionNode[] dependencies = new RevisionNode[0];
    RevisionNode[] normalizedDependencies = new RevisionNode[0];
    RevisionNode[] normalizedDown = new RevisionNode[0];
    RevisionNode[] allDown = new RevisionNode[0];
    final List<RevisionNode> children = new ArrayList<>();
    final List<RevisionNode> allChildren = new ArrayList<>();
    final Set<String> branchLabels = new LinkedHashSet<>();

    RevisionNode(Revision revision, int index) {
        this.revision = revision;
        this.index = index;
    }

    /** The revision id. */
    public String id() {
        return revision.id();
    }

    /** The revision as declared by its script. */
    public Revision revision() {
        return revision;
    }

    /** Position in the order the revisions were given (file order); ties break on it. */
    public int index() {
        return index;
    }

    /** Ids of the revisions this one revises, in declared order; empty for a base. */
    public List<String> parentIds() {
        return revision.parents();
    }

    /** Dependencies as declared (revision ids or branch labels). */
    public List<String> dependsOn() {
        return revision.dependsOn();
    }

    /** Ids of the revisions the dependencies resolve to. */
    public List<String> resolvedDependencyIds() {
        return ids(List.of(dependencies));
    }

    /**
     * Branch labels in effect here: the ones declared on this revision, on the revisions below it
     * down to the nearest branch point, and on revisions further down whose branch this continues.
     */
    public Set<String> branchLabels() {
        return Collections.unmodifiableSet(branchLabels);
    }

    /** Ids of the revisions that revise this one, in file order. */
    public List<String> childIds() {
        return ids(children);
    }

    /** True when no revision revises this one (dependencies aside). */
    public boolean isHead() {
        return children.isEmpty();
    }

    /** True when no revision revises or depends on this one. */
    public boolean isRealHead() {
        return allChildren.isEmpty();
    }

    /** True for a head that other revisions depend on: it is a head only of its own branch. */
    public boolean isEffectiveHead() {
        return isHead() && !isRealHead();
    }

    /** True when this revision revises nothing. */
    public boolean isBase() {
        return parents.length == 0;
    }

    /** True when more than one revision revises this one. */
    public boolean isBranchPoint() {
        return children.size() > 1;
    }

    /** True when more than one revision revises or depends on this one. */
    boolean isRealBranchPoint() {
        return allChildren.size() > 1;
    }

    /** True when this revision revises more than one revision. */
    public boolean isMergePoint() {
        return parents.length > 1;
    }

    static List<String> ids(List<RevisionNode> nodes) {
        List<String> ids = new ArrayList<>(nodes.size());
        for (RevisionNode node : nodes) {
            ids.add(node.id());
        }
        return List.copyOf(ids);
    }

    @Override
    public String toString() {
        return id();
    }
}
