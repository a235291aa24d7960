package dev.retort.dialect;

import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.integer;
import static dev.retort.schema.DataType.json;
import static dev.retort.schema.DataType.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MariaDB: the contract, and what its catalog keeps its own way (JSON, unique indexes, prefixes). */
class MariaDbSqlRendererIT extends SqlRendererContractIT {
    @RegisterExtension
    static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

    private static final Dialect DIALECT = Dialects.installed().named("mariadb").orElseThrow();

    @Override
    Dialect dialect() {
        return DIALECT;
    }

    @Override
    TestDatabase newDatabase() {
        return MARIADB.newDatabase();
    }

    @Override
    Map<String, String> reportedDefaults() {
        return Map.of(
                "name", "'nobody'",
                "score", "0.00",
                "active", "0",
                "created_at", "current_timestamp(6)",
                "mood", "'happy'");
    }

    @Test
    void jsonColumnsUniqueIndexesAndPrefixesReadBack() throws SQLException {
        Table table = Table.of(
                "docs", column("id", integer()).primaryKey(), column("body", json()), column("title", varchar(200)));
        try (Connection connection = newDatabase().open()) {
            run(connection, new CreateTable(table));
            run(
                    connection,
                    new CreateIndex(Index.on("uq_docs_title", "docs", "title").unique(), false));
            run(connection, new CreateIndex(Index.on("ix_docs_title", "docs", "title(20) DESC"), false));
            TableSnapshot docs = DIALECT.readTable(connection, "docs").orElseThrow();
            assertEquals(json(), docs.table().column("body").orElseThrow().type());
            assertEquals(List.of(), docs.table().checks());
            assertEquals(
                    List.of(new UniqueConstraint(Optional.of("uq_docs_title"), List.of("title"))),
                    docs.table().uniques());
            assertEquals(List.of("title(20) DESC"), docs.indexes().get(0).elements());
        }
    }
}
