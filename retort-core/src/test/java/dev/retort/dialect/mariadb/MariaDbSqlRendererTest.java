package dev.retort.dialect.mariadb;

import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.bigint;
import static dev.retort.schema.DataType.binary;
import static dev.retort.schema.DataType.bool;
import static dev.retort.schema.DataType.character;
import static dev.retort.schema.DataType.date;
import static dev.retort.schema.DataType.doublePrecision;
import static dev.retort.schema.DataType.enumeration;
import static dev.retort.schema.DataType.integer;
import static dev.retort.schema.DataType.json;
import static dev.retort.schema.DataType.numeric;
import static dev.retort.schema.DataType.raw;
import static dev.retort.schema.DataType.real;
import static dev.retort.schema.DataType.smallint;
import static dev.retort.schema.DataType.text;
import static dev.retort.schema.DataType.time;
import static dev.retort.schema.DataType.timestamp;
import static dev.retort.schema.DataType.uuid;
import static dev.retort.schema.DataType.varchar;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.UniqueConstraint.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.RenderException;
import dev.retort.dialect.TableLookup;
import dev.retort.dialect.TableSnapshot;
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
import dev.retort.schema.DataType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every operation and option as MariaDB/MySQL SQL, compared exactly. */
class MariaDbSqlRendererTest {
    private static final Dialect DIALECT = new MariaDbDialect();

    private static String render(Operation operation) {
        return render(operation, TableLookup.NONE);
    }

    private static String render(Operation operation, TableLookup tables) {
        return String.join(";\n", DIALECT.render(operation, tables));
    }

    private static String failure(Operation operation) {
        return failure(operation, TableLookup.NONE);
    }

    private static String failure(Operation operation, TableLookup tables) {
        return assertThrows(RenderException.class, () -> DIALECT.render(operation, tables))
                .getMessage();
    }

    /** A live database holding {@code table}. */
    private static TableLookup live(Table table) {
        TableSnapshot snapshot = new TableSnapshot(table, List.of(), Map.of(), Map.of(), List.of(), true);
        return name -> name.equals(table.name()) ? Optional.of(snapshot) : Optional.empty();
    }

    // ---- tables

    @Test
    void createTableWritesEveryPortableType() {
        Table table = Table.of(
                "kinds",
                column("a", integer()),
                column("b", bigint()),
                column("c", smallint()),
                column("d", bool()),
                column("e", varchar(255)),
                column("f", character(2)),
                column("g", text()),
                column("h", numeric(10, 2)),
                column("i", real()),
                column("j", doublePrecision()),
                column("k", date()),
                column("l", time()),
                column("m", time(true)),
                column("n", timestamp()),
                column("o", timestamp(true)),
                column("p", uuid()),
                column("q", json()),
                column("r", binary()),
                column("s", enumeration("mood", "happy", "it's sad")),
                column("t", raw("MEDIUMINT UNSIGNED")));
        assertEquals("""
                CREATE TABLE kinds (
                    a INT,
                    b BIGINT,
                    c SMALLINT,
                    d BOOLEAN,
                    e VARCHAR(255),
                    f CHAR(2),
                    g TEXT,
                    h DECIMAL(10, 2),
                    i FLOAT,
                    j DOUBLE,
                    k DATE,
                    l TIME,
                    m TIME,
                    n DATETIME(6),
                    o TIMESTAMP(6) NULL,
                    p CHAR(36),
                    q JSON,
                    r LONGBLOB,
                    s ENUM('happy', 'it''s sad'),
                    t MEDIUMINT UNSIGNED
                )""", render(new CreateTable(table)));
    }

    @Test
    void createTableWritesCommentsIntoTheDefinition() {
        Table table = Table.of(
                        "order",
                        column("id", bigint()).primaryKey().autoIncrement().comment("the key"),
                        column("key", varchar(20)).notNull().defaultSql("'new'"),
                        column("at", timestamp(true)).notNull().defaultSql("CURRENT_TIMESTAMP(6)"),
                        column("user_id", bigint()),
                        unique("uq_order_key", "key"),
                        foreignKey("fk_order_user", List.of("user_id"), "users", List.of("id"))
                                .onDelete(ReferentialAction.CASCADE)
                                .onUpdate(ReferentialAction.RESTRICT),
                        check("ck_order_key", "`key` <> ''"))
                .comment("What people's buy");
        assertEquals("""
                CREATE TABLE `order` (
                    id BIGINT NOT NULL AUTO_INCREMENT COMMENT 'the key',
                    `key` VARCHAR(20) NOT NULL DEFAULT 'new',
                    at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                    user_id BIGINT,
                    PRIMARY KEY (id),
                    CONSTRAINT uq_order_key UNIQUE (`key`),
                    CONSTRAINT fk_order_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE RESTRICT,
                    CONSTRAINT ck_order_key CHECK (`key` <> '')
                ) COMMENT='What people''s buy'""", render(new CreateTable(table)));
    }

