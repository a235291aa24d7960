package dev.retort.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Tracks which revisions are applied and which of them are heads (the version-table rows) while a
 * plan runs, and works out the row changes each step needs. The rows are always exactly the
 * applied revisions that nothing applied revises or depends on, so merges, unmerges and
 * dependencies across branches are recorded correctly however the graph is shaped.
 */
final class VersionHeads {
    private final RevisionGraph graph;
    private final BitSet applied;
    private final TreeSet<RevisionNode> heads = new TreeSet<>(Comparator.comparingInt(RevisionNode::index));

    VersionHeads(RevisionGraph graph, List<RevisionNode> current) {
        this.graph = graph;
        this.applied = graph.ancestors(current, true);
        heads.addAll(current);
    }

    List<VersionChange> upgrade(RevisionNode revision) {
        List<RevisionNode> removed = new ArrayList<>();
        for (RevisionNode down : revision.allDown) {
            if (heads.remove(down)) {
                removed.add(down);
            }
        }
        applied.set(revision.index());
        heads.add(revision);
        return changes(removed, List.of(revision));
    }

    List<VersionChange> downgrade(RevisionNode revision) {
        applied.clear(revision.index());
        List<RevisionNode> removed = heads.remove(revision) ? List.of(revision) : List.of();
        List<RevisionNode> added = new ArrayList<>();
        for (RevisionNode down : revision.allDown) {
            if (applied.get(down.index()) && !heads.contains(down) && !hasAppliedChild(down)) {
                heads.add(down);
                added.add(down);
            }
        }
        return changes(removed, added);
    }

    /** Replaces all heads by {@code target}, as a stamp does. */
    List<VersionChange> replace(List<RevisionNode> target) {
        List<RevisionNode> removed = new ArrayList<>(heads);
        removed.removeAll(target);
        List<RevisionNode> added = new ArrayList<>(target);
        added.removeAll(heads);
        heads.clear();
        heads.addAll(target);
        applied.clear();
        applied.or(graph.ancestors(target, true));
        return changes(removed, added);
    }

    List<String> ids() {
        return RevisionNode.ids(new ArrayList<>(heads));
    }

    private boolean hasAppliedChild(RevisionNode node) {
        for (RevisionNode child : node.allChildren) {
            if (applied.get(child.index())) {
                return true;
            }
        }
        return false;
    }

    /** Deletes and inserts, with the last removed row updated to the last added one instead. */
    private static List<VersionChange> changes(List<RevisionNode> removed, List<RevisionNode> added) {
        List<VersionChange> changes = new ArrayList<>();
        int deletes = added.isEmpty() ? removed.size() : removed.size() - 1;
        int inserts = removed.isEmpty() ? added.size() : added.size() - 1;
        for (int i = 0; i < deletes; i++) {
            changes.add(VersionChange.delete(removed.get(i).id()));
        }
        for (int i = 0; i < inserts; i++) {
            changes.add(VersionChange.insert(added.get(i).id()));
        }
        if (!removed.isEmpty() && !added.isEmpty()) {
            changes.add(VersionChange.update(
                    removed.get(removed.size() - 1).id(),
                    added.get(added.size() - 1).id()));
        }
        return changes;
    }
}
