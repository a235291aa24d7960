package dev.retort;

import dev.retort.graph.GraphException;
import dev.retort.graph.MultipleHeadsException;
import dev.retort.graph.RangeNotAncestorException;
import dev.retort.graph.ResolutionException;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns the graph's exceptions into messages that say what, where and what to run next, worded
 * for the command at hand (Alembic's {@code _catch_revision_errors}). Immutable; each
 * {@code with...} returns a copy.
 */
final class GraphErrors {
    private static final String MULTIPLE_HEADS = "Multiple head revisions are present for given argument '%s'; please"
            + " specify a specific target revision, '<branchname>@%s' to narrow to a specific head, or 'heads' for all"
            + " heads";

    private final ScriptDirectory directory;
    private final String multipleHeads;
    private final String multipleHeadsHint;
    private final String range;
    private final String rangeHint;
    private final String rangeArgument;

    private GraphErrors(
            ScriptDirectory directory,
            String multipleHeads,
            String multipleHeadsHint,
            String range,
            String rangeHint,
            String rangeArgument) {
        this.directory = directory;
        this.multipleHeads = multipleHeads;
        this.multipleHeadsHint = multipleHeadsHint;
        this.range = range;
        this.rangeHint = rangeHint;
        this.rangeArgument = rangeArgument;
    }

    static GraphErrors of(ScriptDirectory directory) {
        return new GraphErrors(
                directory,
                MULTIPLE_HEADS,
                "name one of them, or join them with `retort merge heads -m \"merge\"`",
                "Requested range %s does not refer to ancestor/descendant revisions along the same branch",
                "run `retort history` to see how the revisions are related",
                null);
    }

    /** Uses {@code message} (with {@code %s} for the argument) when several heads answer. */
    GraphErrors withMultipleHeads(String message, String hint) {
        return new GraphErrors(directory, message, hint, range, rangeHint, rangeArgument);
    }

    /**
     * Uses {@code message}, with {@code %s} replaced by {@code argument} (what the user asked for),
     * when the ends of a range or a destination are not on one line of descent.
     */
    GraphErrors withRange(String message, String hint, String argument) {
        return new GraphErrors(directory, multipleHeads, multipleHeadsHint, message, hint, argument);
    }

    <T> T run(Supplier<T> action) {
        try {
            return action.get();
        } catch (GraphException e) {
            throw translate(e);
        }
    }

    RetortException translate(GraphException e) {
        if (e instanceof MultipleHeadsException heads) {
            String message = multipleHeads.replace("%s", heads.argument());
            return new RevisionGraphException(
                    message,
                    "the heads are " + String.join(", ", heads.heads()) + "; " + multipleHeadsHint,
                    heads.heads(),
                    e);
        }
        if (e instanceof ResolutionException resolution) {
            return resolution(resolution);
        }
        if (e instanceof RangeNotAncestorException notAncestor) {
            String argument = rangeArgument != null ? rangeArgument : ends(notAncestor);
            return new RevisionGraphException(range.replace("%s", argument), rangeHint, e.revisions(), e);
        }
        return structural(e);
    }

    private static String ends(RangeNotAncestorException e) {
        return (e.lower() == null ? "base" : e.lower()) + ":" + (e.upper() == null ? "base" : e.upper());
    }

    private RetortException resolution(ResolutionException e) {
        if (!e.candidates().isEmpty()) {
            return new RevisionGraphException(
                    e.getMessage(), "give more characters of the revision id", e.candidates(), e);
        }
        if (e.getMessage().contains("is not a member of branch")) {
            return new RevisionGraphException(
                    e.getMessage(), "run `retort branches` to see which revisions each branch holds", List.of(), e);
        }
        String hint = e.argument().length() < 4
                ? "partial revision ids need at least four characters; run `retort history` to list the revisions"
                : "run `retort history` to list the revisions";
        return new RevisionGraphException(
                "Can't locate revision identified by '" + e.argument() + "'", hint, List.of(e.argument()), e);
    }

    /** Problems in the scripts themselves: say which files to fix. */
    private RetortException structural(GraphException e) {
        String where = files(e.revisions());
        String hint = switch (e.kind()) {
            case CYCLE, DEPENDENCY_CYCLE -> "fix the Revises/Depends-On headers of " + where;
            case MISSING_PARENT -> "fix the Revises header of " + where + ", or restore the missing script";
            case MISSING_DEPENDENCY -> "fix the Depends-On header of " + where;
            case DUPLICATE_BRANCH_LABEL -> "rename the label in the Branch-Labels header of " + where;
            case INVALID_ID -> "use letters, digits and underscores in " + where;
            case OVERLAP -> "name only the newest of the overlapping revisions";
            case BAD_WALK -> "run `retort history` to see where the revisions lead";
            default -> "run `retort history` to see the revisions";
        };
        return new RevisionGraphException(e.getMessage(), hint, e.revisions(), e);
    }

    private String files(List<String> revisions) {
        List<String> files = new ArrayList<>();
        for (String revision : revisions) {
            directory
                    .script(revision)
                    .map(MigrationScript::file)
                    .map(DisplayPaths::of)
                    .ifPresent(files::add);
        }
        return files.isEmpty() ? "the scripts involved" : String.join(", ", files);
    }
}
