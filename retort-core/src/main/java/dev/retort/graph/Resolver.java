package dev.retort.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns identifiers into revisions: symbols ({@code head}, {@code heads}, {@code base}), full and
 * partial ids, branch labels and {@code label@...} forms, with Alembic's rules and messages.
 */
final class Resolver {
    /** Partial ids only match revision ids longer than this. */
    private static final int MIN_PARTIAL_MATCH_LENGTH = 4;

    private static final int MAX_LISTED_CANDIDATES = 10;

    private final RevisionGraph graph;

    Resolver(RevisionGraph graph) {
        this.graph = graph;
    }

    /** An identifier split into its branch label (or null) and the ids it stands for. */
    record Symbol(List<String> ids, String branchLabel) {}

    Symbol symbol(String identifier) {
        String label = null;
        String id = identifier;
        if (id != null && id.contains("@")) {
            int at = id.indexOf('@');
            label = id.substring(0, at);
            id = id.substring(at + 1);
        }
        if ("heads".equals(id)) {
            List<RevisionNode> heads =
                    label == null ? graph.realHeads() : filterForLineage(graph.heads(), label, false);
            return new Symbol(RevisionNode.ids(heads), label);
        }
        if ("head".equals(id)) {
            RevisionNode head = currentHead(label);
            return new Symbol(head == null ? List.of() : List.of(head.id()), label);
        }
        if (id == null || id.isEmpty() || "base".equals(id)) {
            return new Symbol(List.of(), label);
        }
        return new Symbol(List.of(id), label);
    }

    List<RevisionNode> resolveAll(String identifier) {
        Symbol symbol = symbol(identifier);
        if (symbol.ids().size() == 1) {
            Integer steps = negativeNumber(symbol.ids().get(0));
            if (steps != null) {
                return walkDownFromHeads(steps, symbol.branchLabel());
            }
        }
        List<RevisionNode> result = new ArrayList<>();
        for (String id : symbol.ids()) {
            RevisionNode node = forIdent(id, symbol.branchLabel());
            if (node != null) {
                result.add(node);
            }
        }
        return result;
    }

    RevisionNode resolveOne(String identifier) {
        Symbol symbol = symbol(identifier);
        if (symbol.ids().size() > 1) {
            throw new MultipleHeadsException(symbol.ids(), identifier);
        }
        return symbol.ids().isEmpty() ? null : forIdent(symbol.ids().get(0), symbol.branchLabel());
    }

    RevisionNode currentHead(String branchLabel) {
        List<RevisionNode> heads = graph.heads();
        if (branchLabel != null && !branchLabel.isEmpty()) {
            heads = filterForLineage(heads, branchLabel, false);
        }
        if (heads.size() > 1) {
            throw new MultipleHeadsException(
                    RevisionNode.ids(heads), branchLabel != null ? branchLabel + "@head" : "head");
        }
        return heads.isEmpty() ? null : heads.get(0);
    }

    /**
     * The revision an exact id, branch label or partial id names, checked to lie on {@code branch}
     * when one is given; null for base.
     */
    RevisionNode forIdent(String id, String branch) {
        RevisionNode branchOwner = branch == null || branch.isEmpty() ? null : resolveBranch(branch);
        if (id == null) {
            return null;
        }
        RevisionNode node = graph.byIdOrLabel(id);
        if (node == null) {
            node = byPartialId(id, branchOwner == null ? null : branch);
        }
        if (branchOwner != null && !graph.sharesLineage(node, List.of(branchOwner), false)) {
            throw new ResolutionException(
                    "Revision " + node.id() + " is not a member of branch '" + branch + "'", id, List.of());
        }
        return node;
    }

    List<RevisionNode> filterForLineage(List<RevisionNode> targets, String checkAgainst, boolean withDependencies) {
        Symbol symbol = symbol(checkAgainst);
        List<RevisionNode> shares = new ArrayList<>();
        if (symbol.branchLabel() != null && !symbol.branchLabel().isEmpty()) {
            shares.add(forIdent(symbol.branchLabel(), null));
        }
        for (String id : symbol.ids()) {
            shares.add(forIdent(id, null));
        }
        List<RevisionNode> result = new ArrayList<>();
        for (RevisionNode target : targets) {
            if (graph.sharesLineage(target, shares, withDependencies)) {
                result.add(target);
            }
        }
        return result;
    }

    RevisionNode resolveBranch(String branch) {
        RevisionNode owner = graph.byIdOrLabel(branch);
        if (owner != null) {
            return owner;
        }
        try {
            return byPartialId(branch, null);
        } catch (ResolutionException e) {
            throw new ResolutionException("No such branch: '" + branch + "'", branch, e.candidates());
        }
    }

    private RevisionNode byPartialId(String prefix, String branch) {
        List<RevisionNode> matches = new ArrayList<>();
        for (RevisionNode node : graph.nodes()) {
            if (node.id().length() >= MIN_PARTIAL_MATCH_LENGTH && node.id().startsWith(prefix)) {
                matches.add(node);
            }
        }
        if (branch != null) {
            matches = filterForLineage(matches, branch, false);
        }
        if (matches.isEmpty()) {
            String advice = prefix.length() < MIN_PARTIAL_MATCH_LENGTH
                    ? "; please ensure at least four characters are present for partial revision identifier matches"
                    : "";
            throw new ResolutionException("No such revision or branch '" + prefix + "'" + advice, prefix, List.of());
        }
        if (matches.size() > 1) {
            List<String> candidates = RevisionNode.ids(matches);
            throw new ResolutionException(
                    "Multiple revisions start with '" + prefix + "': " + listed(candidates), prefix, candidates);
        }
        return matches.get(0);
    }

    private List<RevisionNode> walkDownFromHeads(int steps, String branchLabel) {
        List<RevisionNode> heads = resolveAll("heads");
        List<RevisionNode> result = new ArrayList<>();
        for (RevisionNode head : heads) {
            if (branchLabel != null && !head.branchLabels.contains(branchLabel)) {
                continue;
            }
            Walker.Position position = new Walker(graph).walk(Walker.Position.at(head), steps, null, true);
            if (position != null && position.node() != null) {
                result.add(position.node());
            }
        }
        return result;
    }

    private static Integer negativeNumber(String text) {
        if (text.length() < 2 || text.charAt(0) != '-') {
            return null;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String listed(List<String> ids) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(ids.size(), MAX_LISTED_CANDIDATES); i++) {
            text.append(i == 0 ? "" : ", ").append('\'').append(ids.get(i)).append('\'');
        }
        if (ids.size() > MAX_LISTED_CANDIDATES) {
            text.append(" and ").append(ids.size() - MAX_LISTED_CANDIDATES).append(" more");
        }
        return text.toString();
    }
}
