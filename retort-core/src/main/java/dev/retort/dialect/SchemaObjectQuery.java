package dev.retort.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/** Runs a dialect's catalog query of (kind, name) rows into {@link SchemaObject}s. Stateless. */
public final class SchemaObjectQuery {
    private SchemaObjectQuery() {}

    /**
     * The objects {@code query} lists, in its order, each dropped by the statement
     * {@code dropStatement} makes of its kind and name.
     */
    public static List<SchemaObject> run(Connection connection, String query, BinaryOperator<String> dropStatement)
            throws SQLException {
        List<SchemaObject> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                String kind = rows.getString(1);
                String name = rows.getString(2);
                objects.add(new SchemaObject(kind, name, dropStatement.apply(kind, name)));
            }
        }
        return objects;
    }
}
