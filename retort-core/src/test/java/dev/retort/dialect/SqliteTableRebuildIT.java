package dev.retort.dialect;

import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.integer;
import static dev.retort.schema.DataType.text;
import static dev.retort.schema.DataType.varchar;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.UniqueConstraint.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.DataType;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.testkit.DatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQLite's table rebuild keeps every row, index, trigger, view and foreign key, keeps AUTOINCREMENT
 * from reusing ids, rolls back whole when the new definition refuses a row, and refuses what it
 * cannot do safely.
 */
class SqliteTableRebuildIT {
    @RegisterExtension
    static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

    private static final Dialect DIALECT = Dialects.installed().named("sqlite").orElseThrow();

    private static final List<String> USER_ROWS =
            List.of("1|a@x.org|ann|30", "2|b@x.org|bob|12", "3|c@x.org|cid|40", "4|d@x.org|dee|4");

    /** users (AUTOINCREMENT, unique email, check), orders referencing it, two indexes, a trigger and a view. */
    private static Connection database() throws SQLException {
        Connection connection = SQLITE.newDatabase().open();
        run(
                connection,
                new CreateTable(Table.of(
                        "users",
                        column("id", integer()).primaryKey().autoIncrement(),
                        column("email", varchar(255)).notNull(),
                        column("name", text()),
                        column("age", integer()),
                        unique("uq_users_email", "email"),
                        check("ck_users_age", "age >= 0"))));
        run(
                connection,
                new CreateTable(Table.of(
                        "orders",
                        column("id", integer()).primaryKey(),
                        column("user_id", integer()),
                        foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"))
                                .onDelete(ReferentialAction.CASCADE))));
        run(connection, new CreateTable(Table.of("log", column("line", text()))));
        run(connection, new CreateIndex(Index.on("ix_users_name", "users", "name"), false));
        run(
                connection,
                new CreateIndex(
                        Index.on("ix_users_adult_email", "users", "lower(email)")
                                .where("age >= 18"),
                        false));
        execute(
                connection,
                "CREATE TRIGGER tr_users_name AFTER UPDATE OF name ON users BEGIN"
                        + " INSERT INTO log (line) VALUES (NEW.name); END",
                "CREATE VIEW adults AS SELECT email FROM users WHERE age >= 18",
                "INSERT INTO users (email, name, age) VALUES ('a@x.org', 'ann', 30), ('b@x.org', 'bob', 12),"
                        + " ('c@x.org', 'cid', 40), ('d@x.org', 'dee', 4), ('e@x.org', 'eve', 50)",
                "DELETE FROM users WHERE id = 5",
                "INSERT INTO orders (id, user_id) VALUES (1, 1), (2, 2), (3, 2)");
        return connection;
    }

