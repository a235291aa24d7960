package dev.retort;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code retort info} shows about a database: which server, its tables with their row counts,
 * indexes and sizes, and where its migrations stand. Immutable.
 *
 * @param database the URL with the password hidden
 * @param dialect the database's kind, as people write it ({@code PostgreSQL})
 * @param serverVersion the version the server reports
 * @param tables the tables of the current schema, in name order, Retort's own included
 * @param current the revisions in the version table
 * @param heads the scripts' head revisions
 */
public record DatabaseInfo(
        String database,
        String dialect,
        String serverVersion,
        List<Table> tables,
        List<RevisionInfo> current,
        List<RevisionInfo> heads) {
    /** Checks and copies. */
    public DatabaseInfo {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(serverVersion, "serverVersion");
        tables = List.copyOf(tables);
        current = List.copyOf(current);
        heads = List.copyOf(heads);
    }

    /**
     * One table: its name, how many rows it has, its indexes (those of its keys included, where the
     * database names them), and its size on disk with indexes, where the database tells it.
     *
     * @param name the table name
     * @param rows the exact number of rows
     * @param indexes the names of its indexes, without those that only back its keys
     * @param bytes its size on disk, indexes included, if the database tells it
     */
    public record Table(String name, long rows, List<String> indexes, Optional<Long> bytes) {
        /** Checks and copies. */
        public Table {
            Objects.requireNonNull(name, "name");
            indexes = List.copyOf(indexes);
            Objects.requireNonNull(bytes, "bytes");
        }
    }
}
