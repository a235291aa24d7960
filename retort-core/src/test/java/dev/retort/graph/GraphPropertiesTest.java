package dev.retort.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Properties every plan must have, checked on seeded random graphs against {@link GraphOracle}
 * (plain traversal of the declared revisions) rather than against Alembic.
 */
class GraphPropertiesTest {
    private static final int GRAPHS = 300;
    private static final int MAX_SIZE = 30;

    /** One random graph with what the tests need of it. */
    private record Case(long seed, List<Revision> revisions, MigrationPlanner planner, GraphOracle oracle) {
        static Case of(long seed) {
            List<Revision> revisions = RandomGraphs.graph(seed, MAX_SIZE);
            return new Case(
                    seed, revisions, new MigrationPlanner(RevisionGraph.of(revisions)), new GraphOracle(revisions));
        }

        /** Version-table states to start from: empty, single revisions, a few heads, all heads. */
        List<List<String>> states() {
            Random random = new Random(seed);
            List<String> ids = oracle.ids();
            List<List<String>> states = new ArrayList<>();
            states.add(List.of());
            for (int i = 0; i < 3; i++) {
                states.add(List.of(ids.get(random.nextInt(ids.size()))));
                List<String> picked = List.of(ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size())));
                states.add(List.copyOf(oracle.maximal(oracle.ancestors(picked))));
            }
            states.add(List.copyOf(oracle.realHeads()));
            return states;
        }

        String describe() {
            return "seed " + seed + ": " + revisions;
        }
    }

    @Test
    void upgradeToHeadsRunsExactlyTheMissingAncestorsInOrder() {
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case graph = Case.of(seed);
            for (List<String> state : graph.states()) {
                Plan plan = graph.planner().upgrade(state, "heads");
                Set<String> missing =
                        new TreeSet<>(graph.oracle().ancestors(graph.oracle().realHeads()));
                missing.removeAll(graph.oracle().ancestors(state));
                assertEquals(missing, new TreeSet<>(ids(plan)), graph.describe() + " from " + state);
                assertEquals(List.of(), graph.oracle().upgradeProblems(state, plan), graph.describe());
            }
        }
    }

    @Test
    void everyPlanIsValidAndEndsAtTheMaximalAppliedRevisions() {
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case graph = Case.of(seed);
            List<String> ids = graph.oracle().ids();
            Random random = new Random(seed);
            for (List<String> state : graph.states()) {
                String target = ids.get(random.nextInt(ids.size()));
                String context = graph.describe() + " from " + state + " to " + target;
                Plan up = graph.planner().upgrade(state, target);
                assertEquals(List.of(), graph.oracle().upgradeProblems(state, up), context);
                Set<String> applied = graph.oracle().ancestors(state);
                Set<String> above = new HashSet<>(graph.oracle().descendantsThroughParents(List.of(target)));
                above.remove(target);
                above.retainAll(applied);
                if (applied.contains(target) && above.isEmpty() && !state.contains(target)) {
                    // applied only as a dependency: nothing revises it, so there is nothing to undo (Alembic too)
                    assertThrows(
                            RangeNotAncestorException.class,
                            () -> graph.planner().downgrade(state, target));
                } else if (applied.contains(target)) {
                    Plan down = graph.planner().downgrade(state, target);
                    assertEquals(List.of(), graph.oracle().downgradeProblems(state, down), context);
                    assertTrue(graph.oracle().ancestors(down.endHeads()).contains(target), context);
                }
            }
        }
    }

    @Test
    void downgradeToBaseIsTheUpgradeFromBaseReversed() {
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case graph = Case.of(seed);
            List<String> heads = List.copyOf(graph.oracle().realHeads());
            List<String> up = new ArrayList<>(ids(graph.planner().upgrade(List.of(), "heads")));
            Plan down = graph.planner().downgrade(heads, "base");
            Collections.reverse(up);
            assertEquals(up, ids(down), graph.describe());
            assertEquals(List.of(), down.endHeads(), graph.describe());
            for (String revision : graph.oracle().ids()) {
                List<String> upToRevision = new ArrayList<>(ids(graph.planner().upgrade(List.of(), revision)));
                Collections.reverse(upToRevision);
                assertEquals(
                        upToRevision,
                        ids(graph.planner().downgrade(List.of(revision), "base")),
                        graph.describe() + " at " + revision);
            }
        }
    }

    @Test
    void upgradeThenDowngradeReturnsToTheStart() {
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case graph = Case.of(seed);
            GraphOracle oracle = graph.oracle();
            for (String target : oracle.ids()) {
                Plan fromBase = graph.planner().upgrade(List.of(), target);
                Plan back = graph.planner().downgrade(fromBase.endHeads(), "base");
                assertEquals(List.of(), back.endHeads(), graph.describe());
                assertEquals(new TreeSet<>(ids(fromBase)), new TreeSet<>(ids(back)), graph.describe());
                for (String start : oracle.ids()) {
                    Set<String> needs = new HashSet<>(oracle.ancestors(List.of(target)));
                    needs.removeAll(oracle.ancestors(List.of(start)));
                    if (needs.isEmpty()
                            || !oracle.descendantsThroughParents(List.of(start)).containsAll(needs)) {
                        continue;
                    }
                    String context = graph.describe() + " from " + start + " to " + target;
                    Plan up = graph.planner().upgrade(List.of(start), target);
                    Plan down = graph.planner().downgrade(up.endHeads(), start);
                    assertEquals(List.of(start), down.endHeads(), context);
                    assertEquals(new TreeSet<>(ids(up)), new TreeSet<>(ids(down)), context);
                }
            }
        }
    }

    @Test
    void plusNThenMinusNReturnsToTheStart() {
        int compared = 0;
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case graph = Case.of(seed);
            List<List<String>> starts = new ArrayList<>();
            starts.add(List.of());
            Random random = new Random(seed);
            List<String> ids = graph.oracle().ids();
            for (int i = 0; i < 8; i++) {
                starts.add(List.of(ids.get(random.nextInt(ids.size()))));
            }
            for (List<String> start : starts) {
                for (int steps = 1; steps <= 3; steps++) {
                    String context = graph.describe() + " from " + start + " +" + steps;
                    Plan up;
                    try {
                        up = graph.planner().upgrade(start, "+" + steps);
                    } catch (GraphException e) {
                        assertEquals(GraphException.Kind.BAD_WALK, e.kind(), context);
                        break;
                    }
                    assertEquals(List.of(), graph.oracle().upgradeProblems(start, up), context);
                    assertTrue(up.steps().size() >= steps, context);
                    if (up.steps().size() > steps) {
                        continue; // it also ran revisions of other branches that these depend on
                    }
                    Plan down = graph.planner().downgrade(up.endHeads(), "-" + steps);
                    assertEquals(start, down.endHeads(), context);
                    assertEquals(new TreeSet<>(ids(up)), new TreeSet<>(ids(down)), context);
                    compared++;
                }
            }
        }
        assertTrue(compared > 500, "only " + compared + " +N/-N pairs compared");
    }

    @Test
    void stampSetsTheTargetsAndKeepsUnrelatedRows() {
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case graph = Case.of(seed);
            GraphOracle oracle = graph.oracle();
            List<String> ids = oracle.ids();
            Random random = new Random(seed);
            for (List<String> state : graph.states()) {
                List<String> targets =
                        List.of(ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size())));
                for (List<String> stamped : List.of(targets.subList(0, 1), targets)) {
                    String context = graph.describe() + " from " + state + " stamp " + stamped;
                    Set<String> related = new HashSet<>();
                    boolean overlap = false;
                    for (String target : stamped) {
                        Set<String> below = oracle.ancestors(List.of(target));
                        overlap |= stamped.stream().anyMatch(other -> !other.equals(target) && below.contains(other));
                        related.addAll(below);
                        related.addAll(oracle.descendants(List.of(target)));
                    }
                    if (overlap) {
                        GraphException e = assertThrows(
                                GraphException.class, () -> graph.planner().stamp(state, stamped, false));
                        assertEquals(GraphException.Kind.OVERLAP, e.kind(), context);
                        continue;
                    }
                    Set<String> expected = new TreeSet<>(stamped);
                    state.stream().filter(row -> !related.contains(row)).forEach(expected::add);
                    StampPlan stamp = graph.planner().stamp(state, stamped, false);
                    assertEquals(expected, new TreeSet<>(stamp.endHeads()), context);
                    assertEquals(expected.size(), stamp.endHeads().size(), context);
                    assertEquals(
                            new TreeSet<>(stamped),
                            new TreeSet<>(
                                    graph.planner().stamp(state, stamped, true).endHeads()),
                            context);
                }
            }
        }
    }

    @Test
    void historyOfARangeIsEverythingBetweenItsEnds() {
        for (long seed = 0; seed < GRAPHS; seed++) {
            Case graph = Case.of(seed);
            GraphOracle oracle = graph.oracle();
            List<String> all = ids(graph.planner().history(null, null));
            assertEquals(new TreeSet<>(oracle.ids()), new TreeSet<>(all), graph.describe());
            assertEquals(List.of(), oracle.newestFirstProblems(all), graph.describe());
            Random random = new Random(seed);
            List<String> ids = oracle.ids();
            for (int pair = 0; pair < 25; pair++) {
                String lower = ids.get(random.nextInt(ids.size()));
                String upper = ids.get(random.nextInt(ids.size()));
                checkHistory(graph, lower, upper);
                String context = graph.describe() + " history " + lower + ":";
                assertEquals(
                        new TreeSet<>(oracle.ancestors(List.of(upper))),
                        new TreeSet<>(ids(graph.planner().history(null, upper))),
                        context + upper);
                assertEquals(
                        new TreeSet<>(oracle.descendantsThroughParents(List.of(lower))),
                        new TreeSet<>(ids(graph.planner().history(lower, null))),
                        context + "heads");
            }
        }
    }

    /** History from {@code lower} to {@code upper}: what lies above the one and below the other. */
    private static void checkHistory(Case graph, String lower, String upper) {
        String context = graph.describe() + " history " + lower + ":" + upper;
        Set<String> below = graph.oracle().ancestors(List.of(upper));
        if (!below.contains(lower)) {
            assertThrows(RangeNotAncestorException.class, () -> graph.planner().history(lower, upper), context);
            return;
        }
        Set<String> between = new TreeSet<>(graph.oracle().descendantsThroughParents(List.of(lower)));
        between.retainAll(below);
        List<String> history = ids(graph.planner().history(lower, upper));
        assertEquals(between, new TreeSet<>(history), context);
        assertEquals(List.of(), graph.oracle().newestFirstProblems(history), context);
    }

    @Test
    void tenThousandRevisionsWithBranchesAndMerges() {
        List<Revision> revisions = RandomGraphs.longHistory(10_000, 50);
        GraphOracle oracle = new GraphOracle(revisions);
        RevisionGraph graph = RevisionGraph.of(revisions);
        MigrationPlanner planner = new MigrationPlanner(graph);

        Set<String> heads = new TreeSet<>(RevisionNode.ids(graph.realHeads()));
        assertEquals(oracle.realHeads(), heads);
        assertEquals(20, heads.size()); // the main line and every tenth of ~199 side branches

        List<String> history = RevisionNode.ids(planner.history(null, null));
        assertEquals(10_000, history.size());
        assertEquals(List.of(), oracle.newestFirstProblems(history));

        Plan up = planner.upgrade(List.of(), "heads");
        assertEquals(10_000, up.steps().size());
        assertEquals(List.of(), oracle.upgradeProblems(List.of(), up));
        assertEquals(heads, new TreeSet<>(up.endHeads()));

        String middle = oracle.ids().subList(5000, 10_000).stream()
                .filter(id -> id.startsWith("m"))
                .findFirst()
                .orElseThrow();
        Plan rest = planner.upgrade(List.of(middle), "heads");
        Set<String> missing = new TreeSet<>(oracle.ids());
        missing.removeAll(oracle.ancestors(List.of(middle)));
        assertEquals(missing, new TreeSet<>(ids(rest)));
        assertEquals(List.of(), oracle.upgradeProblems(List.of(middle), rest));

        Plan down = planner.downgrade(up.endHeads(), middle);
        assertEquals(List.of(), oracle.downgradeProblems(up.endHeads(), down));

        Plan half = planner.upgrade(List.of(), "+5000");
        assertEquals(5000, half.steps().size());
        assertEquals(List.of(), oracle.upgradeProblems(List.of(), half));
        Plan undo = planner.downgrade(half.endHeads(), "-5000");
        assertEquals(List.of(), undo.endHeads());
    }

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(step -> step.revision().id()).toList();
    }

    private static List<String> ids(List<RevisionNode> nodes) {
        return RevisionNode.ids(nodes);
    }
}