    @Test
    void createTableWritesANamedPrimaryKey() {
        assertEquals(
                """
                CREATE TABLE line (
                    a INT NOT NULL,
                    b INT NOT NULL,
                    CONSTRAINT pk_line PRIMARY KEY (a, b)
                )""",
                render(new CreateTable(Table.of(
                        "line",
                        column("a", integer()).notNull(),
                        column("b", integer()).notNull(),
                        PrimaryKey.namedPrimaryKey("pk_line", "a", "b")))));
    }

    @Test
    void foreignKeysCannotBeDeferred() {
        String expected = "MariaDB/MySQL checks foreign keys at once and cannot defer them, so foreign key fk_a_b on a"
                + " cannot be DEFERRABLE: leave out deferrable(...) for this database";
        assertEquals(
                expected,
                failure(new CreateTable(Table.of(
                        "a",
                        column("b_id", bigint()),
                        foreignKey("fk_a_b", List.of("b_id"), "b", List.of("id"))
                                .deferrable(true)))));
        assertEquals(
                expected,
                failure(new AddConstraint(
                        "a",
                        foreignKey("fk_a_b", List.of("b_id"), "b", List.of("id"))
                                .deferrable(false))));
    }

    @Test
    void autoIncrementNeedsAnIntegerColumnWithoutDefault() {
        assertEquals(
                "MariaDB/MySQL cannot generate the values of column t.id and also give it the default 1: remove the"
                        + " default or autoIncrement()",
                failure(new AddColumn(
                        "t", column("id", bigint()).defaultSql("1").autoIncrement())));
        assertEquals(
                "MariaDB/MySQL generates values only for integer columns, and t.id is CHAR(36): make it integer(),"
                        + " bigint() or smallint(), or remove autoIncrement()",
                failure(new AddColumn("t", column("id", uuid()).autoIncrement())));
    }

    @Test
    void dropAndRenameTable() {
        assertEquals("DROP TABLE users", render(new DropTable("users", Optional.empty())));
        assertEquals("ALTER TABLE users RENAME TO people", render(new RenameTable("users", "people")));
    }

    @Test
    void setTableComment() {
        assertEquals(
                "ALTER TABLE users COMMENT = 'back\\\\slash'",
                render(new SetTableComment("users", Setting.to("back\\slash"), Optional.empty())));
        assertEquals(
                "ALTER TABLE users COMMENT = ''",
                render(new SetTableComment("users", Setting.none(), Optional.empty())));
    }

    // ---- columns

    @Test
    void addAndDropColumn() {
        assertEquals(
                "ALTER TABLE users ADD COLUMN state VARCHAR(10) NOT NULL DEFAULT 'new' COMMENT 'lifecycle'",
                render(new AddColumn(
                        "users",
                        column("state", varchar(10))
                                .notNull()
                                .defaultSql("'new'")
                                .comment("lifecycle"))));
        assertEquals(
                "ALTER TABLE users ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY",
                render(new AddColumn(
                        "users", column("id", bigint()).primaryKey().autoIncrement())));
        assertEquals(
                "ALTER TABLE users ADD COLUMN seen TIMESTAMP(6) NULL",
                render(new AddColumn("users", column("seen", timestamp(true)))));
        assertEquals("ALTER TABLE users DROP COLUMN `blob`", render(new DropColumn("users", "blob", Optional.empty())));
    }

    @Test
    void alterColumnDefaultAloneIsAlterColumn() {
        assertEquals(
                "ALTER TABLE users ALTER COLUMN state SET DEFAULT 'new'",
                render(AlterColumn.of("users", "state").defaultSql("'new'").build()));
        assertEquals(
                "ALTER TABLE users ALTER COLUMN state DROP DEFAULT",
                render(AlterColumn.of("users", "state").dropDefault().build()));
    }

    @Test
    void alterColumnRenameAloneIsRenameColumn() {
        assertEquals(
                "ALTER TABLE users RENAME COLUMN state TO status",
                render(AlterColumn.of("users", "state").rename("status").build()));
    }

