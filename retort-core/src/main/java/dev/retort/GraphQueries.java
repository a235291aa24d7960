package dev.retort;

import dev.retort.graph.MigrationPlanner;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionNode;
import dev.retort.script.ScriptDirectory;
import java.util.ArrayList;
import java.util.List;

/** Answers {@code heads}, {@code branches}, {@code history} and {@code show} from the script directory. */
final class GraphQueries {
    private final ScriptDirectory directory;
    private final GraphErrors errors;
    private final RevisionInfos infos;

    GraphQueries(ScriptDirectory directory) {
        this.directory = directory;
        this.errors = GraphErrors.of(directory);
        this.infos = new RevisionInfos(directory);
    }

    List<RevisionInfo> heads(boolean resolveDependencies) {
        RevisionGraph graph = graph();
        return infos.of(resolveDependencies ? graph.realHeads() : graph.heads());
    }

    List<RevisionInfo> history(String range) {
        String lower = null;
        String upper = null;
        if (range != null) {
            String[] ends = range.strip().split(":", -1);
            if (ends.length != 2) {
                throw new UsageException(
                        "History range requires [start]:[end], [start]:, or :[end]; got '" + range + "'",
                        "for example `retort history -r base:head` or `retort history -r ae1027a6acf:`");
            }
            lower = ends[0];
            upper = ends[1];
        }
        String lowerEnd = lower;
        String upperEnd = upper;
        RevisionGraph graph = graph();
        List<RevisionNode> nodes = errors.run(() -> new MigrationPlanner(graph).history(lowerEnd, upperEnd));
        return infos.of(nodes);
    }

    List<BranchPoint> branches() {
        RevisionGraph graph = graph();
        List<BranchPoint> points = new ArrayList<>();
        for (RevisionNode node : new MigrationPlanner(graph).history(null, null)) {
            if (node.isBranchPoint()) {
                List<RevisionInfo> branches = new ArrayList<>();
                for (String child : node.childIds()) {
                    branches.add(infos.of(graph.find(child).orElseThrow()));
                }
                points.add(new BranchPoint(infos.of(node), branches));
            }
        }
        return points;
    }

    List<RevisionInfo> show(String revision) {
        RevisionGraph graph = graph();
        List<RevisionNode> nodes = errors.run(() -> graph.resolve(revision));
        if (nodes.isEmpty()) {
            throw new RevisionGraphException(
                    "No revision files indicated by symbol '" + revision + "'",
                    "name a revision, a branch label, 'head' or 'heads'",
                    List.of(),
                    null);
        }
        return infos.of(nodes);
    }

    RevisionGraph graph() {
        return errors.run(directory::graph);
    }
}
