package dev.retort.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out which revisions an {@code upgrade}, {@code downgrade}, {@code stamp} or
 * {@code history} visits, and in which order, from the database's current heads and a target
 * written in Alembic's grammar. Stateless; safe to share between threads.
 *
 * <pre>{@code
 * MigrationPlanner planner = new MigrationPlanner(graph);
 * Plan plan = planner.upgrade(List.of(), "head");      // everything, base first
 * Plan back = planner.downgrade(List.of("b2"), "-1");  // undo the last revision applied
 * }</pre>
 */
public final class MigrationPlanner {
    private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)");

    private final RevisionGraph graph;
    private final Resolver resolver;
    private final TopologicalOrder order;
    private final Walker walker;

    /** A planner for one graph. */
    public MigrationPlanner(RevisionGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.resolver = graph.resolver();
        this.order = new TopologicalOrder(graph);
        this.walker = new Walker(graph);
    }

    /**
     * Plans an upgrade from the version-table rows {@code current} to {@code target}: {@code head},
     * {@code heads}, a revision, {@code label@head}, {@code +N} (the next N revisions that build on
     * what is applied), {@code rev+N} or {@code label@+N}. Revisions on other branches that the
     * target needs are included.
     */
    public Plan upgrade(List<String> current, String target) {
        List<RevisionNode> heads = currentHeads(current);
        List<RevisionNode> targets = upgradeTargets(heads, target);
        BitSet needs = graph.ancestors(checkedDistinct(targets), true);
        needs.andNot(graph.ancestors(heads, true));
        List<RevisionNode> newestFirst = order.newestFirst(needs, targets);
        Collections.reverse(newestFirst);
        return steps(heads, newestFirst, true);
    }

    /**
     * Plans a downgrade from {@code current} to {@code target}: a revision (everything above it is
     * undone), {@code base}, {@code label@base}, {@code -N} (the last N revisions applied, in
     * reverse order of application, across merge points), {@code label@-N} or {@code rev-N}.
     */
    public Plan downgrade(List<String> current, String target) {
        return downgrade(current, target, List.of());
    }

    /**
     * As {@link #downgrade(List, String)}, but {@code -N} takes the last N revisions in the order
     * they were really applied, newest first ({@code appliedNewestFirst}, from the history table),
     * and only then in graph order for revisions the history does not know.
     */
    public Plan downgrade(List<String> current, String target, List<String> appliedNewestFirst) {
        List<RevisionNode> heads = currentHeads(current);
        Matcher relative = RELATIVE.matcher(target);
        if (relative.matches() && relative.group(2) == null) {
            int steps = Integer.parseInt(relative.group(3));
            if (steps >= 0) {
                throw new GraphException(
                        GraphException.Kind.BAD_WALK,
                        "Relative revision " + relative.group(3) + " didn't produce " + steps
                                + " migrations: a downgrade goes down; use a negative number such as -1",
                        List.of());
            }
            return lastApplied(heads, -steps, relative.group(1), relative.group(3), appliedNewestFirst);
        }
        String branchLabel;
        RevisionNode destination;
        if (relative.matches()) {
            branchLabel = relative.group(1);
            destination = walkTo(relative.group(1), relative.group(2), Integer.parseInt(relative.group(3)), true);
        } else {
            int at = target.lastIndexOf('@');
            branchLabel = at < 0 ? null : target.substring(0, at);
            destination = resolver.resolveOne(at < 0 ? target : target.substring(at + 1));
        }
        BitSet drop = downgradeSet(heads, destination, branchLabel);
        return steps(heads, order.newestFirst(drop, heads), false);
    }

    /**
     * Plans a stamp: the version table is set so that {@code targets} are applied, as if the
     * database had been migrated there, without running scripts. Rows neither below nor above a
     * target stay; {@code base} removes them all. With {@code purge}, every row is deleted first.
     *
     * @throws GraphException when one target is an ancestor of another
     */
    public StampPlan stamp(List<String> current, List<String> targets, boolean purge) {
        List<RevisionNode> heads = purge ? List.of() : currentHeads(current);
        List<RevisionNode> destinations = new ArrayList<>();
        List<RevisionNode> unrelated = new ArrayList<>(heads);
        for (String target : targets) {
            List<RevisionNode> resolved = resolver.resolveAll(target);
            unrelated.removeAll(replacedBy(heads, target, resolved));
            for (RevisionNode node : resolved) {
                if (!destinations.contains(node)) {
                    destinations.add(node);
                }
            }
        }
        checkedDistinct(destinations);
        List<RevisionNode> end = new ArrayList<>(unrelated);
        end.addAll(destinations);
        checkedDistinct(end);
        VersionHeads versions = new VersionHeads(graph, heads);
        List<VersionChange> changes = versions.replace(end);
        return new StampPlan(purge, changes, RevisionNode.ids(heads), versions.ids());
    }

    /**
     * The revisions {@code history} lists for the range {@code lower:upper}, newest first. Either
     * end may be null: {@code base} and {@code heads}.
     */
    public List<RevisionNode> history(String lower, String upper) {
        String low = lower == null || lower.isEmpty() ? "base" : lower;
        String high = upper == null || upper.isEmpty() ? "heads" : upper;
        List<RevisionNode> targets = resolver.resolveAll(high);
        if (low.contains("@") && !low.startsWith("@")) {
            String label = low.substring(0, low.indexOf('@'));
            RevisionNode owner = resolver.resolveBranch(label);
            List<RevisionNode> onBranch = new ArrayList<>();
            for (RevisionNode node : targets) {
                if (graph.sharesLineage(node, List.of(owner), false)) {
                    onBranch.add(node);
                }
            }
            targets = onBranch;
        }
        BitSet required = graph.ancestors(checkedDistinct(targets), true);
        List<RevisionNode> lowest = lowerEnd(low);
        for (RevisionNode node : lowest) {
            if (!required.get(node.index())) {
                throw new RangeNotAncestorException(low, high);
            }
        }
        BitSet needs = (BitSet) required.clone();
        if (!lowest.isEmpty()) {
            BitSet below = graph.ancestors(checkedDistinct(lowest), true);
            needs.andNot(below);
            for (RevisionNode node : lowest) {
                needs.set(node.index());
            }
            needs.and(graph.descendants(lowest, false));
        }
        return order.newestFirst(needs, targets);
    }

    private List<RevisionNode> lowerEnd(String lower) {
        Matcher relative = RELATIVE.matcher(lower);
        if (relative.matches() && relative.group(2) == null && relative.group(3).startsWith("-")) {
            List<RevisionNode> walked = resolver.resolveAll(lower);
            if (!walked.isEmpty()) {
                return walked;
            }
            RevisionNode node = walkTo(relative.group(1), "heads", Integer.parseInt(relative.group(3)), false);
            return node == null ? List.of() : List.of(node);
        }
        int at = lower.indexOf('@');
        if (at >= 0 && "base".equals(lower.substring(at + 1))) {
            return List.of();
        }
        return resolver.resolveAll(lower);
    }

    /** The revisions an upgrade target stands for. */
    private List<RevisionNode> upgradeTargets(List<RevisionNode> heads, String target) {
        Matcher relative = RELATIVE.matcher(target);
        if (!relative.matches()) {
            return resolver.resolveAll(target);
        }
        String label = relative.group(1);
        String symbol = relative.group(2);
        int steps = Integer.parseInt(relative.group(3));
        if (symbol != null) {
            RevisionNode node = walkTo(label, symbol, steps, true);
            return node == null ? List.of() : List.of(node);
        }
        if (steps <= 0) {
            throw new GraphException(
                    GraphException.Kind.BAD_WALK,
                    "Relative revision " + relative.group(3) + " didn't produce " + Math.abs(steps)
                            + " migrations: an upgrade goes up; use a positive number such as +1",
                    List.of());
        }
        return nextPending(heads, steps, label, relative.group(3));
    }

    /**
     * The next {@code count} revisions that build on {@code heads} or, on a branch, on where its
     * applied part ends, in upgrade order; the targets are the topmost of them.
     */
    private List<RevisionNode> nextPending(List<RevisionNode> heads, int count, String label, String asWritten) {
        BitSet applied = graph.ancestors(heads, true);
        BitSet pending = graph.ancestors(graph.realHeads(), true);
        pending.andNot(applied);
        BitSet branch = label == null ? null : graph.lineage(resolver.resolveBranch(label), false);
        List<RevisionNode> start = branch == null ? heads : branchStart(heads, applied, branch);
        if (!start.isEmpty()) {
            pending.and(graph.descendants(start, false));
        }
        List<RevisionNode> inOrder = order.newestFirst(pending, graph.realHeads());
        Collections.reverse(inOrder);
        List<RevisionNode> chosen = new ArrayList<>();
        for (RevisionNode node : inOrder) {
            if (chosen.size() == count) {
                break;
            }
            if (branch == null || branch.get(node.index())) {
                chosen.add(node);
            }
        }
        if (chosen.size() < count) {
            throw new GraphException(
                    GraphException.Kind.BAD_WALK,
                    "Relative revision " + asWritten + " didn't produce " + count + " migrations"
                            + (chosen.isEmpty() ? ": nothing is pending" : ": only " + chosen.size() + " pending"),
                    RevisionNode.ids(chosen));
        }
        return topmost(chosen);
    }

    /**
     * Where a walk up a branch starts: the current heads on it or, when the database is elsewhere,
     * the topmost applied revisions of the branch (Alembic backtracks to the branch point); empty
     * when nothing of it is applied.
     */
    private List<RevisionNode> branchStart(List<RevisionNode> heads, BitSet applied, BitSet branch) {
        List<RevisionNode> onBranch = new ArrayList<>();
        for (RevisionNode head : heads) {
            if (branch.get(head.index())) {
                onBranch.add(head);
            }
        }
        if (!onBranch.isEmpty()) {
            return onBranch;
        }
        BitSet appliedOnBranch = (BitSet) applied.clone();
        appliedOnBranch.and(branch);
        BitSet below = new BitSet();
        for (int i = appliedOnBranch.nextSetBit(0); i >= 0; i = appliedOnBranch.nextSetBit(i + 1)) {
            for (RevisionNode down : graph.node(i).normalizedDown) {
                below.set(down.index());
            }
        }
        appliedOnBranch.andNot(below);
        return graph.toNodes(appliedOnBranch);
    }

    /**
     * The last {@code count} applied revisions (on the given branch, if any) and everything applied
     * that builds on them, newest first.
     */
    private Plan lastApplied(
            List<RevisionNode> heads, int count, String label, String asWritten, List<String> appliedNewestFirst) {
        BitSet applied = graph.ancestors(heads, true);
        List<RevisionNode> newestFirst = order.newestFirst(applied, heads);
        BitSet branch = label == null ? null : graph.lineage(resolver.resolveBranch(label), false);
        List<RevisionNode> candidates = new ArrayList<>();
        BitSet listed = new BitSet(graph.size());
        for (String id : appliedNewestFirst) {
            graph.find(id).filter(node -> applied.get(node.index())).ifPresent(node -> {
                if (!listed.get(node.index())) {
                    listed.set(node.index());
                    candidates.add(node);
                }
            });
        }
        for (RevisionNode node : newestFirst) {
            if (!listed.get(node.index())) {
                candidates.add(node);
            }
        }
        List<RevisionNode> chosen = new ArrayList<>();
        for (RevisionNode node : candidates) {
            if (chosen.size() == count) {
                break;
            }
            if (branch == null || branch.get(node.index())) {
                chosen.add(node);
            }
        }
        if (chosen.size() < count) {
            throw new GraphException(
                    GraphException.Kind.BAD_WALK,
                    "Relative revision " + asWritten + " didn't produce " + count + " migrations"
                            + (chosen.isEmpty() ? ": nothing is applied" : ": only " + chosen.size() + " applied"),
                    RevisionNode.ids(chosen));
        }
        BitSet drop = graph.descendants(chosen, true);
        drop.and(applied);
        return steps(heads, undoOrder(drop, candidates), false);
    }

    /**
     * The revisions of {@code drop} in an order that undoes each only after everything applied on
     * top of it, preferring the order of {@code preference} (most recently applied first).
     */
    private List<RevisionNode> undoOrder(BitSet drop, List<RevisionNode> preference) {
        List<RevisionNode> remaining = new ArrayList<>();
        for (RevisionNode node : preference) {
            if (drop.get(node.index())) {
                remaining.add(node);
            }
        }
        BitSet left = (BitSet) drop.clone();
        List<RevisionNode> ordered = new ArrayList<>(remaining.size());
        while (!remaining.isEmpty()) {
            for (int i = 0; i < remaining.size(); i++) {
                RevisionNode node = remaining.get(i);
                if (!hasChildIn(node, left)) {
                    ordered.add(node);
                    left.clear(node.index());
                    remaining.remove(i);
                    break;
                }
            }
        }
        return ordered;
    }

    private static boolean hasChildIn(RevisionNode node, BitSet set) {
        for (RevisionNode child : node.allChildren) {
            if (set.get(child.index())) {
                return true;
            }
        }
        return false;
    }

    /** What a downgrade to {@code destination} (null for base) undoes. */
    private BitSet downgradeSet(List<RevisionNode> heads, RevisionNode destination, String branchLabel) {
        List<RevisionNode> roots;
        if (destination == null) {
            roots = graph.bases();
        } else {
            roots = new ArrayList<>(destination.children);
        }
        if (branchLabel != null && !branchLabel.isEmpty() && roots.size() > 1) {
            BitSet onBranch = graph.ancestors(List.of(resolver.resolveBranch(branchLabel)), false);
            List<RevisionNode> filtered = new ArrayList<>();
            for (RevisionNode root : roots) {
                if (onBranch.get(root.index())) {
                    filtered.add(root);
                }
            }
            if (filtered.isEmpty()) {
                throw new GraphException(
                        GraphException.Kind.OTHER, "Not a valid downgrade target from current heads", List.of());
            }
            roots = filtered;
        }
        BitSet drop = graph.descendants(roots, true);
        drop.and(graph.ancestors(heads, true));
        if (destination != null && drop.isEmpty() && !heads.contains(destination)) {
            throw new RangeNotAncestorException(destination.id(), String.join(",", RevisionNode.ids(heads)));
        }
        return drop;
    }

    /** Walks from {@code symbol} (on {@code label}'s branch, if given) by {@code steps}. */
    private RevisionNode walkTo(String label, String symbol, int steps, boolean noOverwalk) {
        String written = label == null ? symbol : label + "@" + symbol;
        // as in Alembic, the branch qualifies the start only going down; going up, it picks the way
        String start = steps > 0 ? symbol : written;
        RevisionNode from = "heads".equals(symbol) ? null : resolver.resolveOne(start);
        if ("heads".equals(symbol)) {
            List<RevisionNode> heads = resolver.resolveAll(start);
            if (heads.size() > 1) {
                throw new MultipleHeadsException(RevisionNode.ids(heads), start);
            }
            from = heads.isEmpty() ? null : heads.get(0);
        }
        Walker.Position end = walker.walk(Walker.Position.at(from), steps, steps > 0 ? label : null, noOverwalk);
        if (end == null) {
            throw new GraphException(
                    GraphException.Kind.BAD_WALK,
                    "Walked too far: " + written + (steps > 0 ? "+" : "") + steps + " goes past the end of the graph",
                    List.of());
        }
        return end.node();
    }

    private Plan steps(List<RevisionNode> heads, List<RevisionNode> revisions, boolean upgrade) {
        VersionHeads versions = new VersionHeads(graph, heads);
        List<Step> steps = new ArrayList<>(revisions.size());
        for (RevisionNode revision : revisions) {
            List<VersionChange> changes = upgrade ? versions.upgrade(revision) : versions.downgrade(revision);
            steps.add(new Step(revision, upgrade, changes));
        }
        return new Plan(steps, RevisionNode.ids(heads), versions.ids());
    }

    /**
     * The version-table rows as revisions.
     *
     * @throws ResolutionException when a row names a revision no script declares
     * @throws GraphException when one row is an ancestor of another
     */
    private List<RevisionNode> currentHeads(List<String> current) {
        List<RevisionNode> heads = new ArrayList<>();
        for (String id : current) {
            RevisionNode node = graph.find(id)
                    .orElseThrow(
                            () -> new ResolutionException("No such revision or branch '" + id + "'", id, List.of()));
            if (!heads.contains(node)) {
                heads.add(node);
            }
        }
        for (RevisionNode head : heads) {
            BitSet below = graph.ancestors(List.of(head), true);
            below.clear(head.index());
            for (RevisionNode other : heads) {
                if (below.get(other.index())) {
                    throw new GraphException(
                            GraphException.Kind.OVERLAP,
                            "The version table lists both " + head.id() + " and its ancestor " + other.id(),
                            List.of(head.id(), other.id()));
                }
            }
        }
        return heads;
    }

    /**
     * The current heads a stamp target replaces: those below or above the revisions it names
     * (dependencies included) or, for {@code base} and {@code label@base}, every head or those on
     * the label's branch.
     */
    private List<RevisionNode> replacedBy(List<RevisionNode> heads, String target, List<RevisionNode> resolved) {
        if (resolved.isEmpty()) {
            return "base".equals(target) ? heads : resolver.filterForLineage(heads, target, true);
        }
        BitSet lineage = graph.ancestors(resolved, true);
        lineage.or(graph.descendants(resolved, true));
        List<RevisionNode> replaced = new ArrayList<>();
        for (RevisionNode head : heads) {
            if (lineage.get(head.index())) {
                replaced.add(head);
            }
        }
        return replaced;
    }

    /** Fails when one of {@code nodes} lies below another. */
    private List<RevisionNode> checkedDistinct(List<RevisionNode> nodes) {
        for (RevisionNode node : nodes) {
            BitSet below = graph.ancestors(List.of(node), true);
            below.clear(node.index());
            List<String> overlaps = new ArrayList<>();
            for (RevisionNode other : nodes) {
                if (other != node && below.get(other.index())) {
                    overlaps.add(other.id());
                }
            }
            if (!overlaps.isEmpty()) {
                List<String> involved = new ArrayList<>(List.of(node.id()));
                involved.addAll(overlaps);
                throw new GraphException(
                        GraphException.Kind.OVERLAP,
                        "Requested revision " + node.id() + " overlaps with other requested revisions "
                                + String.join(", ", overlaps),
                        involved);
            }
        }
        return nodes;
    }

    /** The members of {@code chosen} that no other member revises or depends on, even indirectly. */
    private List<RevisionNode> topmost(List<RevisionNode> chosen) {
        List<RevisionNode> below = new ArrayList<>();
        for (RevisionNode node : chosen) {
            below.addAll(List.of(node.normalizedDown));
        }
        BitSet covered = graph.ancestors(below, true);
        List<RevisionNode> top = new ArrayList<>();
        for (RevisionNode node : chosen) {
            if (!covered.get(node.index())) {
                top.add(node);
            }
        }
        return top;
    }
}
