package dev.retort;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.script.GeneratedBodies;
import dev.retort.script.MigrationScript;
import dev.retort.script.NewRevision;
import dev.retort.script.RevisionIds;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Creates new revision scripts for {@code revision} and {@code merge}, checking the request first. */
final class RevisionWriter {
    static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String DEFAULT_MESSAGE = "empty message";

    private final RetortConfig config;
    private final ScriptDirectory directory;
    private final RevisionGraph graph;
    private final GraphErrors errors;

    RevisionWriter(RetortConfig config, ScriptDirectory directory, RevisionGraph graph) {
        this.config = config;
        this.directory = directory;
        this.graph = graph;
        this.errors = GraphErrors.of(directory)
                .withMultipleHeads(
                        "Multiple heads are present; please specify the head revision on which the new revision"
                                + " should be based, or perform a merge.",
                        "pass --head <revision>, or join them with `retort merge heads -m \"merge\"`");
    }

    /** Writes a revision on the requested head(s); returns the new script. */
    MigrationScript revision(NewRevisionRequest request) {
        return revision(request, GeneratedBodies.NONE);
    }

    /** Writes a revision on the requested head(s) with generated sections; returns the new script. */
    MigrationScript revision(NewRevisionRequest request, GeneratedBodies bodies) {
        List<String> parents = parents(request.heads(), request.splice());
        return write(request, parents, bodies);
    }

    /** Writes a merge revision joining the requested revisions; returns the new script. */
    MigrationScript merge(NewRevisionRequest request) {
        List<String> parents = parents(request.heads(), false);
        if (parents.size() < 2) {
            String what = String.join(" ", request.heads());
            throw new RevisionGraphException(
                    "Nothing to merge: '" + what + "' is "
                            + (parents.isEmpty() ? "no revision" : "one revision (" + parents.get(0) + ")"),
                    "merge needs two or more heads; `retort heads` lists them",
                    parents,
                    null);
        }
        return write(request, parents, GeneratedBodies.NONE);
    }

    private MigrationScript write(NewRevisionRequest request, List<String> parents, GeneratedBodies bodies) {
        String message = message(request.message());
        String id = request.revisionId().orElseGet(this::freshId);
        checkId(id);
        checkLabels(request.branchLabels());
        List<String> dependsOn = dependencies(request.dependsOn());
        NewRevision revision = new NewRevision(
                id,
                parents,
                request.branchLabels(),
                dependsOn,
                message,
                LocalDateTime.now(config.clock()).format(CREATED),
                format(request.format().orElse(config.format())),
                request.versionPath(),
                bodies);
        return ScriptErrors.run(() -> directory.write(revision));
    }

    private static ScriptFormat format(String name) {
        return ScriptFormat.named(name)
                .orElseThrow(() -> new UsageException(
                        "unknown format '" + name + "'; expected 'sql' or 'java'",
                        "pass --format sql or --format java"));
    }

    private List<String> parents(List<String> heads, boolean splice) {
        Set<RevisionNode> resolved = new LinkedHashSet<>();
        for (String head : heads) {
            List<RevisionNode> nodes = errors.run(() -> graph.resolve(head));
            for (RevisionNode node : nodes) {
                if (!resolved.add(node)) {
                    throw new UsageException("Duplicate head revisions specified", "name each revision once");
                }
            }
        }
        List<String> parents = new ArrayList<>();
        for (RevisionNode node : resolved) {
            if (!splice && !node.isHead()) {
                throw new RevisionGraphException(
                        "Revision " + node.id() + " is not a head revision; please specify --splice to create a new"
                                + " branch from this revision",
                        "add --splice to start a branch there, or revise a head (`retort heads` lists them)",
                        List.of(node.id()),
                        null);
            }
            parents.add(node.id());
        }
        return parents;
    }

    static String message(Optional<String> message) {
        if (message.isEmpty()) {
            return DEFAULT_MESSAGE;
        }
        String text = message.get().strip();
        if (text.isEmpty()) {
            throw new UsageException(
                    "the message given with -m is empty", "describe the change, e.g. -m \"add user email\"");
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new UsageException(
                    "the message given with -m spans several lines",
                    "give a one-line message; details belong in the" + " script as SQL comments");
        }
        return text;
    }

    private String freshId() {
        String id = RevisionIds.generate();
        while (graph.find(id).isPresent()) {
            id = RevisionIds.generate();
        }
        return id;
    }

    private void checkId(String id) {
        if (!RevisionIds.isValid(id)) {
            Set<String> bad = new TreeSet<>();
            for (char c : id.toCharArray()) {
                if (!RevisionIds.isValid(String.valueOf(c))) {
                    bad.add(String.valueOf(c));
                }
            }
            throw new UsageException(
                    "Character(s) '" + String.join(", ", bad) + "' not allowed in revision identifier '" + id + "'",
                    "use letters, digits and underscores");
        }
        Optional<MigrationScript> existing = directory.script(id);
        if (existing.isPresent()) {
            throw new RevisionGraphException(
                    "Revision " + id + " already exists: "
                            + DisplayPaths.of(existing.get().file()),
                    "choose another --rev-id, or leave it out to generate one",
                    List.of(id),
                    null);
        }
        if (graph.labelOwner(id).isPresent()) {
            throw new RevisionGraphException(
                    "Revision id " + id + " is already a branch label of revision "
                            + graph.labelOwner(id).get().id(),
                    "choose another --rev-id",
                    List.of(id),
                    null);
        }
    }

    private void checkLabels(List<String> labels) {
        for (String label : labels) {
            if (!RevisionIds.isValid(label)) {
                throw new UsageException(
                        "Branch label '" + label + "' is not allowed", "use letters, digits and underscores");
            }
            Optional<RevisionNode> owner = graph.labelOwner(label).or(() -> graph.find(label));
            if (owner.isPresent()) {
                throw new RevisionGraphException(
                        "Branch name '" + label + "' already used by revision "
                                + owner.get().id(),
                        "choose another --branch-label",
                        List.of(owner.get().id()),
                        null);
            }
        }
    }

    private List<String> dependencies(List<String> dependsOn) {
        List<String> resolved = new ArrayList<>();
        for (String dependency : dependsOn) {
            RevisionNode node = errors.run(() -> graph.resolveOne(dependency))
                    .orElseThrow(() -> new UsageException(
                            "--depends-on '" + dependency + "' names no revision", "name a revision or branch label"));
            String kept = node.branchLabels().contains(dependency)
                            && graph.labelOwner(dependency).isPresent()
                    ? dependency
                    : node.id();
            if (!resolved.contains(kept)) {
                resolved.add(kept);
            }
        }
        return resolved;
    }
}
