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

    /** base1 <- left (label lft) <- left2, base1 <- right (label rgt), left2 + right <- join. */
    private static MigrationPlanner labelled() {
        return new MigrationPlanner(RevisionGraph.of(List.of(
                Revision.of("base1"),
                new Revision("left", List.of("base1"), List.of(), List.of("lft")),
                Revision.of("left2", "left"),
                new Revision("right", List.of("base1"), List.of(), List.of("rgt")),
                Revision.of("join", "left2", "right"))));
    }

    @Test
    void branchPlusOneFromAnotherBranchStartsAtTheBranchPoint() {
        // Alembic backtracks from left2 to base1, the last applied revision of rgt's branch
        assertEquals("right", ids(labelled().upgrade(List.of("left2"), "rgt@+1")));
    }

    @Test
    void branchQualifiesTheRevisionOnlyWhenWalkingDown() {
        // left2 is not on rgt's branch, but its child join is: Alembic walks up from left2
        assertEquals("right join", ids(labelled().upgrade(List.of("left2"), "rgt@left2+1")));
    }

    @Test
    void stampKeepsRowsNeitherAboveNorBelowTheTarget() {
        MigrationPlanner planner = new MigrationPlanner(RevisionGraph.of(List.of(
                new Revision("x1", List.of(), List.of(), List.of("xbr")),
                Revision.of("x2", "x1"),
                Revision.of("x3", "x2"),
                Revision.of("y1"),
                new Revision("y2", List.of("y1"), List.of("x2"), List.of()))));
        // y2 depends on x2, so it shares lineage with xbr's owner x1, but not with x3 itself
        assertEquals(
                List.of("x3", "y2"),
                planner.stamp(List.of("y2"), List.of("xbr@head"), false).endHeads());
    }

    @Test
    void minusOneUndoesWhatWasAppliedLastWhenTheHistorySaysSo() {
        RevisionGraph graph = RevisionGraph.of(
                List.of(Revision.of("base1"), Revision.of("left", "base1"), Revision.of("right", "base1")));
        MigrationPlanner planner = new MigrationPlanner(graph);
        assertEquals("right", ids(planner.downgrade(List.of("left", "right"), "-1")));
        assertEquals("left", ids(planner.downgrade(List.of("left", "right"), "-1", List.of("left", "right", "base1"))));
        assertEquals(
                "left right",
                ids(planner.downgrade(List.of("left", "right"), "-2", List.of("left", "gone", "right", "base1"))));
        assertEquals("right", ids(planner.downgrade(List.of("left", "right"), "-1", List.of("unknown"))));
    }
}
