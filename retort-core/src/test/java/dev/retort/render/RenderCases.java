package dev.retort.render;

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
import static dev.retort.schema.PrimaryKey.namedPrimaryKey;
import static dev.retort.schema.PrimaryKey.primaryKey;
import static dev.retort.schema.UniqueConstraint.unique;

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
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.DataType;
import dev.retort.schema.Domain;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.RangeType;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Operation lists covering every operation, every option and every type, for the round trip. */
final class RenderCases {
    /** Text that Java source must escape or keep: quotes, backslashes, newlines, comment ends, Unicode. */
    static final String NASTY = "it's \"quoted\" \\ back\\slash \\u0041 */ /* \n new line\r\ttab é 日本 😀 \u0000"
            + " \u2028 \u200b \ud800 end";

    private RenderCases() {}

    static Map<String, List<Operation>> all() {
        Map<String, List<Operation>> cases = new LinkedHashMap<>();
        cases.put("nothing", List.of());
        cases.put("create_table_dsl", List.of(new CreateTable(orders()), new CreateTable(users())));
        cases.put("create_table_with_comment", List.of(new CreateTable(orders().comment("Orders, one a row"))));
        cases.put("create_table_as_reflected", List.of(new CreateTable(reflected())));
        cases.put("create_table_every_type", List.of(new CreateTable(everyType())));
        cases.put("create_table_one_column", List.of(new CreateTable(Table.of("single", column("id", integer())))));
        cases.put("drop_table", dropTables());
        cases.put("rename_table", List.of(new RenameTable("users", "people")));
        cases.put("columns", columns());
        cases.put("alter_column", alterColumns());
        cases.put("indexes", indexes());
        cases.put("constraints", constraints());
        cases.put("table_comment", tableComments());
        cases.put("sequences", sequences());
        cases.put("domains", domains());
        cases.put("range_types", rangeTypes());
        cases.put("execute", executes());
        cases.put("bulk_insert", bulkInserts());
        cases.put("escaping", escaping());
        return cases;
    }

    static Table users() {
        return Table.of(
                "users",
                column("id", bigint()).primaryKey().autoIncrement(),
                column("email", varchar(320)).notNull(),
                unique("uq_users_email", "email"));
    }

    static Table orders() {
        return Table.of(
                "orders",
                column("id", bigint()).primaryKey().autoIncrement(),
                column("user_id", bigint()).notNull(),
                column("state", enumeration("order_state", "new", "paid", "sent"))
                        .notNull()
                        .defaultSql("'new'"),
                column("total", numeric(12, 2)).notNull().defaultSql("0").comment("In the order's currency"),
                column("placed_at", timestamp(true)).notNull().defaultSql("CURRENT_TIMESTAMP"),
                column("note", text()),
                foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"))
                        .onDelete(ReferentialAction.CASCADE),
                unique("uq_orders_user_placed", "user_id", "placed_at"),
                new UniqueConstraint(Optional.empty(), List.of("note")),
                check("ck_orders_total", "total >= 0"),
                new CheckConstraint(Optional.empty(), "placed_at IS NOT NULL"),
                new ForeignKey(
                        Optional.empty(),
                        List.of("user_id", "state"),
                        "user_states",
                        List.of("user_id", "state"),
                        ReferentialAction.SET_NULL,
                        ReferentialAction.RESTRICT,
                        true,
                        true),
                new ForeignKey(
                        Optional.of("fk_odd"),
                        List.of("user_id"),
                        "users",
                        List.of("id"),
                        ReferentialAction.SET_DEFAULT,
                        ReferentialAction.NO_ACTION,
                        false,
                        true));
    }

    /** A table as a catalog reader returns it: a named key, its columns marked too, a nullable key column. */
    static Table reflected() {
        return new Table(
                "accounts",
                List.of(
                        new Column(
                                "id", integer(), false, Optional.empty(), Identity.BY_DEFAULT, true, Optional.empty()),
                        new Column(
                                "region", varchar(8), true, Optional.of("'eu'"), Identity.NONE, true, Optional.of("r")),
                        column("name", text()),
                        column("serial_no", bigint()).notNull().identity(Identity.SEQUENCE),
                        column("version", smallint()).notNull().identity(Identity.ALWAYS)),
                Optional.of(namedPrimaryKey("accounts_pkey", "id", "region")),
                List.of(),
                List.of(),
                List.of(),
                Optional.of("Accounts"));
    }

