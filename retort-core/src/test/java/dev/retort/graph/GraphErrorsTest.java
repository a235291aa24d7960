package dev.retort.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every bad graph and every bad question gets the right exception, kind, message and revisions. */
class GraphErrorsTest {
    private static final Revision A = Revision.of("aaaa1");
    private static final Revision B = Revision.of("bbbb2", "aaaa1");
    private static final Revision C = Revision.of("cccc3", "bbbb2");

    private static MigrationPlanner linear() {
        return new MigrationPlanner(RevisionGraph.of(List.of(A, B, C)));
    }

    /** aaaa1 <- bbbb2 <- cccc3, and aaaa1 <- dddd4: two heads. */
    private static MigrationPlanner forked() {
        return new MigrationPlanner(RevisionGraph.of(List.of(A, B, C, Revision.of("dddd4", "aaaa1"))));
    }

    private static GraphException assertGraphError(
            GraphException.Kind kind, String message, List<String> revisions, Executable executable) {
        GraphException e = assertThrows(GraphException.class, executable);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(message, e.getMessage());
        assertEquals(revisions, e.revisions());
        return e;
    }

    private static GraphException assertBadGraph(
            GraphException.Kind kind, String message, List<String> revisions, Revision... declared) {
        return assertGraphError(kind, message, revisions, () -> RevisionGraph.of(List.of(declared)));
    }

    private static Revision revision(String id, List<String> parents, List<String> dependsOn, List<String> labels) {
        return new Revision(id, parents, dependsOn, labels);
    }

    @Test
    void cycle() {
        assertBadGraph(
                GraphException.Kind.CYCLE,
                "Cycle is detected in revisions (x1, x2, x3)",
                List.of("x1", "x2", "x3"),
                Revision.of("base"),
                Revision.of("x1", "x3"),
                Revision.of("x2", "x1"),
                Revision.of("x3", "x2"),
                Revision.of("top", "base"));
    }

    @Test
    void cycleReachableFromABaseAndAHead() {
        // Alembic misses this one: every revision is reachable from both a head and a base
        assertBadGraph(
                GraphException.Kind.CYCLE,
                "Cycle is detected in revisions (c1, c2)",
                List.of("c1", "c2"),
                Revision.of("b"),
                Revision.of("c1", "b", "c2"),
                Revision.of("c2", "c1"),
                Revision.of("x", "c2"));
    }

    @Test
    void selfLoop() {
        assertBadGraph(
                GraphException.Kind.CYCLE,
                "Self-loop is detected in revisions (x1)",
                List.of("x1"),
                Revision.of("base"),
                Revision.of("x1", "base", "x1"));
    }

    @Test
    void dependencyCycle() {
        assertBadGraph(
                GraphException.Kind.DEPENDENCY_CYCLE,
                "Dependency cycle is detected in revisions (d1, d2)",
                List.of("d1", "d2"),
                revision("d1", List.of(), List.of("d2"), List.of()),
                revision("d2", List.of(), List.of("d1"), List.of()));
        assertBadGraph(
                GraphException.Kind.DEPENDENCY_CYCLE,
                "Dependency cycle is detected in revisions (d1, d2)",
                List.of("d1", "d2"),
                revision("d1", List.of(), List.of("lab"), List.of()),
                revision("d2", List.of("d1"), List.of(), List.of("lab")));
    }

    @Test
    void dependencySelfLoop() {
        assertBadGraph(
                GraphException.Kind.DEPENDENCY_CYCLE,
                "Dependency self-loop is detected in revisions (d1)",
                List.of("d1"),
                revision("d1", List.of(), List.of("d1"), List.of()));
        assertBadGraph(
                GraphException.Kind.DEPENDENCY_CYCLE,
                "Dependency self-loop is detected in revisions (d1)",
                List.of("d1"),
                revision("d1", List.of(), List.of("own"), List.of("own")));
    }

    @Test
    void missingParent() {
        assertBadGraph(
                GraphException.Kind.MISSING_PARENT,
                "Revision gone referenced from bbbb2 is not present",
                List.of("bbbb2", "gone"),
                A,
                Revision.of("bbbb2", "aaaa1", "gone"));
    }

    @Test
    void missingDependency() {
        assertBadGraph(
                GraphException.Kind.MISSING_DEPENDENCY,
                "Revision bbbb2 depends on 'gone', which is neither a revision nor a branch label",
                List.of("bbbb2", "gone"),
                A,
                revision("bbbb2", List.of("aaaa1"), List.of("gone"), List.of()));
    }

    @Test
    void duplicateId() {
        assertBadGraph(
                GraphException.Kind.DUPLICATE_REVISION,
                "Revision aaaa1 is present more than once",
                List.of("aaaa1"),
                A,
                B,
                Revision.of("aaaa1", "bbbb2"));
    }

