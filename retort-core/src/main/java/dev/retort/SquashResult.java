package dev.retort;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code retort squash} did, or with {@code dryRun} would do.
 *
 * @param baseline the baseline's revision id (the target's own id, kept so that databases at it or
 *     past it need nothing)
 * @param squashed the revisions replaced, oldest first, the target last
 * @param removed the script files deleted (or that would be)
 * @param written the baseline's file (written, or that would be)
 * @param text the baseline script's text
 * @param dataRevisions squashed revisions whose upgrade changes rows (INSERT, UPDATE...), which the
 *     baseline, built from the schema alone, does not carry over
 * @param database the database checked, its URL redacted; empty when it could not be checked
 * @param databaseHeads the revisions the database was at; empty when unchecked or at base
 * @param databaseProblem why the database could not be checked, when it could not
 * @param environments the other environments' databases checked ({@link SquashRequest#environments()}),
 *     in the order asked, without the configured database
 * @param dryRun nothing was changed
 */
public record SquashResult(
        String baseline,
        List<String> squashed,
        List<Path> removed,
        Path written,
        String text,
        List<String> dataRevisions,
        Optional<String> database,
        List<String> databaseHeads,
        Optional<String> databaseProblem,
        List<Environment> environments,
        boolean dryRun) {
    /** Copies the lists. */
    public SquashResult {
        Objects.requireNonNull(baseline, "baseline");
        squashed = List.copyOf(squashed);
        removed = List.copyOf(removed);
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(text, "text");
        dataRevisions = List.copyOf(dataRevisions);
        Objects.requireNonNull(database, "database");
        databaseHeads = List.copyOf(databaseHeads);
        Objects.requireNonNull(databaseProblem, "databaseProblem");
        environments = List.copyOf(environments);
    }

    /**
     * One other environment's database as squash found it.
     *
     * @param name the environment's name ({@link SquashRequest#TOP_LEVEL} for the top-level database)
     * @param database its URL, password redacted
     * @param heads the revisions it was at; empty when at base or not checked
     * @param problem why it could not be checked, when it could not
     */
    public record Environment(String name, String database, List<String> heads, Optional<String> problem) {
        /** Copies the heads. */
        public Environment {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(database, "database");
            heads = List.copyOf(heads);
            Objects.requireNonNull(problem, "problem");
        }
    }
}
