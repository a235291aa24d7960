package dev.retort;

import dev.retort.graph.RevisionNode;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link RevisionInfo} values from graph nodes and their scripts. */
final class RevisionInfos {
    private final ScriptDirectory directory;

    RevisionInfos(ScriptDirectory directory) {
        this.directory = directory;
    }

    RevisionInfo of(RevisionNode node) {
        MigrationScript script = directory
                .script(node.id())
                .orElseThrow(() -> new IllegalStateException("no script for revision " + node.id()));
        List<String> labels = new ArrayList<>(node.branchLabels());
        labels.sort(null);
        return new RevisionInfo(
                node.id(),
                node.parentIds(),
                node.dependsOn(),
                labels,
                node.childIds(),
                script.message(),
                script.created(),
                script.file(),
                node.isRealHead(),
                node.isEffectiveHead(),
                node.isBranchPoint(),
                node.isMergePoint(),
                script.transactional(),
                script.reversible(),
                script.checksum(),
                script.squashes());
    }

    List<RevisionInfo> of(List<RevisionNode> nodes) {
        List<RevisionInfo> infos = new ArrayList<>(nodes.size());
        for (RevisionNode node : nodes) {
            infos.add(of(node));
        }
        return infos;
    }
}