    @Test
    void invalidIdCharacters() {
        for (String id : List.of("a-b", "a+b", "a@b", "a b", "a:b", "", "é")) {
            assertBadGraph(
                    GraphException.Kind.INVALID_ID,
                    "Revision id '" + id + "' is not allowed: use letters, digits and underscores only",
                    List.of(id),
                    A,
                    Revision.of(id, "aaaa1"));
        }
    }

    @Test
    void branchLabelDeclaredTwice() {
        assertBadGraph(
                GraphException.Kind.DUPLICATE_BRANCH_LABEL,
                "Branch name 'feature' in revision bbbb2 already used by revision aaaa1",
                List.of("bbbb2", "aaaa1"),
                revision("aaaa1", List.of(), List.of(), List.of("feature")),
                revision("bbbb2", List.of("aaaa1"), List.of(), List.of("feature")));
    }

    @Test
    void branchLabelEqualToARevisionId() {
        assertBadGraph(
                GraphException.Kind.DUPLICATE_BRANCH_LABEL,
                "Branch name 'aaaa1' in revision bbbb2 already used by revision aaaa1",
                List.of("bbbb2", "aaaa1"),
                A,
                revision("bbbb2", List.of("aaaa1"), List.of(), List.of("aaaa1")));
    }

    @Test
    void ambiguousPartialIdListsTenCandidatesThenHowManyMore() {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            revisions.add(Revision.of(String.format("abcd%02d", i)));
        }
        RevisionGraph graph = RevisionGraph.of(revisions);
        ResolutionException e = assertThrows(ResolutionException.class, () -> graph.resolve("abcd"));
        assertEquals(
                "Multiple revisions start with 'abcd': 'abcd00', 'abcd01', 'abcd02', 'abcd03', 'abcd04', 'abcd05',"
                        + " 'abcd06', 'abcd07', 'abcd08', 'abcd09' and 3 more",
                e.getMessage());
        assertEquals(13, e.candidates().size());
        assertEquals("abcd", e.argument());

