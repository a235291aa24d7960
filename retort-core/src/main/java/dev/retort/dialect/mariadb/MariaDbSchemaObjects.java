package dev.retort.dialect.mariadb;

import dev.retort.dialect.SchemaObject;
import dev.retort.dialect.SchemaObjectQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The views, sequences and stored routines of the current database, in the order reset drops
 * them (views first). Triggers and events are not listed: triggers go with their tables. Stateless.
 */
final class MariaDbSchemaObjects {
    private static final String OBJECTS = "SELECT kind, name FROM ("
            + " SELECT 1 AS rank, CASE TABLE_TYPE WHEN 'VIEW' THEN 'view' ELSE 'sequence' END AS kind,"
            + " TABLE_NAME AS name FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE IN ('VIEW', 'SEQUENCE')"
            + " UNION ALL"
            + " SELECT 2, LOWER(ROUTINE_TYPE), ROUTINE_NAME FROM information_schema.ROUTINES"
            + " WHERE ROUTINE_SCHEMA = DATABASE()"
            + ") objects ORDER BY rank, kind, name";

    private MariaDbSchemaObjects() {}

    /** The objects, each with its {@code DROP ... IF EXISTS}; {@code identifier} quotes names. */
    static List<SchemaObject> read(Connection connection, UnaryOperator<String> identifier) throws SQLException {
        return SchemaObjectQuery.run(
                connection,
                OBJECTS,
                (kind, name) -> "DROP " + kind.toUpperCase(Locale.ROOT) + " IF EXISTS " + identifier.apply(name));
    }
}
