package dev.retort.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a new script declares: its id, parents, labels, dependencies, message and creation time,
 * its format, and optionally the folder under {@code versions/} to write it in.
 *
 * @param id the new revision id
 * @param parents the revisions it revises (empty for a new base; two or more for a merge)
 * @param branchLabels labels to declare
 * @param dependsOn revisions or labels it depends on
 * @param message the one-line message
 * @param created the creation time to write in the header
 * @param format the script's language
 * @param folder where to write it (a folder inside {@code versions/}); empty for {@code versions/}
 * @param bodies what to write into the upgrade and downgrade sections (autogenerate), or
 *     {@link GeneratedBodies#NONE}
 * @param squashes for a squash baseline, the ids of the revisions it replaces (its {@code
 *     Squashes} header); empty otherwise
 */
public record NewRevision(
        String id,
        List<String> parents,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        String created,
        ScriptFormat format,
        Optional<Path> folder,
        GeneratedBodies bodies,
        List<String> squashes) {
    /** Copies the lists. */
    public NewRevision {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(bodies, "bodies");
        squashes = List.copyOf(squashes);
    }

    /** A revision that is no squash baseline, with {@code bodies} in its sections. */
    public NewRevision(
            String id,
            List<String> parents,
            List<String> branchLabels,
            List<String> dependsOn,
            String message,
            String created,
            ScriptFormat format,
            Optional<Path> folder,
            GeneratedBodies bodies) {
        this(id, parents, branchLabels, dependsOn, message, created, format, folder, bodies, List.of());
    }

    /** A revision with empty upgrade and downgrade sections, as {@code retort revision} writes. */
    public NewRevision(
            String id,
            List<String> parents,
            List<String> branchLabels,
            List<String> dependsOn,
            String message,
            String created,
            ScriptFormat format,
            Optional<Path> folder) {
        this(id, parents, branchLabels, dependsOn, message, created, format, folder, GeneratedBodies.NONE);
    }
}