        ResolutionException few = assertThrows(ResolutionException.class, () -> graph.resolve("abcd1"));
        assertEquals("Multiple revisions start with 'abcd1': 'abcd10', 'abcd11', 'abcd12'", few.getMessage());
        assertEquals(List.of("abcd10", "abcd11", "abcd12"), few.candidates());
    }

    @Test
    void unknownTarget() {
        ResolutionException e = assertThrows(ResolutionException.class, () -> linear().upgrade(List.of(), "zzzz9"));
        assertEquals("No such revision or branch 'zzzz9'", e.getMessage());
        assertEquals("zzzz9", e.argument());
        ResolutionException tooShort = assertThrows(ResolutionException.class, () -> linear().upgrade(List.of(), "zz"));
        assertEquals(
                "No such revision or branch 'zz'; please ensure at least four characters are present for partial"
                        + " revision identifier matches",
                tooShort.getMessage());
        ResolutionException branch =
                assertThrows(ResolutionException.class, () -> linear().upgrade(List.of(), "nolabel@+1"));
        assertEquals("No such branch: 'nolabel'", branch.getMessage());
    }

    @Test
    void revisionNotOnTheBranch() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                A, revision("bbbb2", List.of("aaaa1"), List.of(), List.of("left")), Revision.of("dddd4", "aaaa1")));
        ResolutionException e = assertThrows(ResolutionException.class, () -> graph.resolve("left@dddd4"));
        assertEquals("Revision dddd4 is not a member of branch 'left'", e.getMessage());
    }

    @Test
    void headWithSeveralHeads() {
        MultipleHeadsException e =
                assertThrows(MultipleHeadsException.class, () -> forked().upgrade(List.of(), "head"));
        assertEquals(List.of("cccc3", "dddd4"), e.heads());
        assertEquals("head", e.argument());
        assertEquals("Multiple heads are present for given argument 'head'; cccc3, dddd4", e.getMessage());
        MultipleHeadsException one = assertThrows(
                MultipleHeadsException.class,
                () -> RevisionGraph.of(List.of(A, B, C, Revision.of("dddd4", "aaaa1")))
                        .resolveOne("heads"));
        assertEquals(List.of("cccc3", "dddd4"), one.heads());
    }

    @Test
    void overlappingStampTargets() {
        assertGraphError(
                GraphException.Kind.OVERLAP,
                "Requested revision cccc3 overlaps with other requested revisions aaaa1",
                List.of("cccc3", "aaaa1"),
                () -> linear().stamp(List.of(), List.of("aaaa1", "cccc3"), false));
    }

    @Test
    void overlappingStampTargetsNamedBySymbols() {
        assertGraphError(
                GraphException.Kind.OVERLAP,
                "Requested revision cccc3 overlaps with other requested revisions bbbb2",
                List.of("cccc3", "bbbb2"),
                () -> linear().stamp(List.of("aaaa1"), List.of("bbbb2", "heads"), true));
    }

    @Test
    void versionTableRowsThatOverlap() {
        for (Executable planning : List.<Executable>of(
                () -> linear().upgrade(List.of("cccc3", "aaaa1"), "heads"),
                () -> linear().downgrade(List.of("cccc3", "aaaa1"), "base"),
                () -> linear().stamp(List.of("cccc3", "aaaa1"), List.of("bbbb2"), false))) {
            assertGraphError(
                    GraphException.Kind.OVERLAP,
                    "The version table lists both cccc3 and its ancestor aaaa1",
                    List.of("cccc3", "aaaa1"),
                    planning);
        }
    }

    @Test
    void versionTableNamingAnUnknownRevision() {
        for (Executable planning : List.<Executable>of(
                () -> linear().upgrade(List.of("ffff0"), "heads"),
                () -> linear().downgrade(List.of("ffff0"), "base"),
                () -> linear().stamp(List.of("ffff0"), List.of("bbbb2"), false))) {
            ResolutionException e = assertThrows(ResolutionException.class, planning);
            assertEquals("No such revision or branch 'ffff0'", e.getMessage());
            assertEquals("ffff0", e.argument());
        }
    }

    @Test
    void relativeStepsThatWalkTooFar() {
        assertGraphError(
                GraphException.Kind.BAD_WALK,
                "Relative revision +3 didn't produce 3 migrations: only 2 pending",
                List.of("bbbb2", "cccc3"),
                () -> linear().upgrade(List.of("aaaa1"), "+3"));
        assertGraphError(
                GraphException.Kind.BAD_WALK,
                "Relative revision +1 didn't produce 1 migrations: nothing is pending",
                List.of(),
                () -> linear().upgrade(List.of("cccc3"), "+1"));
        assertGraphError(
                GraphException.Kind.BAD_WALK,
                "Relative revision -4 didn't produce 4 migrations: only 3 applied",
                List.of("cccc3", "bbbb2", "aaaa1"),
                () -> linear().downgrade(List.of("cccc3"), "-4"));
        assertGraphError(
                GraphException.Kind.BAD_WALK,
                "Relative revision -1 didn't produce 1 migrations: nothing is applied",
                List.of(),
                () -> linear().downgrade(List.of(), "-1"));
        assertGraphError(
                GraphException.Kind.BAD_WALK,
                "Walked too far: aaaa1+3 goes past the end of the graph",
                List.of(),
                () -> linear().upgrade(List.of(), "aaaa1+3"));
        assertGraphError(
                GraphException.Kind.BAD_WALK,
                "Walked too far: bbbb2-3 goes past the end of the graph",
                List.of(),
                () -> linear().downgrade(List.of("cccc3"), "bbbb2-3"));
    }

    @Test
    void relativeStepsTheWrongWay() {
        assertGraphError(
                GraphException.Kind.BAD_WALK,
                "Relative revision -1 didn't produce 1 migrations: an upgrade goes up; use a positive number such"
                        + " as +1",
                List.of(),
                () -> linear().upgrade(List.of("cccc3"), "-1"));
        assertGraphError(
                GraphException.Kind.BAD_WALK,
                "Relative revision +1 didn't produce 1 migrations: a downgrade goes down; use a negative number"
                        + " such as -1",
                List.of(),
                () -> linear().downgrade(List.of("aaaa1"), "+1"));
    }

    @Test
    void ambiguousWalkFromARevision() {
        assertGraphError(
                GraphException.Kind.BAD_WALK,
                "Ambiguous walk: aaaa1 is followed by bbbb2, dddd4; name the branch, as in '<branchname>@+1', or"
                        + " the revision itself",
                List.of("bbbb2", "dddd4"),
                () -> forked().upgrade(List.of(), "aaaa1+1"));
        MigrationPlanner merged = new MigrationPlanner(
                RevisionGraph.of(List.of(A, B, Revision.of("dddd4", "aaaa1"), Revision.of("eeee5", "bbbb2", "dddd4"))));
        assertGraphError(
                GraphException.Kind.BAD_WALK,
                "Ambiguous walk: eeee5 is a merge point of bbbb2, dddd4; walk down from one of them instead, as in"
                        + " 'bbbb2-1'",
                List.of("bbbb2", "dddd4"),
                () -> merged.downgrade(List.of("eeee5"), "eeee5-1"));
    }

    @Test
    void downgradeToARevisionThatIsNotApplied() {
        RangeNotAncestorException e =
                assertThrows(RangeNotAncestorException.class, () -> forked().downgrade(List.of("dddd4"), "bbbb2"));
        assertEquals("bbbb2", e.lower());
        assertEquals("dddd4", e.upper());
    }

    @Test
    void historyRangeNotAlongOneBranch() {
        RangeNotAncestorException e =
                assertThrows(RangeNotAncestorException.class, () -> forked().history("dddd4", "cccc3"));
        assertEquals("Revision dddd4 is not an ancestor of revision cccc3", e.getMessage());
        assertEquals(List.of("dddd4", "cccc3"), e.revisions());
    }
}