    static Table everyType() {
        return Table.of(
                "every_type",
                column("a_integer", integer()),
                column("a_bigint", bigint()),
                column("a_smallint", smallint()),
                column("a_boolean", bool()),
                column("a_varchar_1", varchar(1)),
                column("a_varchar_4000", varchar(4000)),
                column("a_char", character(2)),
                column("a_text", text()),
                column("a_numeric", numeric(10, 2)),
                column("a_numeric_no_scale", numeric(38, 0)),
                column("a_real", real()),
                column("a_double", doublePrecision()),
                column("a_date", date()),
                column("a_time", time()),
                column("a_time_tz", time(true)),
                column("a_timestamp", timestamp()),
                column("a_timestamp_tz", timestamp(true)),
                column("a_uuid", uuid()),
                column("a_json", json()),
                column("a_binary", binary()),
                column("a_enum", enumeration("mood", "sad", "ok", "it's \"fine\"")),
                column("a_raw", raw("CIDR")),
                column("a_raw_long", raw("DOUBLE PRECISION[]")),
                column("a_collated", varchar(40).collate("C")),
                // values no factory makes: the constructor keeps them
                column("odd_integer", new DataType(DataType.Kind.INTEGER, 7, 0, 0, false, "", List.of(), "")),
                column("odd_raw", new DataType(DataType.Kind.RAW, 0, 0, 0, false, " padded ", List.of(), "")),
                column("odd_enum", new DataType(DataType.Kind.ENUM, 0, 0, 0, false, "empty", List.of(), "")),
                column("odd_date", new DataType(DataType.Kind.DATE, 0, 0, 0, true, "", List.of(), "")));
    }

    static List<Operation> dropTables() {
        return List.of(
                new DropTable("users", Optional.empty()),
                new DropTable("users", Optional.of(users())),
                new DropTable("orders", Optional.of(orders())));
    }

    static List<Operation> columns() {
        return List.of(
                new AddColumn("users", column("age", smallint())),
                new AddColumn(
                        "users",
                        column("code", character(3))
                                .notNull()
                                .defaultSql("'abc'")
                                .comment("ISO")),
                new AddColumn("users", column("seq", integer()).primaryKey().autoIncrement()),
                new AddColumn("users", column("odd_key", integer()).primaryKey().nullable()),
                new DropColumn("users", "age", Optional.empty()),
                new DropColumn("users", "code", Optional.of(column("code", character(3)))));
    }

    static List<Operation> alterColumns() {
        return List.of(
                AlterColumn.of("users", "email").rename("mail").build(),
                AlterColumn.of("users", "email")
                        .type(varchar(400))
                        .existingType(varchar(320))
                        .build(),
                AlterColumn.of("users", "email")
                        .notNull()
                        .existingNullable(true)
                        .build(),
                AlterColumn.of("users", "email").nullable().build(),
                AlterColumn.of("users", "age")
                        .defaultSql("18")
                        .existingDefaultSql(null)
                        .build(),
                AlterColumn.of("users", "age")
                        .dropDefault()
                        .existingDefaultSql("18")
                        .build(),
                AlterColumn.of("users", "age")
                        .comment("Years")
                        .existingComment(null)
                        .build(),
                AlterColumn.of("users", "age")
                        .comment(null)
                        .existingComment("Years")
                        .build(),
                AlterColumn.of("users", "state")
                        .rename("status")
                        .type(enumeration("status", "on", "off"))
                        .existingType(text())
                        .notNull()
                        .existingNullable(true)
                        .defaultSql("'on'")
                        .existingDefaultSql(null)
                        .comment("On or off")
                        .existingComment("Free text")
                        .build(),
                AlterColumn.of("users", "id")
                        .identity(Identity.ALWAYS)
                        .existingIdentity(Identity.SEQUENCE)
                        .build(),
                AlterColumn.of("users", "id").identity(Identity.NONE).build());
    }

