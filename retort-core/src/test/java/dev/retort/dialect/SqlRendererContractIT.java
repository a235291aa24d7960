package dev.retort.dialect;

import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.binary;
import static dev.retort.schema.DataType.bool;
import static dev.retort.schema.DataType.date;
import static dev.retort.schema.DataType.doublePrecision;
import static dev.retort.schema.DataType.enumeration;
import static dev.retort.schema.DataType.integer;
import static dev.retort.schema.DataType.numeric;
import static dev.retort.schema.DataType.text;
import static dev.retort.schema.DataType.time;
import static dev.retort.schema.DataType.timestamp;
import static dev.retort.schema.DataType.uuid;
import static dev.retort.schema.DataType.varchar;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.UniqueConstraint.unique;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.ops.Setting;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testkit.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every dialect's rendering and catalog reading must do on its real database: the statements
 * of every operation run, in order, online and offline; {@link Dialect#readTable} gives back what
 * {@code CREATE TABLE} made; literals are read as the values they write.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
abstract class SqlRendererContractIT {
    static final Table USERS = Table.of(
                    "users",
                    column("id", integer()).primaryKey().autoIncrement(),
                    column("email", varchar(255)).notNull().comment("login"),
                    column("name", text()).defaultSql("'nobody'"),
                    column("score", numeric(10, 2)).defaultSql("0"),
                    column("active", bool()).notNull().defaultSql("FALSE"),
                    column("created_at", timestamp(true)).notNull().defaultSql("CURRENT_TIMESTAMP"),
                    column("uid", uuid()),
                    column("mood", enumeration("mood", "happy", "sad")).defaultSql("'happy'"),
                    unique("uq_users_email", "email"),
                    check("ck_users_score", "score >= 0"))
            .comment("People");

    static final Table ORDERS = Table.of(
            "orders",
            column("id", integer()).primaryKey(),
            column("user_id", integer()),
            column("total", doublePrecision()),
            column("day", date()),
            foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"))
                    .onDelete(ReferentialAction.CASCADE)
                    .onUpdate(ReferentialAction.SET_NULL));

    /** The dialect under test. */
    abstract Dialect dialect();

    /** An empty database of the dialect's kind. */
    abstract TestDatabase newDatabase();

    /** The defaults of {@link #USERS} as this database reports them, by column. */
    abstract Map<String, String> reportedDefaults();

    /** Runs the statements of {@code operation}, rendered with {@code tables}, in one transaction where DDL has them. */
    List<String> run(Connection connection, Operation operation, TableLookup tables) throws SQLException {
        List<String> statements = dialect().render(operation, tables);
        boolean transactional = dialect().supports(Capability.TRANSACTIONAL_DDL);
        connection.setAutoCommit(!transactional);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException failure) {
                    throw new AssertionError("failed: " + sql + "\n" + failure.getMessage(), failure);
                }
            }
            if (transactional) {
                connection.commit();
            }
        } finally {
            if (transactional) {
                connection.setAutoCommit(true);
            }
        }
        return statements;
    }

    List<String> run(Connection connection, Operation operation) throws SQLException {
        return run(connection, operation, dialect().tableLookup(connection));
    }

    Table read(Connection connection, String table) throws SQLException {
        return dialect().readTable(connection, table).orElseThrow().table();
    }

    @Test
    void readTableGivesBackWhatCreateTableMade() throws SQLException {
        try (Connection connection = newDatabase().open()) {
            run(connection, new CreateTable(USERS));
            run(connection, new CreateTable(ORDERS));
            run(
                    connection,
                    new CreateIndex(Index.on("ix_orders_user_total", "orders", "user_id", "total DESC"), false));
            if (dialect().supports(Capability.PARTIAL_INDEXES)) {
                run(
                        connection,
                        new CreateIndex(
                                Index.on("ix_orders_big", "orders", "total").where("total > 100"), false));
            }
            if (dialect().supports(Capability.EXPRESSION_INDEXES)) {
                run(
                        connection,
                        new CreateIndex(
                                Index.on("ix_users_lower_email", "users", "lower(email)")
                                        .unique(),
                                false));
            }

            TableSnapshot users = dialect().readTable(connection, "users").orElseThrow();
            Table table = users.table();
            assertEquals(names(USERS.columns()), names(table.columns()));
            for (Column expected : USERS.columns()) {
                Column actual = table.column(expected.name()).orElseThrow();
                assertEquals(dialect().typeSql(expected.type()), dialect().typeSql(actual.type()), expected.name());
                assertEquals(expected.isNullable(), actual.isNullable(), expected.name());
                assertEquals(
                        Optional.ofNullable(reportedDefaults().get(expected.name())),
                        actual.defaultSql(),
                        expected.name());
                assertEquals(expected.isAutoIncrement(), actual.isAutoIncrement(), expected.name());
                if (dialect().supports(Capability.COMMENTS)) {
                    assertEquals(expected.comment(), actual.comment(), expected.name());
                }
            }
            assertEquals(List.of("id"), table.primaryKey().orElseThrow().columns());
            assertEquals(List.of(unique("uq_users_email", "email")), table.uniques());
            assertEquals(1, table.checks().size());
            assertEquals(Optional.of("ck_users_score"), table.checks().get(0).name());
            assertTrue(
                    table.checks().get(0).condition().contains("score"),
                    table.checks().get(0).condition());
            assertEquals(
                    dialect().supports(Capability.COMMENTS) ? Optional.of("People") : Optional.empty(),
                    table.comment());
            assertEquals(List.of("orders"), users.referencingTables());
            if (dialect().supports(Capability.EXPRESSION_INDEXES)) {
                assertEquals(1, users.indexes().size());
                assertTrue(users.indexes().get(0).isUnique());
                assertTrue(users.indexes().get(0).elements().get(0).startsWith("lower("));
            }

            TableSnapshot orders = dialect().readTable(connection, "orders").orElseThrow();
            assertEquals(List.of(ORDERS.foreignKeys().get(0)), orders.table().foreignKeys());
            assertEquals(List.of(), orders.referencingTables());
            Index index = orders.indexes().stream()
                    .filter(each -> each.name().equals("ix_orders_user_total"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(List.of("user_id", "total DESC"), index.elements());
            assertFalse(index.isUnique());
            if (dialect().supports(Capability.PARTIAL_INDEXES)) {
                Index partial = orders.indexes().stream()
                        .filter(each -> each.name().equals("ix_orders_big"))
                        .findFirst()
                        .orElseThrow();
                assertTrue(
                        partial.where().orElseThrow().contains("100"),
                        partial.where().get());
            }
            assertEquals(
                    dialect().supports(Capability.PARTIAL_INDEXES) ? 2 : 1,
                    orders.indexes().size());

            assertEquals(Optional.empty(), dialect().readTable(connection, "nothing_here"));
        }
    }

    @Test
    void readSchemaReadsEveryTableAsReadTableDoesAndNoViews() throws SQLException {
        try (Connection connection = newDatabase().open()) {
            assertEquals(List.of(), dialect().readSchema(connection).tables());
            run(connection, new CreateTable(USERS));
            run(connection, new CreateTable(ORDERS));
            run(connection, new CreateIndex(Index.on("ix_orders_day", "orders", "day"), false));
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE VIEW big_orders AS SELECT id FROM orders WHERE total > 100");
            }

            SchemaSnapshot schema = dialect().readSchema(connection);

            assertEquals(List.of("orders", "users"), schema.schema().tableNames());
            assertEquals(dialect().readTable(connection, "orders"), schema.find("orders"));
            assertEquals(dialect().readTable(connection, "users"), schema.find("users"));
            assertEquals(
                    List.of("ix_orders_day"),
                    schema.schema().indexesOf("orders").stream()
                            .map(Index::name)
                            .toList());
            assertEquals(Optional.empty(), schema.find("big_orders"));
        }
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    @Test
    void aTableThatCannotBeReadIsARenderException() throws SQLException {
        Connection connection = newDatabase().open();
        TableLookup tables = dialect().tableLookup(connection);
        connection.close();
        RenderException failure = assertThrows(RenderException.class, () -> tables.find("users"));
        String prefix = "could not read table 'users' from " + dialect().displayName() + ": ";
        assertTrue(failure.getMessage().startsWith(prefix), failure.getMessage());
        assertTrue(failure.getCause() instanceof SQLException);
    }

    @Test
    void everyOperationRunsOnline() throws SQLException {
        try (Connection connection = newDatabase().open()) {
            List<Operation> operations = new ArrayList<>(List.of(
                    new CreateTable(USERS),
                    new CreateTable(ORDERS),
                    new AddColumn(
                            "users",
                            column("nick", varchar(40)).defaultSql("'x'").comment("nick")),
                    AlterColumn.of("users", "nick").type(varchar(80)).build(),
                    AlterColumn.of("users", "nick").notNull().build(),
                    AlterColumn.of("users", "nick").defaultSql("'y'").build(),
                    AlterColumn.of("users", "nick").dropDefault().build(),
                    AlterColumn.of("users", "nick").comment("the nick").build(),
                    AlterColumn.of("users", "nick").rename("nickname").build(),
                    AlterColumn.of("users", "nickname")
                            .rename("nick2")
                            .type(text())
                            .nullable()
                            .build(),
                    new CreateIndex(Index.on("ix_users_created", "users", "created_at DESC", "email"), false),
                    new DropIndex("ix_users_created", "users", Optional.empty(), false),
                    new AddConstraint("orders", unique("uq_orders_day", "day")),
                    new AddConstraint("orders", check("ck_orders_total", "total >= 0")),
                    new AddConstraint(
                            "orders", foreignKey("fk_orders_user2", List.of("user_id"), "users", List.of("id"))),
                    new DropConstraint("orders", "uq_orders_day", Constraint.Kind.UNIQUE, Optional.empty()),
                    new DropConstraint("orders", "ck_orders_total", Constraint.Kind.CHECK, Optional.empty()),
                    new DropConstraint("orders", "fk_orders_user2", Constraint.Kind.FOREIGN_KEY, Optional.empty()),
                    new SetTableComment("orders", Setting.to("Orders"), Optional.empty()),
                    new SetTableComment("orders", Setting.none(), Optional.empty()),
                    new RenameTable("orders", "purchases"),
                    new DropColumn("purchases", "total", Optional.empty()),
                    new DropColumn("users", "nick2", Optional.empty())));
            if (dialect().supports(Capability.PARTIAL_INDEXES)) {
                operations.add(new CreateIndex(
                        Index.on("ix_users_name", "users", "name").unique().where("name IS NOT NULL"), false));
            }
            if (dialect().supports(Capability.EXPRESSION_INDEXES)) {
                operations.add(new CreateIndex(Index.on("ix_users_lower", "users", "lower(name)"), false));
            }
            operations.add(
                    new DropConstraint("purchases", "fk_orders_user", Constraint.Kind.FOREIGN_KEY, Optional.empty()));
            operations.add(AlterColumn.of("users", "score").type(numeric(12, 3)).build());
            for (Operation operation : operations) {
                run(connection, operation);
            }

            Table users = read(connection, "users");
            assertEquals(
                    List.of("id", "email", "name", "score", "active", "created_at", "uid", "mood"),
                    names(users.columns()));
            assertEquals(
                    dialect().typeSql(numeric(12, 3)),
                    dialect().typeSql(users.column("score").orElseThrow().type()));
            Table purchases = read(connection, "purchases");
            assertEquals(List.of("id", "user_id", "day"), names(purchases.columns()));
            assertEquals(List.of(), purchases.foreignKeys());
            assertEquals(List.of(), purchases.uniques());
            assertEquals(Optional.empty(), purchases.comment());

            run(connection, new DropTable("purchases", Optional.empty()));
            run(connection, new DropTable("users", Optional.empty()));
            assertEquals(Optional.empty(), dialect().readTable(connection, "users"));
        }
    }

    @Test
    void alterColumnKeepsWhatItDoesNotChange() throws SQLException {
        try (Connection connection = newDatabase().open()) {
            run(connection, new CreateTable(USERS));
            run(
                    connection,
                    AlterColumn.of("users", "name").type(varchar(100)).notNull().build());
            Column name = read(connection, "users").column("name").orElseThrow();
            assertEquals(dialect().typeSql(varchar(100)), dialect().typeSql(name.type()));
            assertFalse(name.isNullable());
            // PostgreSQL casts the default to the new type: 'nobody'::character varying
            assertTrue(
                    name.defaultSql().orElseThrow().contains("'nobody'"),
                    name.defaultSql().get());

            run(connection, AlterColumn.of("users", "email").rename("login").build());
            Column login = read(connection, "users").column("login").orElseThrow();
            assertFalse(login.isNullable());
            if (dialect().supports(Capability.COMMENTS)) {
                assertEquals(Optional.of("login"), login.comment());
            }
            assertEquals(
                    List.of(new UniqueConstraint(Optional.of("uq_users_email"), List.of("login"))),
                    read(connection, "users").uniques());
        }
    }

    @Test
    void operationsRenderedOfflineRunToo() throws SQLException {
        try (Connection connection = newDatabase().open()) {
            List<Operation> operations = List.of(
                    new CreateTable(USERS),
                    new AddColumn("users", column("nick", varchar(40)).defaultSql("'x'")),
                    AlterColumn.of("users", "nick").rename("nickname").build(),
                    new CreateIndex(Index.on("ix_users_nickname", "users", "nickname"), false),
                    new DropIndex("ix_users_nickname", "users", Optional.empty(), false),
                    new DropColumn("users", "nickname", Optional.empty()),
                    new RenameTable("users", "people"),
                    new DropTable("people", Optional.of(USERS)));
            for (Operation operation : operations) {
                run(connection, operation, TableLookup.NONE);
            }
            if (dialect().supports(Capability.ALTER_COLUMN)) {
                Table totals =
                        Table.of("totals", column("id", integer()).primaryKey(), column("total", doublePrecision()));
                run(connection, new CreateTable(totals.comment("x")), TableLookup.NONE);
                run(
                        connection,
                        AlterColumn.of("totals", "total")
                                .type(numeric(10, 2))
                                .notNull()
                                .existingNullable(true)
                                .existingType(doublePrecision())
                                .build(),
                        TableLookup.NONE);
                assertFalse(
                        read(connection, "totals").column("total").orElseThrow().isNullable());
            }
        }
    }

    @Test
    void literalsAreReadAsTheValuesTheyWrite() throws SQLException {
        Table table = Table.of(
                "literals",
                column("s", text()),
                column("n", integer()),
                column("d", numeric(10, 2)),
                column("f", doublePrecision()),
                column("b", bool()),
                column("x", binary()),
                column("u", uuid()),
                column("day", date()),
                column("at", time()),
                column("local", timestamp()),
                column("zoned", timestamp(true)),
                column("instant", timestamp(true)));
        String text = "it's a \\ backslash; and a \"quote\"";
        byte[] bytes = {0, 1, -1, 39, 92};
        List<Object> values = List.of(
                text,
                42,
                new BigDecimal("1234.50"),
                2.5,
                true,
                bytes,
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                LocalDate.of(2026, 1, 2),
                LocalTime.of(3, 4, 5),
                LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_000_000),
                OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)),
                Instant.parse("2026-01-02T01:04:05.5Z"));
        try (Connection connection = newDatabase().open()) {
            run(connection, new CreateTable(table));
            List<String> literals = values.stream().map(dialect()::literal).toList();
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO literals VALUES (" + String.join(", ", literals) + ")");
                for (int i = 0; i < values.size(); i++) {
                    String column = table.columns().get(i).name();
                    try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM literals WHERE "
                            + dialect().identifier(column) + " = " + literals.get(i))) {
                        rows.next();
                        assertEquals(1, rows.getInt(1), column + " = " + literals.get(i));
                    }
                }
                try (ResultSet rows = statement.executeQuery("SELECT s, x FROM literals")) {
                    rows.next();
                    assertEquals(text, rows.getString(1));
                    assertArrayEquals(bytes, rows.getBytes(2));
                }
            }
        }
    }
}
