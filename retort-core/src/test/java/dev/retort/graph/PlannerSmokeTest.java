package dev.retort.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlannerSmokeTest {
    private static String ids(Plan plan) {
        return plan.steps().stream().map(s -> s.revision().id()).collect(Collectors.joining(" "));
    }

    @Test
    void linear() {
        RevisionGraph graph =
                RevisionGraph.of(List.of(Revision.of("a1"), Revision.of("b2", "a1"), Revision.of("c3", "b2")));
        MigrationPlanner planner = new MigrationPlanner(graph);
        assertEquals("a1 b2 c3", ids(planner.upgrade(List.of(), "head")));
        assertEquals("c3 b2", ids(planner.downgrade(List.of("c3"), "a1")));
        assertEquals("c3", ids(planner.downgrade(List.of("c3"), "-1")));
        assertEquals("b2", ids(planner.upgrade(List.of("a1"), "+1")));
        assertEquals("c3 b2 a1", ids(planner.downgrade(List.of("c3"), "base")));
        assertEquals(List.of("c3"), planner.upgrade(List.of(), "head").endHeads());
    }

    @Test
    void mergePoint() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                Revision.of("base1"),
                Revision.of("left", "base1"),
                Revision.of("right", "base1"),
                Revision.of("merge", "left", "right")));
        MigrationPlanner planner = new MigrationPlanner(graph);
        Plan up = planner.upgrade(List.of(), "heads");
        assertEquals("base1 left right merge", ids(up));
        assertEquals(
                "[VersionChange[kind=DELETE, from=left, to=null], VersionChange[kind=UPDATE, from=right, to=merge]]",
                up.steps().get(3).versionChanges().toString());
        Plan down = planner.downgrade(List.of("merge"), "-1");
        assertEquals("merge", ids(down));
        assertEquals(List.of("left", "right"), down.endHeads());
        assertEquals("merge right", ids(planner.downgrade(List.of("merge"), "-2")));
    }
}
