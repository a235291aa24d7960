package dev.retort.dialect.postgres;

import dev.retort.dialect.SchemaObject;
import dev.retort.dialect.SchemaObjectQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The views, sequences, types, domains and routines of the current schema, those an extension
 * owns and the sequences of identity and serial columns left out, in the order reset drops them
 * (views first, routines last); and the other schemas reset drops with {@code include_schemas}.
 * Stateless.
 */
final class PostgresSchemaObjects {
    /** Not an extension's, and not a part of another object (a column's identity or serial sequence). */
    private static final String NOT_FROM_EXTENSION =
            " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = %s AND d.deptype IN ('e', 'a', 'i'))";

    private static final String OBJECTS = "SELECT kind, name FROM ("
            + " SELECT 1 AS rank, CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'"
            + " ELSE 'sequence' END AS kind, c.relname::text AS name"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm', 'S')"
            + NOT_FROM_EXTENSION.formatted("c.oid")
            + " UNION ALL"
            + " SELECT 2, CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END, t.typname::text"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE n.nspname = current_schema() AND (t.typtype IN ('e', 'd', 'r')"
            + " OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))"
            + NOT_FROM_EXTENSION.formatted("t.oid")
            + " UNION ALL"
            + " SELECT 3, CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,"
            + " p.oid::regprocedure::text"
            + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            + " WHERE n.nspname = current_schema()"
            + NOT_FROM_EXTENSION.formatted("p.oid")
            + ") objects ORDER BY rank, kind, name";

    /** The schemas besides the current one, those holding an extension's objects left out. */
    private static final String SCHEMAS = "SELECT 'schema', nspname FROM pg_namespace n WHERE "
            + PostgresCatalogReader.USER_NAMESPACE
            + " AND NOT EXISTS (SELECT 1 FROM pg_extension e WHERE e.extnamespace = n.oid) ORDER BY nspname";

    private PostgresSchemaObjects() {}

    /**
     * The other schemas {@code included} accepts, each with its {@code DROP SCHEMA IF EXISTS ...
     * CASCADE}; a schema an extension lives in is never one of them.
     */
    static List<SchemaObject> otherSchemas(
            Connection connection, Predicate<String> included, UnaryOperator<String> identifier) throws SQLException {
        return SchemaObjectQuery.run(
                        connection,
                        SCHEMAS,
                        (kind, name) -> "DROP SCHEMA IF EXISTS " + identifier.apply(name) + " CASCADE")
                .stream()
                .filter(schema -> included.test(schema.name()))
                .toList();
    }

    /** The objects, each with its {@code DROP ... IF EXISTS ... CASCADE}; {@code identifier} quotes plain names. */
    static List<SchemaObject> read(Connection connection, UnaryOperator<String> identifier) throws SQLException {
        return SchemaObjectQuery.run(connection, OBJECTS, (kind, name) -> {
            boolean routine = kind.equals("function") || kind.equals("procedure") || kind.equals("aggregate");
            // regprocedure text is already quoted where needed, and carries the argument types
            String target = routine ? name : identifier.apply(name);
            return "DROP " + kind.toUpperCase(Locale.ROOT) + " IF EXISTS " + target + " CASCADE";
        });
    }
}