    static List<Operation> sequences() {
        Sequence plain = Sequence.named("invoice_no");
        Sequence every = plain.typed(integer())
                .startWith(-5)
                .incrementBy(-1)
                .minValue(Long.MIN_VALUE)
                .maxValue(-5)
                .cache(20)
                .cycle(true)
                .ownedBy("users", "id");
        return List.of(
                new CreateSequence(plain),
                new CreateSequence(every),
                new AlterSequence(plain, plain.startWith(1000)),
                new AlterSequence(every, plain),
                new DropSequence("invoice_no", Optional.empty()));
    }

    static List<Operation> domains() {
        Domain plain = Domain.named("year", integer());
        Domain every = plain.notNull()
                .defaultSql("2000")
                .check("year_check", "VALUE >= 1901 AND VALUE <= 2155")
                .check("year_even", "VALUE % 2 = 0");
        return List.of(
                new CreateDomain(plain),
                new CreateDomain(Domain.named("code", varchar(8))),
                new CreateDomain(every),
                new AlterDomain(plain, every),
                new AlterDomain(every, plain.check("year_check", "VALUE > 0")),
                new CreateTable(Table.of("films", column("release_year", domain("year")))),
                new DropDomain("code", Optional.of(Domain.named("code", varchar(8)))),
                new DropDomain("year", Optional.empty()));
    }

    static List<Operation> rangeTypes() {
        RangeType every = RangeType.of("floatrange", doublePrecision())
                .subtypeOpclass("float8_ops")
                .subtypeDiff("float8mi");
        return List.of(
                new CreateRangeType(RangeType.of("uuidrange", uuid())),
                new CreateRangeType(every),
                new CreateRangeType(
                        RangeType.of("textrange", text()).collation("C").canonical("text_canon")),
                new DropRangeType("floatrange", Optional.of(every)),
                new DropRangeType("uuidrange", Optional.empty()));
    }

    static List<Operation> indexes() {
        Index every = Index.on("ix_users_lower_email", "users", "lower(email)", "created_at DESC")
                .unique()
                .where("deleted_at IS NULL")
                .include("id", "name")
                .using("btree");
        return List.of(
                new CreateIndex(Index.on("ix_users_email", "users", "email"), false),
                new CreateIndex(Index.on("ix_users_a_b", "users", "a", "b DESC"), false),
                new CreateIndex(every, false),
                new CreateIndex(Index.on("uq_users_email", "users", "email").unique(), false),
                new CreateIndex(Index.on("ix_docs_body", "docs", "body").using("gin"), true),
                new DropIndex("ix_users_email", "users", Optional.empty(), false),
                new DropIndex(
                        "ix_users_email", "users", Optional.of(Index.on("ix_users_email", "users", "email")), false),
                new DropIndex("ix_docs_body", "docs", Optional.empty(), true));
    }

    static List<Operation> constraints() {
        List<Operation> operations = new ArrayList<>();
        List<Constraint> constraints = List.of(
                namedPrimaryKey("pk_users", "id"),
                primaryKey("a", "b"),
                unique("uq_users_email", "email"),
                new UniqueConstraint(Optional.empty(), List.of("email", "name")),
                foreignKey("fk_a", List.of("user_id"), "users", List.of("id")),
                foreignKey("fk_b", List.of("a", "b"), "other", List.of("x", "y"))
                        .onDelete(ReferentialAction.SET_NULL)
                        .onUpdate(ReferentialAction.CASCADE)
                        .deferrable(true),
                foreignKey("fk_c", List.of("user_id"), "users", List.of("id")).deferrable(false),
                new ForeignKey(
                        Optional.empty(),
                        List.of("user_id"),
                        "users",
                        List.of("id"),
                        ReferentialAction.RESTRICT,
                        ReferentialAction.NO_ACTION,
                        false,
                        false),
                check("ck_age", "age >= 0 AND age < 200"),
                new CheckConstraint(Optional.empty(), "name <> ''"));
        for (Constraint constraint : constraints) {
            operations.add(new AddConstraint("users", constraint));
        }
        for (Constraint.Kind kind : Constraint.Kind.values()) {
            operations.add(new DropConstraint("users", "c_" + kind.name().toLowerCase(), kind, Optional.empty()));
        }
        operations.add(new DropConstraint(
                "users", "uq_users_email", Constraint.Kind.UNIQUE, Optional.of(unique("uq_users_email", "email"))));
        return operations;
    }