    @Test
    void alterColumnRestatesTheColumnFromTheExistingValues() {
        assertEquals(
                "ALTER TABLE users MODIFY COLUMN email VARCHAR(320) NOT NULL",
                render(AlterColumn.of("users", "email")
                        .type(varchar(320))
                        .existingNullable(false)
                        .build()));
        assertEquals(
                "ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NULL DEFAULT '' COMMENT 'login'",
                render(AlterColumn.of("users", "email")
                        .nullable()
                        .existingType(varchar(255))
                        .existingDefaultSql("''")
                        .existingComment("login")
                        .build()));
        assertEquals(
                "ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL COMMENT 'it''s the login'",
                render(AlterColumn.of("users", "email")
                        .comment("it's the login")
                        .existingType(varchar(255))
                        .existingNullable(false)
                        .build()));
        assertEquals(
                "ALTER TABLE users CHANGE COLUMN email login TEXT NOT NULL DEFAULT 'x'",
                render(AlterColumn.of("users", "email")
                        .rename("login")
                        .type(text())
                        .notNull()
                        .defaultSql("'x'")
                        .existingComment(null)
                        .build()));
        assertEquals(
                "ALTER TABLE users CHANGE COLUMN email login VARCHAR(255) NULL DEFAULT 'x'",
                render(AlterColumn.of("users", "email")
                        .rename("login")
                        .defaultSql("'x'")
                        .existingType(varchar(255))
                        .existingNullable(true)
                        .build()));
    }

    @Test
    void alterColumnRestatesTheColumnFromTheLiveDatabase() {
        Table users = Table.of(
                "users",
                new Column("id", bigint(), false, Optional.empty(), Identity.BY_DEFAULT, true, Optional.of("the key")),
                column("email", varchar(255)).notNull().defaultSql("'none'").comment("login"));
        assertEquals(
                "ALTER TABLE users MODIFY COLUMN email VARCHAR(320) NOT NULL DEFAULT 'none' COMMENT 'login'",
                render(AlterColumn.of("users", "email").type(varchar(320)).build(), live(users)));
        assertEquals(
                "ALTER TABLE users MODIFY COLUMN id INT NOT NULL AUTO_INCREMENT COMMENT 'the key'",
                render(AlterColumn.of("users", "id").type(integer()).build(), live(users)));
        assertEquals(
                "ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NULL DEFAULT 'none'",
                render(AlterColumn.of("users", "email").nullable().comment(null).build(), live(users)));
    }

    @Test
    void alterColumnNeedsTheExistingTypeAndNullability() {
        assertEquals(
                "MariaDB/MySQL restates the whole column to change users.email, and its existing type and"
                        + " nullability are not known: pass existingType(...) and existingNullable(...) to alterColumn,"
                        + " or run this revision online",
                failure(AlterColumn.of("users", "email").comment("login").build()));
        assertEquals(
                "MariaDB/MySQL restates the whole column to change users.email, and its existing type is not known:"
                        + " pass existingType(...) to alterColumn, or run this revision online",
                failure(AlterColumn.of("users", "email").notNull().build()));
        assertEquals(
                "MariaDB/MySQL restates the whole column to change users.email, and its existing nullability is not"
                        + " known: pass existingNullable(...) to alterColumn, or run this revision online",
                failure(AlterColumn.of("users", "email").type(text()).build()));
        assertEquals(
                "MariaDB/MySQL restates the whole column to change users.email, and its existing type is not known"
                        + " (the database has no column users.email): pass existingType(...) to alterColumn",
                failure(
                        AlterColumn.of("users", "email").nullable().build(),
                        live(Table.of("users", column("id", bigint())))));
    }

    // ---- indexes

    @Test
    void createIndex() {
        assertEquals(
                "CREATE INDEX ix_users_email ON users (email)",
                render(new CreateIndex(Index.on("ix_users_email", "users", "email"), false)));
        assertEquals(
                "CREATE UNIQUE INDEX uq_users_name ON users (`key`, name(10) DESC, created_at DESC)",
                render(new CreateIndex(
                        Index.on("uq_users_name", "users", "key", "name(10) desc", "created_at DESC")
                                .unique(),
                        true)));
    }

    @Test
    void aQuotedIndexElementIsAColumnNameNotAnExpression() {
        assertEquals(
                "CREATE INDEX ix ON t (`odd ref`, `tick``s` DESC)",
                render(new CreateIndex(Index.on("ix", "t", "\"odd ref\"", "`tick``s` desc"), false)));
    }

