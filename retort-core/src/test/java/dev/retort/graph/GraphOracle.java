package dev.retort.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers simple questions about declared revisions by plain traversal, without the graph code
 * under test, so that tests can check plans that have no Alembic answer to compare with.
 */
final class GraphOracle {
    private final Map<String, List<String>> down = new LinkedHashMap<>();
    private final Map<String, List<String>> up = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    GraphOracle(List<Revision> revisions) {
        Map<String, String> labelOwners = new HashMap<>();
        for (Revision revision : revisions) {
            for (String label : revision.branchLabels()) {
                labelOwners.put(label, revision.id());
            }
        }
        for (Revision revision : revisions) {
            up.putIfAbsent(revision.id(), new ArrayList<>());
            children.putIfAbsent(revision.id(), new ArrayList<>());
        }
        for (Revision revision : revisions) {
            Set<String> below = new LinkedHashSet<>(revision.parents());
            for (String dependency : revision.dependsOn()) {
                below.add(labelOwners.getOrDefault(dependency, dependency));
            }
            down.put(revision.id(), List.copyOf(below));
            for (String parent : revision.parents()) {
                children.get(parent).add(revision.id());
            }
            for (String id : below) {
                up.get(id).add(revision.id());
            }
        }
    }

    /** All revision ids, in file order. */
    List<String> ids() {
        return List.copyOf(down.keySet());
    }

    /** Revisions that nothing revises or depends on. */
    Set<String> realHeads() {
        return maximal(down.keySet());
    }

    boolean contains(String id) {
        return down.containsKey(id);
    }

    /** The revisions and everything they revise or depend on, transitively. */
    Set<String> ancestors(Collection<String> ids) {
        return closure(ids, down);
    }

    /** The revisions and everything that revises them, transitively: dependents are not followed. */
    Set<String> descendantsThroughParents(Collection<String> ids) {
        return closure(ids, children);
    }

    /** The revisions and everything that revises or depends on them, transitively. */
    Set<String> descendants(Collection<String> ids) {
        return closure(ids, up);
    }

    /** The members of {@code applied} that no other member revises or depends on. */
    Set<String> maximal(Set<String> applied) {
        Set<String> result = new TreeSet<>();
        for (String id : applied) {
            if (up.get(id).stream().noneMatch(applied::contains)) {
                result.add(id);
            }
        }
        return result;
    }

    /** Problems with an upgrade plan from {@code current}; empty when it is valid. */
    List<String> upgradeProblems(List<String> current, Plan plan) {
        List<String> problems = new ArrayList<>();
        Set<String> applied = ancestors(current);
        for (Step step : plan.steps()) {
            String id = step.revision().id();
            if (!step.upgrade() || applied.contains(id)) {
                problems.add(id + " is applied already or not an upgrade");
            }
            for (String below : down.get(id)) {
                if (!applied.contains(below)) {
                    problems.add(id + " runs before " + below);
                }
            }
            applied.add(id);
        }
        checkRows(plan.endHeads(), applied, problems);
        return problems;
    }

    /** Problems with a downgrade plan from {@code current}; empty when it is valid. */
    List<String> downgradeProblems(List<String> current, Plan plan) {
        List<String> problems = new ArrayList<>();
        Set<String> applied = ancestors(current);
        for (Step step : plan.steps()) {
            String id = step.revision().id();
            if (step.upgrade() || !applied.remove(id)) {
                problems.add(id + " is not applied or not a downgrade");
            }
            for (String above : up.get(id)) {
                if (applied.contains(above)) {
                    problems.add(id + " is undone before " + above);
                }
            }
        }
        checkRows(plan.endHeads(), applied, problems);
        return problems;
    }

    /** Problems with a newest-first order: each revision must come before what it needs. */
    List<String> newestFirstProblems(List<String> order) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        for (String id : order) {
            if (position.put(id, position.size()) != null) {
                problems.add(id + " is listed twice");
            }
        }
        for (String id : order) {
            for (String below : down.get(id)) {
                if (position.getOrDefault(below, Integer.MAX_VALUE) < position.get(id)) {
                    problems.add(below + " is listed before " + id);
                }
            }
        }
        return problems;
    }

    private void checkRows(List<String> rows, Set<String> applied, List<String> problems) {
        Set<String> expected = maximal(applied);
        if (!new TreeSet<>(rows).equals(expected) || rows.size() != expected.size()) {
            problems.add("version rows " + rows + " should be " + expected);
        }
    }

    private static Set<String> closure(Collection<String> ids, Map<String, List<String>> edges) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(edges.get(id));
            }
        }
        return seen;
    }
}
