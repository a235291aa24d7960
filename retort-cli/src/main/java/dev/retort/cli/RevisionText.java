package dev.retort.cli;

import dev.retort.RevisionInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Revisions as Alembic prints them: one-line forms for lists, the log entry for verbose output. */
final class RevisionText {
    private RevisionText() {}

    /** Which parts a one-line form shows. */
    record Parts(boolean branches, boolean doc, boolean parents, boolean treeIndicators, boolean headIndicators) {
        /** {@code heads}: labels and head indicators. */
        static final Parts HEADS = new Parts(true, false, false, false, true);
        /** {@code history}: everything. */
        static final Parts HISTORY = new Parts(true, true, true, true, true);
        /** {@code current}: the id and its indicators. */
        static final Parts CURRENT = new Parts(false, false, false, true, true);
        /** A branch point's heading in {@code branches}. */
        static final Parts BRANCH_POINT = new Parts(true, false, false, true, true);
    }

    static String line(RevisionInfo revision, Parts parts, boolean current) {
        StringBuilder text = new StringBuilder(revision.id());
        if (parts.parents()) {
            String dependencies =
                    revision.dependsOn().isEmpty() ? "" : " (" + String.join(", ", revision.dependsOn()) + ")";
            text.insert(0, down(revision) + dependencies + " -> ");
        }
        if (parts.branches() && !revision.branchLabels().isEmpty()) {
            text.append(" (").append(String.join(", ", revision.branchLabels())).append(')');
        }
        if (parts.headIndicators() || parts.treeIndicators()) {
            text.append(revision.head() ? " (head)" : "");
            text.append(revision.effectiveHead() ? " (effective head)" : "");
            text.append(current ? " (current)" : "");
        }
        if (parts.treeIndicators()) {
            text.append(revision.branchPoint() ? " (branchpoint)" : "");
            text.append(revision.mergePoint() ? " (mergepoint)" : "");
        }
        if (parts.doc()) {
            text.append(", ").append(revision.message());
        }
        return text.toString();
    }

    /** The multi-line entry of {@code history -v}, {@code show} and {@code heads -v}, ending in a blank line. */
    static String entry(RevisionInfo revision, boolean current) {
        StringBuilder text = new StringBuilder("Rev: ").append(revision.id());
        text.append(revision.head() || revision.effectiveHead() ? " (head)" : "");
        text.append(revision.branchPoint() ? " (branchpoint)" : "");
        text.append(revision.mergePoint() ? " (mergepoint)" : "");
        text.append(current ? " (current)" : "").append('\n');
        text.append(revision.mergePoint() ? "Merges: " : "Parent: ")
                .append(down(revision))
                .append('\n');
        if (!revision.dependsOn().isEmpty()) {
            text.append("Also depends on: ")
                    .append(String.join(", ", revision.dependsOn()))
                    .append('\n');
        }
        if (revision.branchPoint()) {
            text.append("Branches into: ")
                    .append(String.join(", ", revision.children()))
                    .append('\n');
        }
        if (!revision.branchLabels().isEmpty()) {
            text.append("Branch names: ")
                    .append(String.join(", ", revision.branchLabels()))
                    .append('\n');
        }
        if (!revision.squashes().isEmpty()) {
            text.append("Squashes: ")
                    .append(String.join(", ", revision.squashes()))
                    .append('\n');
        }
        text.append("Path: ").append(display(revision.path())).append("\n\n");
        for (String line : longDoc(revision)) {
            text.append(line.isEmpty() ? "" : "    " + line).append('\n');
        }
        return text.toString();
    }

    /** The parents as Alembic writes them: {@code <base>} or a comma-separated list. */
    static String down(RevisionInfo revision) {
        return revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
    }

    /** The revision as a JSON object. */
    static Map<String, Object> json(RevisionInfo revision) {
        Map<String, Object> json = Json.object();
        json.put("id", revision.id());
        json.put("parents", revision.parents());
        json.put("depends_on", revision.dependsOn());
        json.put("branch_labels", revision.branchLabels());
        json.put("children", revision.children());
        json.put("message", revision.message());
        json.put("created", revision.created());
        json.put("path", display(revision.path()));
        json.put("head", revision.head());
        json.put("effective_head", revision.effectiveHead());
        json.put("base", revision.base());
        json.put("branch_point", revision.branchPoint());
        json.put("merge_point", revision.mergePoint());
        json.put("transactional", revision.transactional());
        json.put("reversible", revision.reversible());
        json.put("checksum", revision.checksum());
        json.put("squashes", revision.squashes());
        return json;
    }

    static List<Object> json(List<RevisionInfo> revisions) {
        List<Object> list = new ArrayList<>();
        for (RevisionInfo revision : revisions) {
            list.add(json(revision));
        }
        return list;
    }

    /** A path relative to the working directory when it lies inside it. */
    static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
    }

    private static List<String> longDoc(RevisionInfo revision) {
        List<String> lines = new ArrayList<>();
        lines.add(revision.message());
        lines.add("");
        lines.add("Revision ID: " + revision.id());
        lines.add(("Revises: " + String.join(", ", revision.parents())).strip());
        if (!revision.created().isEmpty()) {
            lines.add("Create Date: " + revision.created());
        }
        return lines;
    }
}
