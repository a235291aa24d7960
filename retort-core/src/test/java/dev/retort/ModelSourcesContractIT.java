package dev.retort;

import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.bigint;
import static dev.retort.schema.DataType.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.SchemaSnapshot;
import dev.retort.models.ModelException;
import dev.retort.models.ModelSources;
import dev.retort.models.Models;
import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every model source does on each real database: builds the models in a scratch schema, reads
 * them back in the database's own words, and leaves nothing behind, also when the models are wrong.
 */
abstract class ModelSourcesContractIT {
    static final String MODELS_SQL = String.join(
            "\n",
            "-- the schema we want",
            "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(255) NOT NULL);",
            "",
            "CREATE TABLE posts (",
            "    id INTEGER PRIMARY KEY,",
            "    user_id INTEGER NOT NULL REFERENCES users (id),",
            "    title VARCHAR(200)",
            ");",
            "CREATE INDEX ix_posts_user ON posts (user_id);",
            "");

    @TempDir
    Path folder;

    abstract String dialectName();

    abstract TestDatabase newDatabase();

    /** Whatever the dialect might leave behind from a scratch schema, by name: must stay empty. */
    abstract List<String> leftovers(Connection connection) throws SQLException;

    /** A URL of a database of another kind than this one. */
    abstract String otherKindUrl();

    Dialect dialect() {
        return Dialects.installed().named(dialectName()).orElseThrow();
    }

