package dev.retort.dialect;

import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.enumeration;
import static dev.retort.schema.DataType.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PostgreSQL: the contract, enum types shared by tables, and indexes built concurrently. */
class PostgresSqlRendererIT extends SqlRendererContractIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    private static final Dialect DIALECT =
            Dialects.installed().named("postgresql").orElseThrow();

    @Override
    Dialect dialect() {
        return DIALECT;
    }

    @Override
    TestDatabase newDatabase() {
        return POSTGRES.newDatabase();
    }

    @Override
    Map<String, String> reportedDefaults() {
        return Map.of(
                "name", "'nobody'::text",
                "score", "0",
                "active", "false",
                "created_at", "CURRENT_TIMESTAMP",
                "mood", "'happy'::mood");
    }

    @Test
    void anEnumTypeIsCreatedOnceAndDroppedWithItsLastTable() throws SQLException {
        Table cats = Table.of("cats", column("id", integer()), column("mood", enumeration("mood", "happy", "sad")));
        Table dogs = Table.of("dogs", column("id", integer()), column("mood", enumeration("mood", "happy", "sad")));
        try (Connection connection = newDatabase().open()) {
            assertEquals(2, run(connection, new CreateTable(cats)).size());
            assertEquals(1, run(connection, new CreateTable(dogs)).size());
            assertEquals(List.of("DROP TABLE cats"), run(connection, new DropTable("cats", Optional.empty())));
            assertEquals(
                    List.of("DROP TABLE dogs", "DROP TYPE mood"),
                    run(connection, new DropTable("dogs", Optional.empty())));
            assertEquals(Optional.of(false), DIALECT.tableLookup(connection).typeExists("mood"));
        }
    }

    @Test
    void aTypeThatCannotBeReadIsARenderException() throws SQLException {
        Connection connection = newDatabase().open();
        TableLookup tables = DIALECT.tableLookup(connection);
        connection.close();
        assertTrue(assertThrows(RenderException.class, () -> tables.typeExists("mood"))
                .getMessage()
                .startsWith("could not read type 'mood' from PostgreSQL: "));
        assertTrue(assertThrows(RenderException.class, () -> tables.tablesUsingType("mood"))
                .getMessage()
                .startsWith("could not read type 'mood' from PostgreSQL: "));
    }

    @Test
    void indexesAreBuiltAndDroppedConcurrentlyOutsideTransactions() throws SQLException {
        try (Connection connection = newDatabase().open()) {
            run(connection, new CreateTable(Table.of("t", column("a", integer()), column("b", integer()))));
            Index index = Index.on("ix_t_a", "t", "a").include("b").using("btree");
            try (Statement statement = connection.createStatement()) {
                for (String sql : DIALECT.render(new CreateIndex(index, true), TableLookup.NONE)) {
                    statement.execute(sql);
                }
                assertEquals(
                        List.of(Index.on("ix_t_a", "t", "a").include("b")),
                        DIALECT.readTable(connection, "t").orElseThrow().indexes());
                for (String sql :
                        DIALECT.render(new DropIndex("ix_t_a", "t", Optional.empty(), true), TableLookup.NONE)) {
                    statement.execute(sql);
                }
            }
            assertEquals(
                    List.of(), DIALECT.readTable(connection, "t").orElseThrow().indexes());
        }
    }
}
