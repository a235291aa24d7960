package dev.retort.dialect.postgres;

import dev.retort.dialect.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A scratch database on the project's PostgreSQL server, named after when it was made
 * ({@link ScratchDatabase#newName()}): created from the default template, given the project
 * database's extensions (in the schemas they live in there) and its current schema, and dropped
 * with {@code WITH (FORCE)}. Its user needs {@code CREATEDB}. Not thread-safe.
 */
final class PostgresScratchDatabase implements ScratchDatabase {
    private static final String PUBLIC = "public";
    private static final String EXTENSIONS = "SELECT e.extname, n.nspname FROM pg_extension e"
            + " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql' ORDER BY e.oid";

    private final Connection project;
    private final UnaryOperator<String> identifier;
    private final String name;
    private final String currentSchema;
    private final List<Extension> extensions;

    private PostgresScratchDatabase(
            Connection project,
            UnaryOperator<String> identifier,
            String name,
            String currentSchema,
            List<Extension> extensions) {
        this.project = project;
        this.identifier = identifier;
        this.name = name;
        this.currentSchema = currentSchema;
        this.extensions = extensions;
    }

    /** Creates the scratch database through {@code project}, noting what it must copy from there. */
    static PostgresScratchDatabase create(Connection project, UnaryOperator<String> identifier) throws SQLException {
        String currentSchema = PUBLIC;
        List<Extension> extensions = new ArrayList<>();
        try (Statement statement = project.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT current_schema()")) {
                if (row.next() && row.getString(1) != null) {
                    currentSchema = row.getString(1);
                }
            }
            try (ResultSet rows = statement.executeQuery(EXTENSIONS)) {
                while (rows.next()) {
                    extensions.add(new Extension(rows.getString(1), rows.getString(2)));
                }
            }
        }
        String name = ScratchDatabase.newName();
        PostgresScratchDatabase scratch =
                new PostgresScratchDatabase(project, identifier, name, currentSchema, extensions);
        scratch.outsideTransaction("CREATE DATABASE " + name);
        return scratch;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void prepare(Connection scratch) throws SQLException {
        try (Statement statement = scratch.createStatement()) {
            for (Extension extension : extensions) {
                createSchema(statement, extension.schema());
                try {
                    statement.execute("CREATE EXTENSION IF NOT EXISTS " + identifier.apply(extension.name())
                            + " SCHEMA " + identifier.apply(extension.schema()));
                } catch (SQLException notAvailable) {
                    // Left out: models that need it then fail with the server's own message.
                }
            }
            createSchema(statement, currentSchema);
            statement.execute("SET search_path TO " + identifier.apply(currentSchema) + ", " + PUBLIC);
        }
    }

    @Override
    public void drop() throws SQLException {
        outsideTransaction("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void createSchema(Statement statement, String schema) throws SQLException {
        if (!schema.equals(PUBLIC)) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + identifier.apply(schema));
        }
    }

    /**
     * Runs {@code sql}, which PostgreSQL refuses inside a transaction block, on the project connection
     * (in auto-commit mode, as Retort's connections are outside a migration).
     */
    private void outsideTransaction(String sql) throws SQLException {
        try (Statement statement = project.createStatement()) {
            statement.execute(sql);
        }
    }

    /** An extension of the project's database and the schema it lives in. */
    private record Extension(String name, String schema) {}
}
