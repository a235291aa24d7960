package dev.retort.graph;

import java.util.List;
import java.util.Objects;

/**
 * One revision as the graph sees it: its id, the revisions it revises (none for a base, two or
 * more for a merge point), the revisions or branch labels it depends on, and the branch labels it
 * declares. Immutable.
 *
 * @param id the revision id
 * @param parents the ids it revises, in declared order
 * @param dependsOn revision ids or branch labels this revision also needs, in declared order
 * @param branchLabels the branch labels declared on this revision
 */
public record Revision(String id, List<String> parents, List<String> dependsOn, List<String> branchLabels) {
    /** Copies the lists so the record stays immutable. */
    public Revision {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
    }

    /** A revision with parents only: no dependencies, no labels. */
    public static Revision of(String id, String... parents) {
        return new Revision(id, List.of(parents), List.of(), List.of());
    }
}