    SchemaSnapshot read(Connection connection, String setting) throws SQLException {
        RetortConfig config =
                Retort.configure().scriptLocation(folder).urlBase(folder).load().config();
        DatabaseUrl url = dialect().parseUrl(connection.getMetaData().getURL(), folder);
        return ModelSources.parse(setting).read(new ScratchModelContext(config, dialect(), url, connection));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void sqlModelsAreBuiltInAScratchSchemaReadBackAndLeaveNothingBehind() throws Exception {
        write("schema.sql", MODELS_SQL);
        try (Connection connection = newDatabase().open()) {
            Schema models = read(connection, "sql:schema.sql").schema();

            assertEquals(List.of("posts", "users"), models.tableNames());
            Table posts = models.table("posts").orElseThrow();
            assertEquals(
                    List.of("id", "user_id", "title"),
                    posts.columns().stream().map(Column::name).toList());
            assertEquals("users", posts.foreignKeys().get(0).referencedTable());
            assertEquals(
                    List.of("ix_posts_user"),
                    models.indexesOf("posts").stream().map(Index::name).toList());
            assertEquals(List.of(), dialect().readSchema(connection).tables(), "the project database is untouched");
            assertEquals(List.of(), leftovers(connection));
        }
    }

    @Test
    void aFailingStatementIsNamedWithFileAndLineAndNothingIsLeftBehind() throws Exception {
        write("schema.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n\n\nCREATE TABLE posts (id NOTATYPE(;\n");
        try (Connection connection = newDatabase().open()) {
            ModelException failure = assertThrows(ModelException.class, () -> read(connection, "sql:schema.sql"));

            assertTrue(failure.getMessage().contains("schema.sql:4"), failure.getMessage());
            assertTrue(failure.getMessage().contains("CREATE TABLE posts"), failure.getMessage());
            assertTrue(failure.hint().contains("schema.sql"), failure.hint());
            assertEquals(List.of(), dialect().readSchema(connection).tables());
            assertEquals(List.of(), leftovers(connection));
        }
    }

    @Test
    void transactionControlInAModelsFileIsRefusedBeforeAnythingRuns() throws Exception {
        write("schema.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\nCOMMIT;\n");
        try (Connection connection = newDatabase().open()) {
            ModelException failure = assertThrows(ModelException.class, () -> read(connection, "sql:schema.sql"));

            assertTrue(failure.getMessage().contains("controls transactions at line 2"), failure.getMessage());
            assertEquals(List.of(), dialect().readSchema(connection).tables());
            assertEquals(List.of(), leftovers(connection));
        }
    }

    @Test
    void aMissingModelsFileSaysSo() throws Exception {
        try (Connection connection = newDatabase().open()) {
            ModelException failure = assertThrows(ModelException.class, () -> read(connection, "sql:nothere.sql"));

            assertTrue(failure.getMessage().contains("nothere.sql does not exist"), failure.getMessage());
        }
    }

    @Test
    void javaModelsAreBuiltAndReadBackInTheDatabasesWords() throws Exception {
        try (Connection connection = newDatabase().open()) {
            Schema models =
                    read(connection, "java:" + AppModels.class.getName()).schema();

            assertEquals(List.of("accounts"), models.tableNames());
            Table accounts = models.table("accounts").orElseThrow();
            assertEquals(
                    List.of("id", "name"),
                    accounts.columns().stream().map(Column::name).toList());
            assertEquals(
                    List.of("ix_accounts_name"),
                    models.indexesOf("accounts").stream().map(Index::name).toList());
            assertEquals(List.of(), dialect().readSchema(connection).tables());
            assertEquals(List.of(), leftovers(connection));
        }
    }

    @Test
    void aJavaModelsSourceFileIsCompiledInProcess() throws Exception {
        Files.createDirectories(folder.resolve("models/com/example"));
        write("models/com/example/ShopModels.java", """
                package com.example;

                import static dev.retort.schema.Column.column;
                import static dev.retort.schema.DataType.*;

                import dev.retort.models.Models;
                import dev.retort.schema.Schema;
                import dev.retort.schema.Table;

                public final class ShopModels implements Models {
                    @Override
                    public Schema schema() {
                        return Schema.of(Table.of("products", column("id", bigint()).primaryKey(), column("sku", text())));
                    }
                }
                """);
        try (Connection connection = newDatabase().open()) {
            Schema models =
                    read(connection, "java:models/com/example/ShopModels.java").schema();

            assertEquals(List.of("products"), models.tableNames());
        }
    }

    @Test
    void aJavaModelsSourceFileThatDoesNotCompileNamesTheLine() throws Exception {
        write("Broken.java", "public final class Broken implements dev.retort.models.Models {\n    nonsense\n}\n");
        try (Connection connection = newDatabase().open()) {
            ModelException failure = assertThrows(ModelException.class, () -> read(connection, "java:Broken.java"));

            assertTrue(failure.getMessage().startsWith("the models class does not compile:"), failure.getMessage());
            assertTrue(failure.getMessage().contains("Broken.java:2: "), failure.getMessage());
            assertEquals(List.of(), dialect().readSchema(connection).tables());
        }
    }

    @Test
    void aJavaModelsClassThatIsMissingOrWrongSaysWhatToDo() throws Exception {
        try (Connection connection = newDatabase().open()) {
            ModelException missing =
                    assertThrows(ModelException.class, () -> read(connection, "java:com.example.NoSuchModels"));
            ModelException wrong = assertThrows(ModelException.class, () -> read(connection, "java:java.lang.String"));

            assertTrue(missing.getMessage().contains("is not on the class path"), missing.getMessage());
            assertTrue(wrong.getMessage().contains("does not implement dev.retort.models.Models"), wrong.getMessage());
        }
    }

    @Test
    void urlModelsReadAnotherDatabaseOfTheSameKind() throws Exception {
        TestDatabase reference = newDatabase();
        try (Connection other = reference.open();
                Statement statement = other.createStatement()) {
            statement.execute("CREATE TABLE reference_only (id INTEGER PRIMARY KEY, code VARCHAR(10))");
        }
        try (Connection connection = newDatabase().open()) {
            Schema models = read(connection, "url:" + reference.url()).schema();

            assertEquals(List.of("reference_only"), models.tableNames());
        }
    }

    @Test
    void urlModelsOfAnotherKindOfDatabaseAreRefused() throws Exception {
        try (Connection connection = newDatabase().open()) {
            ModelException failure =
                    assertThrows(ModelException.class, () -> read(connection, "url:" + otherKindUrl()));

            assertTrue(failure.getMessage().contains("but the project's database is"), failure.getMessage());
        }
    }

    @Test
    void anUnknownKindOfSourceIsRefused() {
        ModelException failure = assertThrows(ModelException.class, () -> ModelSources.parse("yaml:models.yml"));

        assertTrue(failure.getMessage().contains("names no model source"), failure.getMessage());
    }

    /** Models written with the schema DSL, as a project would. */
    public static final class AppModels implements Models {
        /** Made by Retort through its public no-argument constructor. */
        public AppModels() {}

        @Override
        public Schema schema() {
            return Schema.of(
                    List.of(Table.of(
                            "accounts",
                            column("id", bigint()).primaryKey().autoIncrement(),
                            column("name", varchar(100)).notNull())),
                    List.of(Index.on("ix_accounts_name", "accounts", "name")));
        }
    }
}