    static List<Operation> tableComments() {
        return List.of(
                new SetTableComment("users", Setting.to("People who sign in"), Optional.empty()),
                new SetTableComment("users", Setting.none(), Optional.empty()),
                new SetTableComment("users", Setting.to("New"), Optional.of(Setting.to("Old"))));
    }

    static List<Operation> executes() {
        return List.of(
                new Execute("UPDATE users SET active = TRUE", List.of()),
                new Execute("SELECT ?", Arrays.asList((Object) null)),
                new Execute("SELECT ?", List.of(new byte[] {1, 2, (byte) 0xff})),
                new Execute("SELECT ?", List.of(new byte[0])),
                new Execute(
                        "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Arrays.asList(
                                null,
                                "text",
                                42,
                                Integer.MIN_VALUE,
                                Long.MIN_VALUE,
                                (short) -3,
                                (byte) 4,
                                1.5,
                                -0.0,
                                Double.NaN,
                                Double.NEGATIVE_INFINITY,
                                1.0e-10,
                                2.5f,
                                Float.POSITIVE_INFINITY,
                                new BigDecimal("1.50"),
                                new BigInteger("123456789012345678901234567890"),
                                true,
                                '\'',
                                LocalDate.of(2026, 11, 22),
                                LocalTime.of(10, 15),
                                LocalDateTime.of(2026, 11, 22, 10, 15, 0, 123_000_000),
                                OffsetDateTime.of(2026, 11, 22, 10, 15, 30, 0, ZoneOffset.ofHours(2)),
                                Instant.parse("2026-11-22T10:15:30.5Z"),
                                ZonedDateTime.of(2026, 11, 22, 10, 15, 30, 0, ZoneId.of("Europe/Paris")))),
                new Execute(
                        "SELECT ?, ?, ?",
                        List.of(
                                OffsetTime.of(10, 15, 0, 0, ZoneOffset.UTC),
                                Duration.ofMinutes(90),
                                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))));
    }

    static List<Operation> bulkInserts() {
        Map<String, Object> wide = new LinkedHashMap<>();
        for (int i = 1; i <= 11; i++) {
            wide.put("c" + i, i);
        }
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("id", 3);
        withNull.put("name", null);
        return List.of(
                new BulkInsert("users", List.of(Map.of("id", 1, "name", "Ann"), Map.of("id", 2, "name", "Bob"))),
                new BulkInsert("users", List.of(Map.of("id", 1L, "born", LocalDate.of(2000, 1, 2)))),
                new BulkInsert("users", List.of(withNull, Map.of("id", 4, "name", "Dee"))),
                new BulkInsert("wide", List.of(wide)),
                new BulkInsert("users", List.of()));
    }

    static List<Operation> escaping() {
        String longSql = "UPDATE users SET full_name = first_name || ' ' || last_name WHERE first_name IS NOT NULL"
                + " AND last_name IS NOT NULL AND full_name IS NULL AND deleted_at IS NULL";
        String function = "CREATE FUNCTION touch() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at = now();\n"
                + "  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql";
        return List.of(
                new CreateTable(Table.of(
                                NASTY,
                                column(NASTY, enumeration(NASTY, NASTY, "b"))
                                        .defaultSql(NASTY)
                                        .comment(NASTY),
                                check(NASTY, NASTY))
                        .comment(NASTY)),
                AlterColumn.of(NASTY, NASTY).rename(NASTY).comment(NASTY).build(),
                new CreateIndex(Index.on(NASTY, NASTY, NASTY).where(NASTY), false),
                new Execute(NASTY, List.of(NASTY, '\\', '\n', 'é')),
                new Execute(longSql, List.of()),
                new Execute(function, List.of()),
                new Execute("x".repeat(300), List.of()),
                new Execute("é".repeat(200) + "😀".repeat(100), List.of()),
                new SetTableComment("t", Setting.to(NASTY), Optional.empty()),
                new BulkInsert("t", List.of(Map.of(NASTY, NASTY))));
    }
}
