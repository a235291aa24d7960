package dev.retort.dialect.postgres;

import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.bigint;
import static dev.retort.schema.DataType.binary;
import static dev.retort.schema.DataType.bool;
import static dev.retort.schema.DataType.character;
import static dev.retort.schema.DataType.date;
import static dev.retort.schema.DataType.domain;
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
import dev.retort.ops.AlterDomain;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateDomain;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateRangeType;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropDomain;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropRangeType;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.ops.Setting;
import dev.retort.schema.Constraint;
import dev.retort.schema.Domain;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.RangeType;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
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

/** Every operation and option as PostgreSQL SQL, compared exactly. */
class PostgresSqlRendererTest {
    private static final Dialect DIALECT = new PostgresDialect();

    private static String render(Operation operation) {
        return render(operation, TableLookup.NONE);
    }

    private static String render(Operation operation, TableLookup tables) {
        return String.join(";\n", DIALECT.render(operation, tables));
    }

    private static String failure(Operation operation) {
        return assertThrows(RenderException.class, () -> DIALECT.render(operation, TableLookup.NONE))
                .getMessage();
    }

    /** A live database that has the table {@code table} and knows which tables use which types. */
    private static TableLookup live(Table table, Map<String, List<String>> typeUsers) {
        TableSnapshot snapshot = new TableSnapshot(table, List.of(), Map.of(), Map.of(), List.of(), true);
        return new TableLookup() {
            @Override
            public Optional<TableSnapshot> find(String name) {
                return name.equals(table.name()) ? Optional.of(snapshot) : Optional.empty();
            }

            @Override
            public Optional<Boolean> typeExists(String type) {
                return Optional.of(typeUsers.containsKey(type));
            }

            @Override
            public Optional<List<String>> tablesUsingType(String type) {
                return Optional.of(typeUsers.getOrDefault(type, List.of()));
            }
        };
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
                column("s", raw("CIDR")));
        assertEquals("""
                CREATE TABLE kinds (
                    a INTEGER,
                    b BIGINT,
                    c SMALLINT,
                    d BOOLEAN,
                    e VARCHAR(255),
                    f CHAR(2),
                    g TEXT,
                    h NUMERIC(10, 2),
                    i REAL,
                    j DOUBLE PRECISION,
                    k DATE,
                    l TIME,
                    m TIME WITH TIME ZONE,
                    n TIMESTAMP,
                    o TIMESTAMP WITH TIME ZONE,
                    p UUID,
                    q JSONB,
                    r BYTEA,
                    s CIDR
                )""", render(new CreateTable(table)));
    }

    @Test
    void createTableWritesColumnsKeysConstraintsAndComments() {
        Table table = Table.of(
                        "order",
                        column("id", bigint()).primaryKey().autoIncrement(),
                        column("user", bigint()).notNull().comment("who ordered"),
                        column("state", varchar(20)).notNull().defaultSql("'new'"),
                        column("total", numeric(12, 2)).defaultSql("0"),
                        unique("uq_order_user_state", "user", "state"),
                        foreignKey("fk_order_user", List.of("user"), "users", List.of("id"))
                                .onDelete(ReferentialAction.CASCADE)
                                .onUpdate(ReferentialAction.SET_NULL)
                                .deferrable(true),
                        check("ck_order_total", "total >= 0"),
                        new dev.retort.schema.CheckConstraint(Optional.empty(), "state <> ''"))
                .comment("What people buy");
        assertEquals("""
                CREATE TABLE "order" (
                    id BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
                    "user" BIGINT NOT NULL,
                    state VARCHAR(20) DEFAULT 'new' NOT NULL,
                    total NUMERIC(12, 2) DEFAULT 0,
                    PRIMARY KEY (id),
                    CONSTRAINT uq_order_user_state UNIQUE ("user", state),
                    CONSTRAINT fk_order_user FOREIGN KEY ("user") REFERENCES users (id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
                    CONSTRAINT ck_order_total CHECK (total >= 0),
                    CHECK (state <> '')
                );
                COMMENT ON TABLE "order" IS 'What people buy';
                COMMENT ON COLUMN "order"."user" IS 'who ordered'""", render(new CreateTable(table)));
    }

    @Test
    void createTableWritesANamedPrimaryKeyAndEveryAction() {
        Table table = Table.of(
                "line",
                column("order_id", bigint()).notNull(),
                column("number", integer()).notNull(),
                PrimaryKey.namedPrimaryKey("pk_line", "order_id", "number"),
                foreignKey("fk_a", List.of("order_id"), "orders", List.of("id"))
                        .onDelete(ReferentialAction.RESTRICT)
                        .onUpdate(ReferentialAction.SET_DEFAULT),
                foreignKey("fk_b", List.of("number"), "numbers", List.of("n")).deferrable(false));
        assertEquals("""
                CREATE TABLE line (
                    order_id BIGINT NOT NULL,
                    number INTEGER NOT NULL,
                    CONSTRAINT pk_line PRIMARY KEY (order_id, number),
                    CONSTRAINT fk_a FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT ON UPDATE SET DEFAULT,
                    CONSTRAINT fk_b FOREIGN KEY (number) REFERENCES numbers (n) DEFERRABLE
                )""", render(new CreateTable(table)));
    }

    @Test
    void createTableCreatesItsEnumTypesFirstOncePerType() {
        Table table = Table.of(
                "person",
                column("mood", enumeration("mood", "happy", "it's sad")).defaultSql("'happy'"),
                column("other_mood", enumeration("mood", "happy", "it's sad")),
                column("Kind", enumeration("Kind", "a")));
        assertEquals("""
                CREATE TYPE mood AS ENUM ('happy', 'it''s sad');
                CREATE TYPE "Kind" AS ENUM ('a');
                CREATE TABLE person (
                    mood mood DEFAULT 'happy',
                    other_mood mood,
                    "Kind" "Kind"
                )""", render(new CreateTable(table)));
    }

    @Test
    void createTableLeavesOutEnumTypesTheDatabaseHas() {
        Table table = Table.of("person", column("mood", enumeration("mood", "happy")));
        assertEquals("""
                CREATE TABLE person (
                    mood mood
                )""", render(new CreateTable(table), live(table, Map.of("mood", List.of("other")))));
    }

    @Test
    void autoIncrementNeedsAnIntegerColumnWithoutDefault() {
        assertEquals(
                "PostgreSQL cannot generate the values of column t.id and also give it the default 0: remove the"
                        + " default or autoIncrement()",
                failure(new CreateTable(Table.of(
                        "t",
                        column("id", bigint()).defaultSql("0").autoIncrement().primaryKey()))));
        assertEquals(
                "PostgreSQL generates values only for integer columns, and t.id is VARCHAR(10): make it integer(),"
                        + " bigint() or smallint(), or remove autoIncrement()",
                failure(new CreateTable(Table.of("t", column("id", varchar(10)).autoIncrement()))));
    }

    @Test
    void dropTableDropsItsEnumTypesOfflineWhenItsDefinitionIsKnown() {
        Table table = Table.of("person", column("mood", enumeration("mood", "happy")));
        assertEquals("DROP TABLE person", render(new DropTable("person", Optional.empty())));
        assertEquals("DROP TABLE person;\nDROP TYPE mood", render(new DropTable("person", Optional.of(table))));
    }

    @Test
    void dropTableDropsAnEnumTypeOnlyWithItsLastTable() {
        Table table = Table.of("person", column("mood", enumeration("mood", "happy")));
        DropTable drop = new DropTable("person", Optional.empty());
        assertEquals(
                "DROP TABLE person;\nDROP TYPE mood", render(drop, live(table, Map.of("mood", List.of("person")))));
        assertEquals("DROP TABLE person", render(drop, live(table, Map.of("mood", List.of("person", "pet")))));
    }

    @Test
    void renameTable() {
        assertEquals("ALTER TABLE users RENAME TO \"user\"", render(new RenameTable("users", "user")));
    }

    @Test
    void setTableComment() {
        assertEquals(
                "COMMENT ON TABLE users IS 'People''s accounts'",
                render(new SetTableComment("users", Setting.to("People's accounts"), Optional.empty())));
        assertEquals(
                "COMMENT ON TABLE users IS NULL",
                render(new SetTableComment("users", Setting.none(), Optional.empty())));
    }

    // ---- columns

    @Test
    void addColumn() {
        assertEquals(
                "ALTER TABLE users ADD COLUMN age INTEGER", render(new AddColumn("users", column("age", integer()))));
        assertEquals(
                "ALTER TABLE users ADD COLUMN state VARCHAR(10) DEFAULT 'new' NOT NULL;\n"
                        + "COMMENT ON COLUMN users.state IS 'lifecycle'",
                render(new AddColumn(
                        "users",
                        column("state", varchar(10))
                                .notNull()
                                .defaultSql("'new'")
                                .comment("lifecycle"))));
        assertEquals(
                "ALTER TABLE users ADD COLUMN id BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL PRIMARY KEY",
                render(new AddColumn(
                        "users", column("id", bigint()).primaryKey().autoIncrement())));
    }

    @Test
    void addColumnCreatesItsEnumTypeUnlessTheDatabaseHasIt() {
        AddColumn add = new AddColumn("users", column("mood", enumeration("mood", "happy", "sad")));
        assertEquals("CREATE TYPE mood AS ENUM ('happy', 'sad');\nALTER TABLE users ADD COLUMN mood mood", render(add));
        Table users = Table.of("users", column("id", bigint()));
        assertEquals(
                "ALTER TABLE users ADD COLUMN mood mood", render(add, live(users, Map.of("mood", List.of("pets")))));
    }

    @Test
    void dropColumn() {
        assertEquals(
                "ALTER TABLE users DROP COLUMN \"desc\"", render(new DropColumn("users", "desc", Optional.empty())));
    }

    @Test
    void alterColumnWritesOneStatementPerChangeAndRenamesLast() {
        AlterColumn alter = AlterColumn.of("users", "email")
                .type(varchar(320))
                .notNull()
                .defaultSql("''")
                .comment("login")
                .rename("login")
                .build();
        assertEquals("""
                ALTER TABLE users ALTER COLUMN email TYPE VARCHAR(320);
                ALTER TABLE users ALTER COLUMN email SET NOT NULL;
                ALTER TABLE users ALTER COLUMN email SET DEFAULT '';
                COMMENT ON COLUMN users.email IS 'login';
                ALTER TABLE users RENAME COLUMN email TO login""", render(alter));
    }

    @Test
    void alterColumnRemovesNotNullDefaultAndComment() {
        assertEquals(
                """
                ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
                ALTER TABLE users ALTER COLUMN email DROP DEFAULT;
                COMMENT ON COLUMN users.email IS NULL""",
                render(AlterColumn.of("users", "email")
                        .nullable()
                        .dropDefault()
                        .comment(null)
                        .build()));
    }

    @Test
    void alterColumnTypeConvertsWithUsingWhereNoImplicitCastExists() {
        assertEquals(
                "ALTER TABLE t ALTER COLUMN n TYPE INTEGER USING n::INTEGER",
                render(AlterColumn.of("t", "n")
                        .type(integer())
                        .existingType(text())
                        .build()));
        assertEquals(
                "ALTER TABLE t ALTER COLUMN n TYPE BOOLEAN USING n::BOOLEAN",
                render(AlterColumn.of("t", "n")
                        .type(bool())
                        .existingType(integer())
                        .build()));
        assertEquals(
                "ALTER TABLE t ALTER COLUMN n TYPE JSONB USING n::JSONB",
                render(AlterColumn.of("t", "n")
                        .type(json())
                        .existingType(text())
                        .build()));
        assertEquals(
                "ALTER TABLE t ALTER COLUMN n TYPE BIGINT",
                render(AlterColumn.of("t", "n")
                        .type(bigint())
                        .existingType(integer())
                        .build()));
        assertEquals(
                "ALTER TABLE t ALTER COLUMN n TYPE TEXT",
                render(AlterColumn.of("t", "n")
                        .type(text())
                        .existingType(integer())
                        .build()));
        assertEquals(
                "ALTER TABLE t ALTER COLUMN n TYPE TIMESTAMP WITH TIME ZONE",
                render(AlterColumn.of("t", "n")
                        .type(timestamp(true))
                        .existingType(date())
                        .build()));
        assertEquals(
                "ALTER TABLE t ALTER COLUMN n TYPE INTEGER",
                render(AlterColumn.of("t", "n").type(integer()).build()));
        assertEquals(
                "ALTER TABLE t ALTER COLUMN n TYPE INET",
                render(AlterColumn.of("t", "n")
                        .type(raw("INET"))
                        .existingType(text())
                        .build()));
    }

    @Test
    void alterColumnTypeTakesTheExistingTypeFromTheDatabase() {
        Table table = Table.of("t", column("n", varchar(10)));
        assertEquals(
                "ALTER TABLE t ALTER COLUMN n TYPE NUMERIC(10, 2) USING n::NUMERIC(10, 2)",
                render(AlterColumn.of("t", "n").type(numeric(10, 2)).build(), live(table, Map.of())));
    }

    @Test
    void alterColumnToAnEnumCreatesTheTypeAndCasts() {
        assertEquals(
                "CREATE TYPE mood AS ENUM ('happy', 'sad');\n" + "ALTER TABLE t ALTER COLUMN m TYPE mood USING m::mood",
                render(AlterColumn.of("t", "m")
                        .type(enumeration("mood", "happy", "sad"))
                        .build()));
        assertEquals(
                "CREATE TYPE mood2 AS ENUM ('happy');\n"
                        + "ALTER TABLE t ALTER COLUMN m TYPE mood2 USING m::text::mood2;\n"
                        + "DROP TYPE mood",
                render(AlterColumn.of("t", "m")
                        .type(enumeration("mood2", "happy"))
                        .existingType(enumeration("mood", "happy", "sad"))
                        .build()));
    }

    // ---- indexes

    @Test
    void createIndex() {
        assertEquals(
                "CREATE INDEX ix_users_email ON users (email)",
                render(new CreateIndex(Index.on("ix_users_email", "users", "email"), false)));
        assertEquals(
                "CREATE UNIQUE INDEX uq_users_email ON users (\"user\", email DESC, created_at ASC NULLS FIRST)",
                render(new CreateIndex(
                        Index.on("uq_users_email", "users", "user", "email desc", "created_at ASC  NULLS FIRST")
                                .unique(),
                        false)));
    }

    @Test
    void createIndexWritesExpressionsPartialIncludeMethodAndConcurrently() {
        assertEquals(
                "CREATE UNIQUE INDEX CONCURRENTLY uq_users_email_live ON users USING btree (lower(email) DESC,"
                        + " (data ->> 'name'), (a + b)) INCLUDE (id, \"user\") WHERE deleted_at IS NULL",
                render(new CreateIndex(
                        Index.on("uq_users_email_live", "users", "lower(email) DESC", "(data ->> 'name')", "a + b")
                                .unique()
                                .include("id", "user")
                                .using("btree")
                                .where("deleted_at IS NULL"),
                        true)));
        assertEquals(
                "CREATE INDEX ix_docs_body ON docs USING gin (body)",
                render(new CreateIndex(Index.on("ix_docs_body", "docs", "body").using("gin"), false)));
    }

    @Test
    void dropIndex() {
        assertEquals(
                "DROP INDEX ix_users_email", render(new DropIndex("ix_users_email", "users", Optional.empty(), false)));
        assertEquals(
                "DROP INDEX CONCURRENTLY ix_users_email",
                render(new DropIndex("ix_users_email", "users", Optional.empty(), true)));
    }

    // ---- constraints

    @Test
    void addConstraintOfEachKind() {
        assertEquals(
                "ALTER TABLE users ADD CONSTRAINT pk_users PRIMARY KEY (id)",
                render(new AddConstraint("users", PrimaryKey.namedPrimaryKey("pk_users", "id"))));
        assertEquals(
                "ALTER TABLE users ADD PRIMARY KEY (id)",
                render(new AddConstraint("users", PrimaryKey.primaryKey("id"))));
        assertEquals(
                "ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)",
                render(new AddConstraint("users", unique("uq_users_email", "email"))));
        assertEquals(
                "ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id)"
                        + " ON DELETE SET NULL DEFERRABLE",
                render(new AddConstraint(
                        "orders",
                        foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"))
                                .onDelete(ReferentialAction.SET_NULL)
                                .deferrable(false))));
        assertEquals(
                "ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0)",
                render(new AddConstraint("orders", check("ck_total", "total >= 0"))));
    }

    @Test
    void dropConstraintOfEveryKindIsDropConstraint() {
        for (Constraint.Kind kind : Constraint.Kind.values()) {
            assertEquals(
                    "ALTER TABLE users DROP CONSTRAINT uq_users_email",
                    render(new DropConstraint("users", "uq_users_email", kind, Optional.empty())));
        }
    }

    @Test
    void executeAndBulkInsertAreNotRendered() {
        assertEquals(
                "Execute is not rendered: the caller runs it with its parameters bound",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> DIALECT.render(new Execute("SELECT 1", List.of()), TableLookup.NONE))
                        .getMessage());
        assertEquals(
                "BulkInsert is not rendered: the caller runs it with its parameters bound",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> DIALECT.render(new BulkInsert("t", List.of()), TableLookup.NONE))
                        .getMessage());
    }

    // ---- names, types and literals

    @Test
    void namesAreQuotedOnlyWhenNeeded() {
        assertEquals("users", DIALECT.identifier("users"));
        assertEquals("\"user\"", DIALECT.identifier("user"));
        assertEquals("\"Users\"", DIALECT.identifier("Users"));
        assertEquals("\"analyse\"", DIALECT.identifier("analyse"));
        assertEquals("\"a\"\"b\"", DIALECT.identifier("a\"b"));
        assertEquals("blob", DIALECT.identifier("blob"));
    }

    @Test
    void typeSqlIsTheColumnType() {
        assertEquals("mood", DIALECT.typeSql(enumeration("mood", "a")));
        assertEquals("TIMESTAMP WITH TIME ZONE", DIALECT.typeSql(timestamp(true)));
    }

    @Test
    void literals() {
        assertEquals("NULL", DIALECT.literal(null));
        assertEquals("'it''s \\ fine'", DIALECT.literal("it's \\ fine"));
        assertEquals("'x'", DIALECT.literal('x'));
        assertEquals("42", DIALECT.literal(42));
        assertEquals("-7", DIALECT.literal(-7L));
        assertEquals("3", DIALECT.literal((short) 3));
        assertEquals("3", DIALECT.literal((byte) 3));
        assertEquals(
                "123456789012345678901234567890", DIALECT.literal(new BigInteger("123456789012345678901234567890")));
        assertEquals("1000.50", DIALECT.literal(new BigDecimal("1000.50")));
        assertEquals("10000000000", DIALECT.literal(new BigDecimal("1E+10")));
        assertEquals("1.5", DIALECT.literal(1.5));
        assertEquals("0.1", DIALECT.literal(0.1f));
        assertEquals("'NaN'", DIALECT.literal(Double.NaN));
        assertEquals("'Infinity'", DIALECT.literal(Double.POSITIVE_INFINITY));
        assertEquals("'-Infinity'", DIALECT.literal(Float.NEGATIVE_INFINITY));
        assertEquals("TRUE", DIALECT.literal(true));
        assertEquals("FALSE", DIALECT.literal(false));
        assertEquals("'\\x00ff10'::bytea", DIALECT.literal(new byte[] {0, -1, 16}));
        assertEquals(
                "'123e4567-e89b-12d3-a456-426614174000'::uuid",
                DIALECT.literal(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
        assertEquals("DATE '2026-01-02'", DIALECT.literal(LocalDate.of(2026, 1, 2)));
        assertEquals("TIME '03:04:05'", DIALECT.literal(LocalTime.of(3, 4, 5)));
        assertEquals("TIME '03:04:05.25'", DIALECT.literal(LocalTime.of(3, 4, 5, 250_000_000)));
        assertEquals(
                "TIMESTAMP '2026-01-02 03:04:05.000001'",
                DIALECT.literal(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 1_000)));
        assertEquals(
                "TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+02:00'",
                DIALECT.literal(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2))));
        assertEquals(
                "TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00:00'",
                DIALECT.literal(Instant.parse("2026-01-02T03:04:05Z")));
    }

    @Test
    void otherValuesHaveNoLiteral() {
        assertEquals(
                "cannot write a java.lang.Object as an SQL literal: use a string, number, boolean, byte[], UUID,"
                        + " LocalDate, LocalTime, LocalDateTime, OffsetDateTime or Instant",
                assertThrows(IllegalArgumentException.class, () -> DIALECT.literal(new Object()))
                        .getMessage());
    }

    @Test
    void identityChangesAroundTheOtherChanges() {
        assertEquals(
                "ALTER TABLE t ALTER COLUMN id SET NOT NULL;\n"
                        + "ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;\n"
                        + "SELECT setval(pg_get_serial_sequence('t', 'id'), coalesce(max(id), 0) + 1, false) FROM t",
                render(AlterColumn.of("t", "id")
                        .notNull()
                        .existingNullable(true)
                        .identity(Identity.ALWAYS)
                        .existingIdentity(Identity.NONE)
                        .build()));
        assertEquals(
                "ALTER TABLE t ALTER COLUMN id DROP IDENTITY;\nALTER TABLE t ALTER COLUMN id DROP NOT NULL",
                render(AlterColumn.of("t", "id")
                        .nullable()
                        .existingNullable(false)
                        .identity(Identity.NONE)
                        .existingIdentity(Identity.BY_DEFAULT)
                        .build()));
        assertEquals(
                "ALTER TABLE t ALTER COLUMN id SET GENERATED BY DEFAULT",
                render(AlterColumn.of("t", "id")
                        .identity(Identity.BY_DEFAULT)
                        .existingIdentity(Identity.ALWAYS)
                        .build()));
    }

    @Test
    void aSerialColumnHasItsSequenceMadeAndDropped() {
        assertEquals(
                "ALTER TABLE \"Orders\" ALTER COLUMN id DROP DEFAULT;\n"
                        + "DO $$BEGIN EXECUTE 'DROP SEQUENCE ' || pg_get_serial_sequence('\"Orders\"', 'id'); END$$;\n"
                        + "ALTER TABLE \"Orders\" ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;\n"
                        + "SELECT setval(pg_get_serial_sequence('\"Orders\"', 'id'), coalesce(max(id), 0) + 1, false)"
                        + " FROM \"Orders\"",
                render(AlterColumn.of("Orders", "id")
                        .identity(Identity.BY_DEFAULT)
                        .existingIdentity(Identity.SEQUENCE)
                        .build()));
        assertEquals(
                "ALTER TABLE t ALTER COLUMN id DROP IDENTITY;\n"
                        + "CREATE SEQUENCE t_id_seq AS INTEGER OWNED BY t.id;\n"
                        + "ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass);\n"
                        + "SELECT setval(pg_get_serial_sequence('t', 'id'), coalesce(max(id), 0) + 1, false) FROM t",
                render(AlterColumn.of("t", "id")
                        .existingType(integer())
                        .identity(Identity.SEQUENCE)
                        .existingIdentity(Identity.ALWAYS)
                        .build()));
        assertEquals(
                "CREATE TABLE t (\n    id BIGSERIAL NOT NULL,\n    PRIMARY KEY (id)\n)",
                render(new CreateTable(
                        Table.of("t", column("id", bigint()).primaryKey().identity(Identity.SEQUENCE)))));
        assertEquals(
                63,
                PostgresSqlRenderer.serialSequenceName("a".repeat(60), "b".repeat(30))
                        .length());
    }

    @Test
    void sequencesWriteWhatIsNotTheDefault() {
        Sequence plain = Sequence.named("invoice_no");
        assertEquals("CREATE SEQUENCE invoice_no", render(new CreateSequence(plain)));
        assertEquals(
                "CREATE SEQUENCE \"Tickets\" AS INTEGER INCREMENT BY -1 MINVALUE -100 START WITH 5 CACHE 20 CYCLE"
                        + " OWNED BY users.id",
                render(new CreateSequence(Sequence.named("Tickets")
                        .typed(integer())
                        .incrementBy(-1)
                        .minValue(-100)
                        .startWith(5)
                        .cache(20)
                        .cycle(true)
                        .ownedBy("users", "id"))));
        assertEquals("DROP SEQUENCE invoice_no", render(new DropSequence("invoice_no", Optional.empty())));
        assertEquals(
                "ALTER SEQUENCE invoice_no MAXVALUE 99 START WITH 7 NO CYCLE OWNED BY NONE",
                render(new AlterSequence(
                        plain.cycle(true).ownedBy("users", "id"),
                        plain.maxValue(99).startWith(7))));
        assertEquals("ALTER SEQUENCE invoice_no NO MAXVALUE", render(new AlterSequence(plain.maxValue(99), plain)));
    }

    @Test
    void rangeTypesWithTheirOptions() {
        assertEquals(
                "CREATE TYPE uuidrange AS RANGE (SUBTYPE = UUID)",
                render(new CreateRangeType(RangeType.of("uuidrange", uuid()))));
        assertEquals(
                "CREATE TYPE sales.textrange AS RANGE (SUBTYPE = TEXT, SUBTYPE_OPCLASS = text_pattern_ops,"
                        + " COLLATION = \"C\", CANONICAL = sales.canon, SUBTYPE_DIFF = sales.diff)",
                render(new CreateRangeType(RangeType.of("sales.textrange", text())
                        .subtypeOpclass("text_pattern_ops")
                        .collation("C")
                        .canonical("sales.canon")
                        .subtypeDiff("sales.diff"))));
        assertEquals("DROP TYPE sales.textrange", render(new DropRangeType("sales.textrange", Optional.empty())));
    }

    @Test
    void domainsAreCreatedAlteredAndDropped() {
        Domain year = Domain.named("year", integer());
        Domain checked = year.notNull()
                .defaultSql("2000")
                .check("year_check", "VALUE >= 1901 AND VALUE <= 2155")
                .check("Even", "VALUE % 2 = 0");
        assertEquals("CREATE DOMAIN year AS INTEGER", render(new CreateDomain(year)));
        assertEquals(
                "CREATE DOMAIN year AS INTEGER DEFAULT 2000 NOT NULL"
                        + " CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155)"
                        + " CONSTRAINT \"Even\" CHECK (VALUE % 2 = 0)",
                render(new CreateDomain(checked)));
        assertEquals("DROP DOMAIN year", render(new DropDomain("year", Optional.empty())));
        assertEquals(
                "ALTER DOMAIN year SET DEFAULT 2000;\n"
                        + "ALTER DOMAIN year SET NOT NULL;\n"
                        + "ALTER DOMAIN year ADD CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);\n"
                        + "ALTER DOMAIN year ADD CONSTRAINT \"Even\" CHECK (VALUE % 2 = 0)",
                render(new AlterDomain(year, checked)));
        assertEquals(
                "ALTER DOMAIN year DROP CONSTRAINT year_check;\n"
                        + "ALTER DOMAIN year DROP CONSTRAINT \"Even\";\n"
                        + "ALTER DOMAIN year DROP DEFAULT;\n"
                        + "ALTER DOMAIN year DROP NOT NULL;\n"
                        + "ALTER DOMAIN year ADD CONSTRAINT year_check CHECK (VALUE > 0)",
                render(new AlterDomain(checked, year.check("year_check", "VALUE > 0"))));
    }

    @Test
    void aColumnOfADomainHasTheDomainAsItsType() {
        assertEquals(
                """
                CREATE TABLE films (
                    release_year year,
                    "Rating" "Rating" NOT NULL
                )""",
                render(new CreateTable(Table.of(
                        "films",
                        column("release_year", domain("year")),
                        column("Rating", domain("Rating")).notNull()))));
        assertEquals(
                "ALTER TABLE films ALTER COLUMN release_year TYPE year USING release_year::year",
                render(AlterColumn.of("films", "release_year")
                        .type(domain("year"))
                        .existingType(integer())
                        .build()));
    }
}