    @Test
    void createIndexWritesTheMethodsMariaDbHas() {
        assertEquals("CREATE INDEX ix ON t (a)", render(new CreateIndex(Index.on("ix", "t", "a"), false)));
        assertEquals(
                "CREATE INDEX ix USING BTREE ON t (a)",
                render(new CreateIndex(Index.on("ix", "t", "a").using("btree"), false)));
        assertEquals(
                "CREATE UNIQUE INDEX ix USING HASH ON t (a)",
                render(new CreateIndex(Index.on("ix", "t", "a").unique().using("hash"), false)));
        assertEquals(
                "CREATE INDEX ix USING RTREE ON t (a)",
                render(new CreateIndex(Index.on("ix", "t", "a").using("RTREE"), false)));
        assertEquals(
                "CREATE FULLTEXT INDEX ix ON t (body)",
                render(new CreateIndex(Index.on("ix", "t", "body").using("fulltext"), false)));
        assertEquals(
                "CREATE SPATIAL INDEX ix ON t (place)",
                render(new CreateIndex(Index.on("ix", "t", "place").using("spatial"), false)));
        assertEquals(
                "MariaDB/MySQL has no index method gin, so index ix on t cannot use it: use btree, hash, rtree,"
                        + " fulltext or spatial, or leave out using(...)",
                failure(new CreateIndex(Index.on("ix", "t", "a").using("gin"), false)));
    }

    @Test
    void createIndexRefusesWhatMariaDbIndexesCannotHave() {
        assertEquals(
                "MariaDB/MySQL has no partial indexes, so index ix on t cannot have WHERE a > 0: index all rows"
                        + " (leave out where(...)), or enforce the condition otherwise",
                failure(new CreateIndex(Index.on("ix", "t", "a").where("a > 0"), false)));
        assertEquals(
                "MariaDB/MySQL has no INCLUDE columns, so index ix on t cannot include b, c: add them to the"
                        + " index's columns, or leave out include(...)",
                failure(new CreateIndex(Index.on("ix", "t", "a").include("b", "c"), false)));
        assertEquals(
                "MariaDB/MySQL cannot index expressions, so index ix on t cannot have the element lower(a): index"
                        + " a generated column holding the expression instead",
                failure(new CreateIndex(Index.on("ix", "t", "lower(a)"), false)));
    }

    @Test
    void dropIndexNamesItsTable() {
        assertEquals(
                "DROP INDEX ix_users_email ON users",
                render(new DropIndex("ix_users_email", "users", Optional.empty(), true)));
    }

    // ---- constraints

    @Test
    void addConstraintOfEachKind() {
        assertEquals(
                "ALTER TABLE users ADD PRIMARY KEY (id)",
                render(new AddConstraint("users", PrimaryKey.primaryKey("id"))));
        assertEquals(
                "ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)",
                render(new AddConstraint("users", unique("uq_users_email", "email"))));
        assertEquals(
                "ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id)"
                        + " ON UPDATE CASCADE",
                render(new AddConstraint(
                        "orders",
                        foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"))
                                .onUpdate(ReferentialAction.CASCADE))));
        assertEquals(
                "ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0)",
                render(new AddConstraint("orders", check("ck_total", "total >= 0"))));
    }

    @Test
    void dropConstraintOfEachKindItsOwnWay() {
        assertEquals(
                "ALTER TABLE users DROP PRIMARY KEY",
                render(new DropConstraint("users", "pk_users", Constraint.Kind.PRIMARY_KEY, Optional.empty())));
        assertEquals(
                "ALTER TABLE users DROP INDEX uq_users_email",
                render(new DropConstraint("users", "uq_users_email", Constraint.Kind.UNIQUE, Optional.empty())));
        assertEquals(
                "ALTER TABLE orders DROP FOREIGN KEY fk_orders_user",
                render(new DropConstraint("orders", "fk_orders_user", Constraint.Kind.FOREIGN_KEY, Optional.empty())),
                "without the key's columns, the index InnoDB made for it may be needed by another key: it stays");
        ForeignKey key = foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"));
        assertEquals(
                "ALTER TABLE orders DROP FOREIGN KEY fk_orders_user;\n"
                        + "ALTER TABLE orders DROP INDEX IF EXISTS fk_orders_user",
                render(new DropConstraint("orders", "fk_orders_user", Constraint.Kind.FOREIGN_KEY, Optional.of(key))),
                "the index InnoDB made for the key goes with it");
        assertEquals(
                "ALTER TABLE orders DROP CONSTRAINT ck_total",
                render(new DropConstraint("orders", "ck_total", Constraint.Kind.CHECK, Optional.empty())));
    }

    // ---- names, types and literals

    @Test
    void namesAreQuotedWithBackticksOnlyWhenNeeded() {
        assertEquals("users", DIALECT.identifier("users"));
        assertEquals("`key`", DIALECT.identifier("key"));
        assertEquals("`range`", DIALECT.identifier("range"));
        assertEquals("`Users`", DIALECT.identifier("Users"));
        assertEquals("`a``b`", DIALECT.identifier("a`b"));
    }

