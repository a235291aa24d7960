package dev.retort.runtime;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One SQL statement to run, with where it comes from so a failure can say so.
 *
 * @param sql the statement, without terminator
 * @param revision the revision it belongs to, or empty for Retort's own bookkeeping
 * @param file the script it was read from, or empty
 * @param line the 1-based line in that file where it starts, or 0
 */
public record SqlStatement(String sql, Optional<String> revision, Optional<Path> file, int line) {
    /** A statement Retort itself issues (version table, history). */
    public static SqlStatement bookkeeping(String sql) {
        return new SqlStatement(sql, Optional.empty(), Optional.empty(), 0);
    }
}
