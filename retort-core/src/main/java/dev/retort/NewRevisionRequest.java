package dev.retort;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code retort revision} and {@code retort merge} are asked to create. Start from
 * {@link #withMessage(String)} and refine with the {@code with...} methods.
 *
 * @param message the one-line message; absent gives "empty message"
 * @param revisionId the id to use; absent generates 12 hex digits
 * @param heads what the new revision revises: {@code head} (default), {@code base}, a revision, or
 *     several revisions for a merge
 * @param splice allow revising a revision that is not a head (starting a branch)
 * @param branchLabels labels to declare on it
 * @param dependsOn revisions or labels it depends on
 * @param versionPath the folder inside {@code versions/} to write it in
 * @param format the script's format, {@code sql} or {@code java}; absent uses the configured one
 */
public record NewRevisionRequest(
        Optional<String> message,
        Optional<String> revisionId,
        List<String> heads,
        boolean splice,
        List<String> branchLabels,
        List<String> dependsOn,
        Optional<Path> versionPath,
        Optional<String> format) {
    /** Copies the lists. */
    public NewRevisionRequest {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(revisionId, "revisionId");
        heads = List.copyOf(heads);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(versionPath, "versionPath");
        Objects.requireNonNull(format, "format");
    }

    /** A request for a revision on the current head with this message (null for none). */
    public static NewRevisionRequest withMessage(String message) {
        return new NewRevisionRequest(
                Optional.ofNullable(message),
                Optional.empty(),
                List.of("head"),
                false,
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    /** The same request with a fixed revision id. */
    public NewRevisionRequest withRevisionId(String id) {
        return new NewRevisionRequest(
                message, Optional.of(id), heads, splice, branchLabels, dependsOn, versionPath, format);
    }

    /** The same request revising {@code heads} instead. */
    public NewRevisionRequest withHeads(List<String> newHeads) {
        return new NewRevisionRequest(
                message, revisionId, newHeads, splice, branchLabels, dependsOn, versionPath, format);
    }

    /** The same request with splicing allowed or not. */
    public NewRevisionRequest withSplice(boolean newSplice) {
        return new NewRevisionRequest(
                message, revisionId, heads, newSplice, branchLabels, dependsOn, versionPath, format);
    }

    /** The same request declaring {@code labels}. */
    public NewRevisionRequest withBranchLabels(List<String> labels) {
        return new NewRevisionRequest(message, revisionId, heads, splice, labels, dependsOn, versionPath, format);
    }

    /** The same request depending on {@code dependencies}. */
    public NewRevisionRequest withDependsOn(List<String> dependencies) {
        return new NewRevisionRequest(
                message, revisionId, heads, splice, branchLabels, dependencies, versionPath, format);
    }

    /** The same request written into {@code folder}. */
    public NewRevisionRequest withVersionPath(Path folder) {
        return new NewRevisionRequest(
                message, revisionId, heads, splice, branchLabels, dependsOn, Optional.of(folder), format);
    }

    /** The same request written in {@code newFormat} ({@code sql} or {@code java}) instead of the configured one. */
    public NewRevisionRequest withFormat(String newFormat) {
        return new NewRevisionRequest(
                message, revisionId, heads, splice, branchLabels, dependsOn, versionPath, Optional.of(newFormat));
    }
}