    @Test
    void typeSqlIsTheColumnType() {
        assertEquals("ENUM('a', 'b')", DIALECT.typeSql(enumeration("mood", "a", "b")));
        assertEquals("DATETIME(6)", DIALECT.typeSql(timestamp()));
    }

    @Test
    void literals() {
        assertEquals("NULL", DIALECT.literal(null));
        assertEquals("'it''s a \\\\ backslash'", DIALECT.literal("it's a \\ backslash"));
        assertEquals("1", DIALECT.literal(true));
        assertEquals("0", DIALECT.literal(false));
        assertEquals("12", DIALECT.literal(12));
        assertEquals("2.5", DIALECT.literal(2.5d));
        assertEquals("X'00FF10'", DIALECT.literal(new byte[] {0, -1, 16}));
        assertEquals(
                "'123e4567-e89b-12d3-a456-426614174000'",
                DIALECT.literal(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
        assertEquals("DATE '2026-01-02'", DIALECT.literal(LocalDate.of(2026, 1, 2)));
        assertEquals("TIME '23:59:59'", DIALECT.literal(LocalTime.of(23, 59, 59)));
        assertEquals(
                "TIMESTAMP '2026-01-02 03:04:05.123'",
                DIALECT.literal(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_000_000)));
        assertEquals(
                "CONVERT_TZ('2026-01-02 01:04:05', '+00:00', @@session.time_zone)",
                DIALECT.literal(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2))));
        assertEquals(
                "CONVERT_TZ('2026-01-02 03:04:05', '+00:00', @@session.time_zone)",
                DIALECT.literal(Instant.parse("2026-01-02T03:04:05Z")));
        assertEquals(
                "MariaDB/MySQL cannot store the number NaN",
                assertThrows(IllegalArgumentException.class, () -> DIALECT.literal(Double.NaN))
                        .getMessage());
        assertEquals(
                "MariaDB/MySQL cannot store the number Infinity",
                assertThrows(IllegalArgumentException.class, () -> DIALECT.literal(Float.POSITIVE_INFINITY))
                        .getMessage());
    }

    @Test
    void sequencesAreRefusedNamingTheDatabase() {
        RenderException failure = assertThrows(
                RenderException.class,
                () -> DIALECT.render(
                        new dev.retort.ops.CreateSequence(dev.retort.schema.Sequence.named("s")), TableLookup.NONE));
        assertEquals(
                "Retort does not support sequences on MariaDB/MySQL, so sequence s cannot be created: use an"
                        + " auto-increment column (autoIncrement()) instead",
                failure.getMessage());
    }

    @Test
    void schemasAreRefusedNamingTheDatabase() {
        RenderException failure = assertThrows(
                RenderException.class,
                () -> DIALECT.render(new dev.retort.ops.CreateSchema("sales"), TableLookup.NONE));
        assertEquals(
                "Retort does not support schemas on MariaDB/MySQL, so schema sales cannot be created: keep the tables"
                        + " in the database the URL names",
                failure.getMessage());
    }

    @Test
    void rangeTypesAreRefusedNamingTheDatabase() {
        RenderException failure = assertThrows(
                RenderException.class,
                () -> DIALECT.render(
                        new dev.retort.ops.CreateRangeType(
                                dev.retort.schema.RangeType.of("uuidrange", DataType.uuid())),
                        TableLookup.NONE));
        assertEquals(
                "MariaDB/MySQL has no range types, so range type uuidrange cannot be created: store the bounds in two"
                        + " columns of the subtype",
                failure.getMessage());
    }

    @Test
    void domainsAreRefusedNamingTheDatabase() {
        RenderException failure = assertThrows(
                RenderException.class,
                () -> DIALECT.render(
                        new dev.retort.ops.CreateDomain(dev.retort.schema.Domain.named("year", integer())),
                        TableLookup.NONE));
        assertEquals(
                "Retort does not support domains on MariaDB/MySQL, so domain year cannot be created: use its base"
                        + " type, with a check constraint on each column",
                failure.getMessage());
        RenderException column = assertThrows(
                RenderException.class,
                () -> DIALECT.render(
                        new CreateTable(Table.of("films", column("release_year", DataType.domain("year")))),
                        TableLookup.NONE));
        assertEquals(
                "Retort does not support domains on MariaDB, so a column cannot be of the domain year: use its base"
                        + " type, with a check constraint on the column",
                column.getMessage());
    }
}
