package dev.retort.dialect;

import java.util.List;
import java.util.Optional;

/**
 * What the database knows about its tables right now, for the operations whose SQL depends on it:
 * MariaDB/MySQL restate a whole column to change one part of it, SQLite rebuilds a table to change
 * it at all, PostgreSQL creates an enum type only if it is not there yet. Online it reads the live
 * database ({@link Dialect#tableLookup}); offline there is none ({@link #NONE}).
 *
 * <pre>{@code
 * List<String> statements = dialect.render(operation, online ? dialect.tableLookup(connection) : TableLookup.NONE);
 * }</pre>
 */
@FunctionalInterface
public interface TableLookup {
    /** No database: for offline scripts. Finds nothing and knows nothing. */
    TableLookup NONE = new TableLookup() {
        @Override
        public Optional<TableSnapshot> find(String table) {
            return Optional.empty();
        }

        @Override
        public boolean isOffline() {
            return true;
        }
    };

    /**
     * The table called {@code table} as the database has it, or empty when it has none or nothing is
     * known.
     *
     * @throws RenderException when the database could not be read
     */
    Optional<TableSnapshot> find(String table);

    /** Whether there is no database behind this lookup, so nothing can be known. Default: false. */
    default boolean isOffline() {
        return false;
    }

    /**
     * Whether a named type (a PostgreSQL enum type) exists, or empty when that is not known. Default:
     * not known.
     */
    default Optional<Boolean> typeExists(String type) {
        return Optional.empty();
    }

    /**
     * The tables with columns of the named type, or empty when that is not known. Default: not known.
     */
    default Optional<List<String>> tablesUsingType(String type) {
        return Optional.empty();
    }
}
