package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autogenerate across PostgreSQL schemas: {@code include_schemas} brings other schemas into the
 * comparison (their objects named {@code schema.name}, created with their schema and dropped with
 * it), {@code exclude_schemas} leaves some alone, and {@code sql:} models that span schemas are built
 * in a scratch database on the same server, which is always dropped.
 */
class PostgresSchemasIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    @TempDir
    Path folder;

    private static void execute(TestDatabase database, String... statements) throws SQLException {
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> rows(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.open();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private Retort retort(TestDatabase database, String models, List<String> include, List<String> exclude)
            throws Exception {
        Path migrations = folder.resolve("migrations");
        if (!Files.exists(migrations)) {
            Retort.init(migrations);
        }
        return Retort.configure()
                .scriptLocation(migrations)
                .url(database.url())
                .urlBase(folder)
                .models(models)
                .includeSchemas(include)
                .excludeSchemas(exclude)
                .load();
    }

    @Test
    void includedSchemasAreCreatedComparedAndDroppedAndExcludedOnesLeftAlone() throws Exception {
        TestDatabase models = POSTGRES.newDatabase();
        execute(
                models,
                "CREATE TABLE users (id BIGINT PRIMARY KEY)",
                "CREATE SCHEMA sales",
                "CREATE TYPE sales.state AS ENUM ('open', 'paid')",
                "CREATE TABLE sales.orders (id BIGINT PRIMARY KEY, user_id BIGINT REFERENCES users (id),"
                        + " state sales.state NOT NULL DEFAULT 'open')",
                "CREATE INDEX ix_orders_user ON sales.orders (user_id)",
                "CREATE SCHEMA audit",
                "CREATE TABLE audit.log (id BIGINT PRIMARY KEY)");
        TestDatabase project = POSTGRES.newDatabase();
        execute(project, "CREATE SCHEMA audit", "CREATE TABLE audit.kept (id BIGINT PRIMARY KEY)");
        Retort retort = retort(project, "url:" + models.url(), List.of("*"), List.of("audit"));

        AutogenerateResult generated = retort.autogenerate(NewRevisionRequest.withMessage("sales"));

        List<String> changes = generated.comparison().changes();
        assertEquals("+ create schema sales", changes.get(0), changes.toString());
        assertTrue(changes.contains("+ create table sales.orders (3 columns)"), changes.toString());
        assertTrue(changes.stream().noneMatch(change -> change.contains("audit")), changes.toString());
        retort.upgrade("head");
        assertEquals(List.of(), retort.check().changes());
        assertEquals(
                List.of("sales.state"),
                rows(
                        project,
                        "SELECT n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n"
                                + " ON n.oid = t.typnamespace WHERE t.typtype = 'e'"));
        assertEquals(List.of("kept"), rows(project, "SELECT tablename FROM pg_tables WHERE schemaname = 'audit'"));

        retort.downgrade("base");
        assertEquals(List.of(), rows(project, "SELECT nspname FROM pg_namespace WHERE nspname = 'sales'"));
        assertEquals(List.of("kept"), rows(project, "SELECT tablename FROM pg_tables WHERE schemaname = 'audit'"));
    }

    @Test
    void resetDropsTheIncludedSchemasAndBuildsThemAgainLeavingExcludedAndExtensionSchemas() throws Exception {
        TestDatabase models = POSTGRES.newDatabase();
        execute(
                models,
                "CREATE SCHEMA ext",
                "CREATE EXTENSION citext SCHEMA ext",
                "CREATE TABLE users (id BIGINT PRIMARY KEY)",
                "CREATE SCHEMA sales",
                "CREATE TABLE sales.orders (id BIGINT PRIMARY KEY, user_id BIGINT REFERENCES users (id))");
        TestDatabase project = POSTGRES.newDatabase();
        execute(
                project,
                "CREATE SCHEMA ext",
                "CREATE EXTENSION citext SCHEMA ext",
                "CREATE SCHEMA audit",
                "CREATE TABLE audit.kept (id BIGINT PRIMARY KEY)");
        Retort retort = retort(project, "url:" + models.url(), List.of("*"), List.of("audit"));
        retort.autogenerate(NewRevisionRequest.withMessage("sales"));
        retort.upgrade("head");
        execute(project, "INSERT INTO users VALUES (1)", "INSERT INTO sales.orders VALUES (7, 1)");

        ResetResult reset = retort.reset();

        assertTrue(
                reset.droppedObjects().contains("schema sales"),
                reset.droppedObjects().toString());
        assertTrue(
                reset.droppedObjects().stream().noneMatch(object -> object.contains("ext") || object.contains("audit")),
                reset.droppedObjects().toString());
        assertEquals(List.of(), rows(project, "SELECT id::text FROM sales.orders"));
        assertEquals(List.of(), retort.check().changes());
        assertEquals(List.of("kept"), rows(project, "SELECT tablename FROM pg_tables WHERE schemaname = 'audit'"));
        assertEquals(List.of("citext"), rows(project, "SELECT extname FROM pg_extension WHERE extname = 'citext'"));
    }

    @Test
    void squashWithIncludeSchemasBuildsTheBaselineInAScratchDatabaseWithTheOtherSchemas() throws Exception {
        TestDatabase models = POSTGRES.newDatabase();
        execute(
                models,
                "CREATE TABLE users (id BIGINT PRIMARY KEY)",
                "CREATE SCHEMA sales",
                "CREATE TABLE sales.orders (id BIGINT PRIMARY KEY, user_id BIGINT REFERENCES users (id))");
        TestDatabase project = POSTGRES.newDatabase();
        Retort retort = retort(project, "url:" + models.url(), List.of("sales"), List.of());
        retort.autogenerate(NewRevisionRequest.withMessage("orders"));
        retort.upgrade("head");
        execute(
                models,
                "CREATE TABLE sales.refunds (id BIGINT PRIMARY KEY, order_id BIGINT REFERENCES sales.orders (id))");
        retort.autogenerate(NewRevisionRequest.withMessage("refunds"));
        retort.upgrade("head");
        List<String> scratchBefore = scratchDatabases(project);

        SquashResult squashed = retort.squash(SquashRequest.to("head"));

        assertTrue(squashed.text().contains("CREATE SCHEMA sales"), squashed.text());
        assertTrue(squashed.text().contains("CREATE TABLE sales.refunds"), squashed.text());
        assertEquals(scratchBefore, scratchDatabases(project));
        TestDatabase fresh = POSTGRES.newDatabase();
        Retort rebuilt = retort(fresh, "url:" + models.url(), List.of("sales"), List.of());
        rebuilt.upgrade("head");
        assertEquals(List.of(), rebuilt.check().changes());
        rebuilt.downgrade("base");
        assertEquals(List.of(), rows(fresh, "SELECT nspname FROM pg_namespace WHERE nspname = 'sales'"));
    }

    @Test
    void withoutIncludeSchemasOnlyTheCurrentSchemaIsCompared() throws Exception {
        TestDatabase models = POSTGRES.newDatabase();
        execute(models, "CREATE TABLE users (id BIGINT PRIMARY KEY)");
        TestDatabase project = POSTGRES.newDatabase();
        execute(
                project,
                "CREATE TABLE users (id BIGINT PRIMARY KEY)",
                "CREATE SCHEMA sales",
                "CREATE TABLE sales.orders (id BIGINT PRIMARY KEY)");

        assertEquals(
                List.of(),
                retort(project, "url:" + models.url(), List.of(), List.of())
                        .check()
                        .changes());
        assertEquals(
                List.of("- drop table sales.orders", "- drop schema sales"),
                retort(project, "url:" + models.url(), List.of("sales"), List.of())
                        .check()
                        .changes());
    }

    @Test
    void sqlModelsAcrossSchemasAreBuiltInAScratchDatabaseWithTheProjectsExtensions() throws Exception {
        Files.writeString(folder.resolve("schema.sql"), """
                CREATE TABLE users (id BIGINT PRIMARY KEY, email citext NOT NULL);
                CREATE SCHEMA sales;
                CREATE TYPE sales.state AS ENUM ('open', 'paid');
                CREATE TABLE sales.orders (
                    id BIGINT PRIMARY KEY,
                    user_id BIGINT REFERENCES users (id),
                    state sales.state NOT NULL DEFAULT 'open'
                );
                """);
        TestDatabase project = POSTGRES.newDatabase();
        execute(project, "CREATE EXTENSION citext");
        List<String> scratchBefore = scratchDatabases(project);
        Retort retort = retort(project, "sql:schema.sql", List.of("sales"), List.of());

        AutogenerateResult generated = retort.autogenerate(NewRevisionRequest.withMessage("sales"));

        List<String> changes = generated.comparison().changes();
        assertEquals("+ create schema sales", changes.get(0), changes.toString());
        assertTrue(changes.contains("+ create table sales.orders (3 columns)"), changes.toString());
        assertTrue(changes.contains("+ create table users (2 columns)"), changes.toString());
        retort.upgrade("head");
        assertEquals(List.of(), retort.check().changes());
        assertEquals(List.of("orders"), rows(project, "SELECT tablename FROM pg_tables WHERE schemaname = 'sales'"));
        assertEquals(scratchBefore, scratchDatabases(project));
    }

    @Test
    void javaModelsAcrossSchemasAreBuiltInAScratchDatabase() throws Exception {
        Files.writeString(folder.resolve("ShopModels.java"), """
                import static dev.retort.schema.Column.column;
                import static dev.retort.schema.DataType.*;

                import dev.retort.models.Models;
                import dev.retort.schema.Schema;
                import dev.retort.schema.Table;

                public final class ShopModels implements Models {
                    @Override
                    public Schema schema() {
                        return Schema.of(
                                Table.of("users", column("id", bigint()).primaryKey()),
                                Table.of("sales.orders", column("id", bigint()).primaryKey(), column("note", text())));
                    }
                }
                """);
        TestDatabase project = POSTGRES.newDatabase();
        Retort retort = retort(project, "java:ShopModels.java", List.of("sales"), List.of());

        AutogenerateResult generated = retort.autogenerate(NewRevisionRequest.withMessage("shop"));
        retort.upgrade("head");

        assertEquals("+ create schema sales", generated.comparison().changes().get(0));
        assertEquals(List.of(), retort.check().changes());
        assertEquals(List.of("orders"), rows(project, "SELECT tablename FROM pg_tables WHERE schemaname = 'sales'"));
    }

    @Test
    void aFailingModelsStatementAcrossSchemasNamesItsLineAndLeavesNoScratchDatabase() throws Exception {
        Files.writeString(
                folder.resolve("schema.sql"),
                "CREATE SCHEMA sales;\nCREATE TABLE sales.orders (id BIGINT PRIMARY KEY, kind no_such_type);\n");
        TestDatabase project = POSTGRES.newDatabase();
        List<String> scratchBefore = scratchDatabases(project);
        Retort retort = retort(project, "sql:schema.sql", List.of("sales"), List.of());

        RetortException refused = assertThrows(RetortException.class, retort::check);

        assertEquals(ErrorCode.MODELS, refused.code());
        assertTrue(refused.getMessage().contains("schema.sql:2"), refused.getMessage());
        assertTrue(refused.getMessage().contains("no_such_type"), refused.getMessage());
        assertEquals(scratchBefore, scratchDatabases(project));
        assertEquals(List.of(), rows(project, "SELECT nspname FROM pg_namespace WHERE nspname = 'sales'"));
    }

    @Test
    void aUserWhoMayNotCreateDatabasesIsToldWhatToGrant() throws Exception {
        Files.writeString(folder.resolve("schema.sql"), "CREATE SCHEMA sales;\n");
        TestDatabase project = POSTGRES.newDatabase();
        String role =
                "rt_nocreatedb_" + project.name().replaceAll("[^a-z0-9]", "").toLowerCase(Locale.ROOT);
        execute(
                project,
                "CREATE ROLE " + role + " LOGIN NOCREATEDB",
                "GRANT ALL ON DATABASE " + project.name() + " TO " + role,
                "GRANT ALL ON SCHEMA public TO " + role);
        try {
            Path migrations = folder.resolve("migrations");
            Retort.init(migrations);
            Retort retort = Retort.configure()
                    .scriptLocation(migrations)
                    .url(project.jdbcUrl() + "?user=" + role)
                    .urlBase(folder)
                    .models("sql:schema.sql")
                    .includeSchemas(List.of("sales"))
                    .load();

            RetortException refused = assertThrows(RetortException.class, retort::check);

            assertEquals(ErrorCode.MODELS, refused.code());
            assertTrue(refused.getMessage().contains("cannot create a scratch database"), refused.getMessage());
            assertTrue(refused.hint().orElse("").contains("CREATEDB"), refused.toString());
        } finally {
            execute(project, "DROP OWNED BY " + role, "DROP ROLE " + role);
        }
    }

    private static List<String> scratchDatabases(TestDatabase database) throws SQLException {
        return rows(database, "SELECT datname FROM pg_database WHERE datname LIKE 'retort\\_scratch\\_%' ORDER BY 1");
    }
}