    /** Runs the rendered statements in one transaction, as a revision does; rolls back on failure. */
    private static void run(Connection connection, Operation operation) throws SQLException {
        List<String> statements = DIALECT.render(operation, DIALECT.tableLookup(connection));
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException failure) {
            connection.rollback();
            throw failure;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private static List<String> indexes(Connection connection) throws SQLException {
        return rows(connection, "SELECT name FROM pragma_index_list('users') ORDER BY name");
    }

    /**
     * The trigger fires, the view reads, orders' foreign key holds and cascades, and the next id is
     * {@code nextId}: AUTOINCREMENT reuses no id, not even those of deleted rows.
     */
    private static void stillWorks(Connection connection, int nextId) throws SQLException {
        execute(connection, "UPDATE users SET name = 'ann2' WHERE id = 1");
        assertEquals(List.of("ann2"), rows(connection, "SELECT line FROM log"));
        assertEquals(List.of("a@x.org", "c@x.org"), rows(connection, "SELECT email FROM adults ORDER BY email"));
        assertEquals(List.of(), rows(connection, "PRAGMA foreign_key_check"));
        execute(connection, "PRAGMA foreign_keys = ON");
        SQLException orphan = assertThrows(
                SQLException.class, () -> execute(connection, "INSERT INTO orders (id, user_id) VALUES (9, 99)"));
        assertTrue(orphan.getMessage().contains("FOREIGN KEY"), orphan.getMessage());
        execute(connection, "DELETE FROM users WHERE id = 2");
        assertEquals(List.of("1|1"), rows(connection, "SELECT id, user_id FROM orders"));
        execute(connection, "PRAGMA foreign_keys = OFF");
        execute(connection, "INSERT INTO users (email, name, age) VALUES ('f@x.org', 'fay', 20)");
        assertEquals(List.of(String.valueOf(nextId)), rows(connection, "SELECT id FROM users WHERE email = 'f@x.org'"));
    }

    @Test
    void alterColumnKeepsRowsIndexesTriggersViewsAndForeignKeys() throws SQLException {
        try (Connection connection = database()) {
            List<String> indexesBefore = indexes(connection);
            run(
                    connection,
                    AlterColumn.of("users", "name")
                            .type(varchar(100))
                            .notNull()
                            .defaultSql("'nobody'")
                            .build());

            assertEquals(USER_ROWS, rows(connection, "SELECT id, email, name, age FROM users ORDER BY id"));
            assertEquals(indexesBefore, indexes(connection));
            assertEquals(List.of("ix_users_adult_email", "ix_users_name", "sqlite_autoindex_users_1"), indexesBefore);
            Column name = DIALECT.readTable(connection, "users")
                    .orElseThrow()
                    .table()
                    .column("name")
                    .orElseThrow();
            assertEquals(
                    new Column(
                            "name",
                            varchar(100),
                            false,
                            Optional.of("'nobody'"),
                            Identity.NONE,
                            false,
                            Optional.empty()),
                    name);
            assertEquals(List.of(), rows(connection, "SELECT name FROM sqlite_master WHERE name LIKE '_retort_tmp_%'"));
            stillWorks(connection, 6);
        }
    }

    @Test
    void dropColumnRebuildDropsTheIndexesAndConstraintsOnIt() throws SQLException {
        try (Connection connection = database()) {
            run(connection, new DropColumn("users", "email", Optional.empty()));

            assertEquals(
                    List.of("1|ann|30", "2|bob|12", "3|cid|40", "4|dee|4"),
                    rows(connection, "SELECT id, name, age FROM users ORDER BY id"));
            assertEquals(List.of("ix_users_name"), indexes(connection));
            TableSnapshot users = DIALECT.readTable(connection, "users").orElseThrow();
            assertEquals(List.of(), users.table().uniques());
            assertEquals(
                    List.of(check("ck_users_age", "age >= 0")), users.table().checks());
            assertEquals(List.of("orders"), users.referencingTables());
            execute(connection, "UPDATE users SET name = 'ann2' WHERE id = 1");
            assertEquals(List.of("ann2"), rows(connection, "SELECT line FROM log"));
            assertEquals(List.of(), rows(connection, "PRAGMA foreign_key_check"));
        }
    }

    @Test
    void addAndDropConstraintsRebuild() throws SQLException {
        try (Connection connection = database()) {
            run(connection, new AddConstraint("users", check("ck_users_name", "length(name) > 0")));
            assertThrows(
                    SQLException.class,
                    () -> execute(connection, "INSERT INTO users (email, name) VALUES ('z@x.org', '')"));
            run(connection, new DropConstraint("users", "uq_users_email", Constraint.Kind.UNIQUE, Optional.empty()));
            execute(connection, "INSERT INTO users (email, name, age) VALUES ('a@x.org', 'twin', 1)");
            execute(connection, "DELETE FROM users WHERE name = 'twin'");
            run(connection, new AddConstraint("users", unique("uq_users_name", "name")));
            assertEquals(
                    List.of("ix_users_adult_email", "ix_users_name", "sqlite_autoindex_users_1"), indexes(connection));
            run(
                    connection,
                    new AddConstraint(
                            "orders",
                            foreignKey("fk_orders_user_id", List.of("id"), "users", List.of("id"))
                                    .deferrable(true)));
            assertEquals(
                    2,
                    DIALECT.readTable(connection, "orders")
                            .orElseThrow()
                            .table()
                            .foreignKeys()
                            .size());
            run(
                    connection,
                    new DropConstraint("orders", "fk_orders_user_id", Constraint.Kind.FOREIGN_KEY, Optional.empty()));

            assertEquals(USER_ROWS, rows(connection, "SELECT id, email, name, age FROM users ORDER BY id"));
            stillWorks(connection, 7);
        }
    }

    @Test
    void aRebuildThatARowRefusesRollsBackWhole() throws SQLException {
        try (Connection connection = database()) {
            String before = rows(connection, "SELECT sql FROM sqlite_master ORDER BY name")
                    .toString();
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> run(connection, new AddConstraint("users", check("ck_users_young", "age < 18"))));
            assertTrue(refused.getMessage().contains("CHECK constraint failed"), refused.getMessage());
            assertEquals(
                    before,
                    rows(connection, "SELECT sql FROM sqlite_master ORDER BY name")
                            .toString());
            assertEquals(USER_ROWS, rows(connection, "SELECT id, email, name, age FROM users ORDER BY id"));
            stillWorks(connection, 6);
        }
    }

    @Test
    void withForeignKeysOnOnlyTablesNoneReferenceAreRebuilt() throws SQLException {
        try (Connection connection = database()) {
            execute(connection, "PRAGMA foreign_keys = ON");
            RenderException refused = assertThrows(
                    RenderException.class,
                    () -> DIALECT.render(
                            AlterColumn.of("users", "age")
                                    .type(DataType.bigint())
                                    .build(),
                            DIALECT.tableLookup(connection)));
            assertTrue(
                    refused.getMessage()
                            .startsWith("SQLite cannot change column users.age while PRAGMA" + " foreign_keys is ON"),
                    refused.getMessage());

            run(connection, AlterColumn.of("orders", "user_id").notNull().build());
            assertEquals(List.of("1|1", "2|2", "3|2"), rows(connection, "SELECT id, user_id FROM orders ORDER BY id"));
            assertThrows(
                    SQLException.class, () -> execute(connection, "INSERT INTO orders (id, user_id) VALUES (9, 99)"));
        }
    }

    @Test
    void aColumnAnotherTableReferencesIsNotDropped() throws SQLException {
        try (Connection connection = database()) {
            assertEquals(
                    "SQLite cannot drop column users.id: foreign key fk_orders_user of table orders references it;"
                            + " drop that foreign key first",
                    assertThrows(
                                    RenderException.class,
                                    () -> DIALECT.render(
                                            new DropColumn("users", "id", Optional.empty()),
                                            DIALECT.tableLookup(connection)))
                            .getMessage());
        }
    }
}
