package dev.retort.dialect.sqlite;

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
import dev.retort.schema.Constraint;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every operation and option as SQLite SQL, rebuilds included, compared exactly. */
class SqliteSqlRendererTest {
    private static final Dialect DIALECT = new SqliteDialect();

    /** users: an AUTOINCREMENT key, a unique email, a check, an index on name and a trigger. */
    private static final Table USERS = Table.of(
            "users",
            column("id", integer()).primaryKey().autoIncrement(),
            column("email", varchar(255)).notNull(),
            column("name", text()).defaultSql("''"),
            column("age", integer()),
            unique("uq_users_email", "email"),
            check("ck_users_age", "age >= 0"));

    /** orders: references users, with a plain primary key. */
    private static final Table ORDERS = Table.of(
            "orders",
            column("id", integer()).primaryKey(),
            column("user_id", integer()),
            column("note", text()),
            foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"))
                    .onDelete(ReferentialAction.CASCADE));

    private static final String USERS_AFTER_REBUILD = """
            DELETE FROM sqlite_sequence WHERE name = '_retort_tmp_users';
            INSERT INTO sqlite_sequence (name, seq) SELECT '_retort_tmp_users', seq FROM sqlite_sequence WHERE name = 'users';
            DROP TABLE users;
            PRAGMA legacy_alter_table = ON;
            ALTER TABLE _retort_tmp_users RENAME TO users;
            PRAGMA legacy_alter_table = OFF;
            CREATE INDEX ix_users_name ON users (name);
            CREATE INDEX ix_users_lower_email ON users (lower(email)) WHERE age > 18;
            CREATE TRIGGER tr_users_touch AFTER UPDATE ON users BEGIN UPDATE users SET age = age WHERE id = NEW.id; END""";

    private static TableSnapshot users(boolean foreignKeysEnforced) {
        Map<String, String> indexSql = new LinkedHashMap<>();
        indexSql.put("ix_users_name", "CREATE INDEX ix_users_name ON users (name)");
        indexSql.put(
                "ix_users_lower_email", "CREATE INDEX ix_users_lower_email ON users (lower(email)) WHERE age > 18");
        return new TableSnapshot(
                USERS,
                List.of(
                        Index.on("ix_users_name", "users", "name"),
                        Index.on("ix_users_lower_email", "users", "lower(email)")
                                .where("age > 18")),
                indexSql,
                Map.of(
                        "tr_users_touch",
                        "CREATE TRIGGER tr_users_touch AFTER UPDATE ON users BEGIN UPDATE users SET age = age WHERE"
                                + " id = NEW.id; END"),
                List.of("orders"),
                foreignKeysEnforced);
    }

    private static final TableLookup LIVE = live(false);

    private static TableLookup live(boolean foreignKeysEnforced) {
        TableSnapshot users = users(foreignKeysEnforced);
        TableSnapshot orders = new TableSnapshot(ORDERS, List.of(), Map.of(), Map.of(), List.of(), foreignKeysEnforced);
        return name -> switch (name) {
            case "users" -> Optional.of(users);
            case "orders" -> Optional.of(orders);
            default -> Optional.empty();
        };
    }

    private static String render(Operation operation) {
        return render(operation, TableLookup.NONE);
    }

    private static String render(Operation operation, TableLookup tables) {
        return String.join(";\n", DIALECT.render(operation, tables));
    }

    private static String failure(Operation operation, TableLookup tables) {
        return assertThrows(RenderException.class, () -> DIALECT.render(operation, tables))
                .getMessage();
    }

    // ---- tables

    @Test
    void createTableWritesEveryPortableTypeReadably() {
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
                column("s", enumeration("mood", "happy", "it's sad")).notNull().defaultSql("'happy'"),
                column("t", raw("TEXT COLLATE NOCASE")));
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
                    j DOUBLE,
                    k DATE,
                    l TIME,
                    m TIME WITH TIME ZONE,
                    n TIMESTAMP,
                    o TIMESTAMP WITH TIME ZONE,
                    p CHAR(36),
                    q TEXT,
                    r BLOB,
                    s TEXT DEFAULT 'happy' NOT NULL CONSTRAINT mood CHECK (s IN ('happy', 'it''s sad')),
                    t TEXT COLLATE NOCASE
                )""", render(new CreateTable(table)));
    }

    @Test
    void createTableWritesKeysConstraintsAndDefaultsButNoComments() {
        Table table = Table.of(
                        "order",
                        column("id", bigint()).primaryKey().autoIncrement().comment("ignored"),
                        column("user_id", integer()).notNull(),
                        column("at", timestamp()).defaultSql("CURRENT_TIMESTAMP"),
                        column("day", date()).defaultSql("date('now')"),
                        column("n", integer()).defaultSql("-1"),
                        column("x", real()).defaultSql("(1.5 * 2)"),
                        unique("uq_order_user_at", "user_id", "at"),
                        foreignKey("fk_order_user", List.of("user_id"), "users", List.of("id"))
                                .onDelete(ReferentialAction.SET_NULL)
                                .onUpdate(ReferentialAction.CASCADE)
                                .deferrable(true),
                        check("ck_order_n", "n <> 0"))
                .comment("ignored too");
        assertEquals("""
                CREATE TABLE "order" (
                    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    user_id INTEGER NOT NULL,
                    at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                    day DATE DEFAULT (date('now')),
                    n INTEGER DEFAULT -1,
                    x REAL DEFAULT (1.5 * 2),
                    CONSTRAINT uq_order_user_at UNIQUE (user_id, at),
                    CONSTRAINT fk_order_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
                    CONSTRAINT ck_order_n CHECK (n <> 0)
                )""", render(new CreateTable(table)));
    }

    @Test
    void autoIncrementKeepsANamedPrimaryKey() {
        Table table = Table.of(
                "t", column("id", integer()).notNull().autoIncrement(), PrimaryKey.namedPrimaryKey("pk_t", "id"));
        assertEquals("""
                CREATE TABLE t (
                    id INTEGER NOT NULL CONSTRAINT pk_t PRIMARY KEY AUTOINCREMENT
                )""", render(new CreateTable(table)));
    }

    @Test
    void autoIncrementIsOnlyForASingleIntegerPrimaryKey() {
        String message = "SQLite generates values only for an INTEGER PRIMARY KEY AUTOINCREMENT column, which must be"
                + " the table's only primary-key column, and t.id is not: make it the primary key alone, or remove"
                + " autoIncrement()";
        assertEquals(
                message,
                failure(new CreateTable(Table.of("t", column("id", integer()).autoIncrement())), TableLookup.NONE));
        assertEquals(
                message,
                failure(
                        new CreateTable(Table.of(
                                "t",
                                column("id", integer()).autoIncrement().primaryKey(),
                                column("b", integer()).primaryKey())),
                        TableLookup.NONE));
        assertEquals(
                "SQLite generates values only for integer columns, and t.id is TEXT: make it integer(), bigint() or"
                        + " smallint(), or remove autoIncrement()",
                failure(
                        new CreateTable(
                                Table.of("t", column("id", text()).primaryKey().autoIncrement())),
                        TableLookup.NONE));
    }

    @Test
    void dropAndRenameTable() {
        assertEquals("DROP TABLE users", render(new DropTable("users", Optional.empty())));
        assertEquals("ALTER TABLE users RENAME TO people", render(new RenameTable("users", "people")));
    }

    @Test
    void commentsAreLeftOut() {
        assertEquals("", render(new SetTableComment("users", Setting.to("People"), Optional.empty())));
        assertEquals(
                "", render(AlterColumn.of("users", "email").comment("login").build()));
        assertEquals(
                "ALTER TABLE users ADD COLUMN nick TEXT",
                render(new AddColumn("users", column("nick", text()).comment("ignored"))));
    }

    // ---- columns in place

    @Test
    void addColumnInPlace() {
        assertEquals(
                "ALTER TABLE users ADD COLUMN state VARCHAR(10) DEFAULT 'new' NOT NULL",
                render(new AddColumn(
                        "users", column("state", varchar(10)).notNull().defaultSql("'new'"))));
        assertEquals(
                "ALTER TABLE users ADD COLUMN mood TEXT CONSTRAINT mood CHECK (mood IN ('happy', 'sad'))",
                render(new AddColumn("users", column("mood", enumeration("mood", "happy", "sad")))));
    }

    @Test
    void addColumnNotNullWithoutADefaultRebuildsSoOnlyAnEmptyTableTakesIt() {
        assertEquals(
                """
                CREATE TABLE _retort_tmp_users (
                    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    email VARCHAR(255) NOT NULL,
                    name TEXT DEFAULT '',
                    age INTEGER,
                    state TEXT NOT NULL,
                    CONSTRAINT uq_users_email UNIQUE (email),
                    CONSTRAINT ck_users_age CHECK (age >= 0)
                );
                INSERT INTO _retort_tmp_users (id, email, name, age) SELECT id, email, name, age FROM users;
                """ + USERS_AFTER_REBUILD,
                render(new AddColumn("users", column("state", text()).notNull()), LIVE));
    }

    @Test
    void addColumnRefusesWhatSqliteCannotAdd() {
        assertEquals(
                "SQLite cannot add the auto-increment column users.seq to an existing table: an AUTOINCREMENT"
                        + " column must be declared with the table; create the table with it, or add a plain integer"
                        + " column",
                failure(new AddColumn("users", column("seq", integer()).autoIncrement()), LIVE));
    }

    @Test
    void addColumnWithAnExpressionDefaultRebuilds() {
        AddColumn add = new AddColumn("users", column("seen", timestamp()).defaultSql("CURRENT_TIMESTAMP"));
        assertEquals("""
                CREATE TABLE _retort_tmp_users (
                    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    email VARCHAR(255) NOT NULL,
                    name TEXT DEFAULT '',
                    age INTEGER,
                    seen TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
                    CONSTRAINT uq_users_email UNIQUE (email),
                    CONSTRAINT ck_users_age CHECK (age >= 0)
                );
                INSERT INTO _retort_tmp_users (id, email, name, age) SELECT id, email, name, age FROM users;
                """ + USERS_AFTER_REBUILD, render(add, LIVE));
        assertEquals(
                "SQLite cannot add column users.seen without rebuilding the table, which needs the live database;"
                        + " run this revision online, or use --dry-run against the database",
                failure(add, TableLookup.NONE));
        assertEquals(
                "SQLite cannot add column people.seen: the database has no table people",
                failure(new AddColumn("people", column("seen", date()).defaultSql("(date('now'))")), LIVE));
    }

    @Test
    void addPrimaryKeyColumnRebuilds() {
        Table bare = Table.of("log", column("line", text()));
        TableSnapshot snapshot = new TableSnapshot(bare, List.of(), Map.of(), Map.of(), List.of(), false);
        TableLookup tables = name -> Optional.of(snapshot);
        assertEquals("""
                CREATE TABLE _retort_tmp_log (
                    line TEXT,
                    id INTEGER NOT NULL,
                    PRIMARY KEY (id)
                );
                INSERT INTO _retort_tmp_log (line) SELECT line FROM log;
                DROP TABLE log;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_tmp_log RENAME TO log;
                PRAGMA legacy_alter_table = OFF""", render(new AddColumn("log", column("id", integer()).primaryKey()), tables));
        assertEquals(
                "SQLite cannot add column users.code as primary key: table users already has one; drop it first"
                        + " with dropConstraint",
                failure(new AddColumn("users", column("code", integer()).primaryKey()), LIVE));
    }

    @Test
    void dropColumnInPlaceWhenNothingUsesItOrOffline() {
        assertEquals("ALTER TABLE users DROP COLUMN age", render(new DropColumn("users", "age", Optional.empty())));
        assertEquals(
                "ALTER TABLE orders DROP COLUMN note",
                render(new DropColumn("orders", "note", Optional.empty()), LIVE));
        assertEquals(
                "ALTER TABLE orders DROP COLUMN missing",
                render(new DropColumn("orders", "missing", Optional.empty()), LIVE));
    }

    @Test
    void dropColumnThatAnIndexOrConstraintUsesRebuildsWithoutThem() {
        assertEquals("""
                CREATE TABLE _retort_tmp_users (
                    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    name TEXT DEFAULT '',
                    age INTEGER,
                    CONSTRAINT ck_users_age CHECK (age >= 0)
                );
                INSERT INTO _retort_tmp_users (id, name, age) SELECT id, name, age FROM users;
                DELETE FROM sqlite_sequence WHERE name = '_retort_tmp_users';
                INSERT INTO sqlite_sequence (name, seq) SELECT '_retort_tmp_users', seq FROM sqlite_sequence WHERE name = 'users';
                DROP TABLE users;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_tmp_users RENAME TO users;
                PRAGMA legacy_alter_table = OFF;
                CREATE INDEX ix_users_name ON users (name);
                CREATE TRIGGER tr_users_touch AFTER UPDATE ON users BEGIN UPDATE users SET age = age WHERE id = NEW.id; END""", render(new DropColumn("users", "email", Optional.empty()), LIVE));
        assertEquals("""
                CREATE TABLE _retort_tmp_orders (
                    id INTEGER NOT NULL,
                    note TEXT,
                    PRIMARY KEY (id)
                );
                INSERT INTO _retort_tmp_orders (id, note) SELECT id, note FROM orders;
                DROP TABLE orders;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_tmp_orders RENAME TO orders;
                PRAGMA legacy_alter_table = OFF""", render(new DropColumn("orders", "user_id", Optional.empty()), LIVE));
    }

    @Test
    void dropColumnThatAnotherTableReferencesIsRefused() {
        assertEquals(
                "SQLite cannot drop column users.id: foreign key fk_orders_user of table orders references it; drop"
                        + " that foreign key first",
                failure(new DropColumn("users", "id", Optional.empty()), LIVE));
    }

    // ---- altering columns

    @Test
    void renameColumnAloneIsAlterTable() {
        assertEquals(
                "ALTER TABLE users RENAME COLUMN name TO full_name",
                render(AlterColumn.of("users", "name")
                        .rename("full_name")
                        .comment("x")
                        .build()));
    }

    @Test
    void alterColumnRebuildsThenRenames() {
        AlterColumn alter = AlterColumn.of("users", "name")
                .type(varchar(100))
                .notNull()
                .defaultSql("'nobody'")
                .rename("full_name")
                .build();
        assertEquals(
                """
                CREATE TABLE _retort_tmp_users (
                    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    email VARCHAR(255) NOT NULL,
                    name VARCHAR(100) DEFAULT 'nobody' NOT NULL,
                    age INTEGER,
                    CONSTRAINT uq_users_email UNIQUE (email),
                    CONSTRAINT ck_users_age CHECK (age >= 0)
                );
                INSERT INTO _retort_tmp_users (id, email, name, age) SELECT id, email, name, age FROM users;
                """ + USERS_AFTER_REBUILD + ";\nALTER TABLE users RENAME COLUMN name TO full_name",
                render(alter, LIVE));
    }

    @Test
    void alterColumnDropsNotNullAndDefault() {
        String rendered = render(AlterColumn.of("users", "email").nullable().build(), LIVE);
        assertEquals("""
                CREATE TABLE _retort_tmp_users (
                    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    email VARCHAR(255),
                    name TEXT DEFAULT '',""", rendered.substring(0, rendered.indexOf("\n    age")));
        rendered = render(AlterColumn.of("users", "name").dropDefault().build(), LIVE);
        assertEquals("    name TEXT,", rendered.lines().skip(3).findFirst().orElseThrow());
    }

    @Test
    void alterColumnOfflineCannotRebuild() {
        assertEquals(
                "SQLite cannot change column users.email without rebuilding the table, which needs the live database;"
                        + " run this revision online, or use --dry-run against the database",
                failure(AlterColumn.of("users", "email").type(text()).build(), TableLookup.NONE));
        assertEquals(
                "SQLite cannot change column users.mail: table users has no column mail",
                failure(AlterColumn.of("users", "mail").type(text()).build(), LIVE));
    }

    @Test
    void aTableOthersReferenceIsNotRebuiltWithForeignKeysOn() {
        assertEquals(
                "SQLite cannot change column users.age while PRAGMA foreign_keys is ON: that rebuilds table users, and"
                        + " dropping the old table would delete or orphan the rows of orders that reference it; run"
                        + " the migration with foreign keys off (SQLite's default: leave foreign_keys out of the"
                        + " URL), then check PRAGMA foreign_key_check",
                failure(AlterColumn.of("users", "age").type(bigint()).build(), live(true)));
        assertEquals(
                "CREATE TABLE _retort_tmp_orders (",
                DIALECT.render(AlterColumn.of("orders", "note").notNull().build(), live(true))
                        .get(0)
                        .lines()
                        .findFirst()
                        .orElseThrow());
    }

    // ---- constraints

    @Test
    void addConstraintRebuildsWithIt() {
        String head =
                "CREATE TABLE _retort_tmp_orders (\n    id INTEGER NOT NULL,\n    user_id INTEGER,\n    note TEXT,\n"
                        + "    PRIMARY KEY (id),\n";
        String tail = "\n);\nINSERT INTO _retort_tmp_orders (id, user_id, note) SELECT id, user_id, note FROM orders;\n"
                + "DROP TABLE orders;\nPRAGMA legacy_alter_table = ON;\nALTER TABLE _retort_tmp_orders RENAME TO"
                + " orders;\nPRAGMA legacy_alter_table = OFF";
        String fk = "    CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE";
        assertEquals(
                head + "    CONSTRAINT uq_orders_note UNIQUE (note),\n" + fk + tail,
                render(new AddConstraint("orders", unique("uq_orders_note", "note")), LIVE));
        assertEquals(
                head + fk + ",\n    CONSTRAINT fk_orders_self FOREIGN KEY (user_id) REFERENCES orders (id)"
                        + " DEFERRABLE" + tail,
                render(
                        new AddConstraint(
                                "orders",
                                foreignKey("fk_orders_self", List.of("user_id"), "orders", List.of("id"))
                                        .deferrable(false)),
                        LIVE));
        assertEquals(
                head + fk + ",\n    CONSTRAINT ck_orders_note CHECK (note <> '')" + tail,
                render(new AddConstraint("orders", check("ck_orders_note", "note <> ''")), LIVE));
    }

    @Test
    void addPrimaryKeyRebuildsAndASecondIsRefused() {
        Table bare = Table.of("log", column("line", text()).notNull());
        TableSnapshot snapshot = new TableSnapshot(bare, List.of(), Map.of(), Map.of(), List.of(), false);
        assertEquals(
                """
                CREATE TABLE _retort_tmp_log (
                    line TEXT NOT NULL,
                    CONSTRAINT pk_log PRIMARY KEY (line)
                );""",
                render(
                                new AddConstraint("log", PrimaryKey.namedPrimaryKey("pk_log", "line")),
                                name -> Optional.of(snapshot))
                        .lines()
                        .limit(4)
                        .reduce((a, b) -> a + "\n" + b)
                        .orElseThrow());
        assertEquals(
                "SQLite cannot add primary key to orders: it already has a primary key; drop that first with"
                        + " dropConstraint(..., PRIMARY_KEY)",
                failure(new AddConstraint("orders", PrimaryKey.primaryKey("note")), LIVE));
        assertEquals(
                "SQLite cannot add unique constraint uq_x to orders without rebuilding the table, which needs the"
                        + " live database; run this revision online, or use --dry-run against the database",
                failure(new AddConstraint("orders", unique("uq_x", "note")), TableLookup.NONE));
    }

    @Test
    void dropConstraintRebuildsWithoutIt() {
        String rendered =
                render(new DropConstraint("users", "UQ_USERS_EMAIL", Constraint.Kind.UNIQUE, Optional.empty()), LIVE);
        assertEquals("""
                CREATE TABLE _retort_tmp_users (
                    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    email VARCHAR(255) NOT NULL,
                    name TEXT DEFAULT '',
                    age INTEGER,
                    CONSTRAINT ck_users_age CHECK (age >= 0)
                );
                INSERT INTO _retort_tmp_users (id, email, name, age) SELECT id, email, name, age FROM users;
                """ + USERS_AFTER_REBUILD, rendered);
        assertEquals(
                """
                CREATE TABLE _retort_tmp_orders (
                    id INTEGER NOT NULL,
                    user_id INTEGER,
                    note TEXT,
                    PRIMARY KEY (id)
                );""",
                firstStatement(
                        new DropConstraint("orders", "fk_orders_user", Constraint.Kind.FOREIGN_KEY, Optional.empty())));
        assertEquals(
                """
                CREATE TABLE _retort_tmp_users (
                    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                    email VARCHAR(255) NOT NULL,
                    name TEXT DEFAULT '',
                    age INTEGER,
                    CONSTRAINT uq_users_email UNIQUE (email)
                );""",
                firstStatement(new DropConstraint("users", "ck_users_age", Constraint.Kind.CHECK, Optional.empty())));
    }

    @Test
    void droppingThePrimaryKeyEndsAutoIncrement() {
        assertEquals(
                """
                CREATE TABLE _retort_tmp_users (
                    id INTEGER NOT NULL,
                    email VARCHAR(255) NOT NULL,
                    name TEXT DEFAULT '',
                    age INTEGER,
                    CONSTRAINT uq_users_email UNIQUE (email),
                    CONSTRAINT ck_users_age CHECK (age >= 0)
                );
                INSERT INTO _retort_tmp_users (id, email, name, age) SELECT id, email, name, age FROM users;
                DROP TABLE users;""",
                render(new DropConstraint("users", "whatever", Constraint.Kind.PRIMARY_KEY, Optional.empty()), LIVE)
                        .lines()
                        .limit(10)
                        .reduce((a, b) -> a + "\n" + b)
                        .orElseThrow());
    }

    @Test
    void dropConstraintThatIsNotThereIsRefused() {
        assertEquals(
                "SQLite cannot drop check constraint ck_nope from users: it has no such constraint (SQLite knows only"
                        + " the constraint names written in CREATE TABLE; unnamed ones cannot be dropped by name)",
                failure(new DropConstraint("users", "ck_nope", Constraint.Kind.CHECK, Optional.empty()), LIVE));
        TableSnapshot keyless = new TableSnapshot(
                Table.of("log", column("line", text())), List.of(), Map.of(), Map.of(), List.of(), false);
        assertEquals(
                "SQLite cannot drop primary key pk from log: it has no primary key",
                failure(
                        new DropConstraint("log", "pk", Constraint.Kind.PRIMARY_KEY, Optional.empty()),
                        name -> Optional.of(keyless)));
        assertEquals(
                "SQLite cannot drop foreign key fk_x from orders without rebuilding the table, which needs the live"
                        + " database; run this revision online, or use --dry-run against the database",
                failure(
                        new DropConstraint("orders", "fk_x", Constraint.Kind.FOREIGN_KEY, Optional.empty()),
                        TableLookup.NONE));
    }

    private static String firstStatement(Operation operation) {
        return DIALECT.render(operation, LIVE).get(0) + ";";
    }

    // ---- indexes

    @Test
    void createIndex() {
        assertEquals(
                "CREATE UNIQUE INDEX uq_users_email_live ON users (lower(email) DESC, \"order\", (a + b)) WHERE"
                        + " deleted_at IS NULL",
                render(new CreateIndex(
                        Index.on("uq_users_email_live", "users", "lower(email) DESC", "order", "a + b")
                                .unique()
                                .where("deleted_at IS NULL"),
                        true)));
    }

    @Test
    void createIndexRefusesIncludeAndMethods() {
        assertEquals(
                "SQLite has no INCLUDE columns, so index ix on t cannot include b: add them to the index's columns,"
                        + " or leave out include(...)",
                failure(new CreateIndex(Index.on("ix", "t", "a").include("b"), false), TableLookup.NONE));
        assertEquals(
                "SQLite has no index access methods, so index ix on t cannot use gin: leave out using(...)",
                failure(new CreateIndex(Index.on("ix", "t", "a").using("gin"), false), TableLookup.NONE));
    }

    @Test
    void dropIndex() {
        assertEquals(
                "DROP INDEX ix_users_email", render(new DropIndex("ix_users_email", "users", Optional.empty(), true)));
    }

    // ---- names, types and literals

    @Test
    void namesAreQuotedOnlyWhenNeeded() {
        assertEquals("users", DIALECT.identifier("users"));
        assertEquals("action", DIALECT.identifier("action"));
        assertEquals("\"autoincrement\"", DIALECT.identifier("autoincrement"));
        assertEquals("\"order\"", DIALECT.identifier("order"));
        assertEquals("_retort_tmp_users", DIALECT.identifier("_retort_tmp_users"));
    }

    @Test
    void typeSqlIsTheDeclaredType() {
        assertEquals("TEXT", DIALECT.typeSql(enumeration("mood", "a")));
        assertEquals("VARCHAR(20)", DIALECT.typeSql(varchar(20)));
    }

    @Test
    void literals() {
        assertEquals("NULL", DIALECT.literal(null));
        assertEquals("'it''s \\ fine'", DIALECT.literal("it's \\ fine"));
        assertEquals("1", DIALECT.literal(true));
        assertEquals("0", DIALECT.literal(false));
        assertEquals("X'00FF10'", DIALECT.literal(new byte[] {0, -1, 16}));
        assertEquals("X''", DIALECT.literal(new byte[0]));
        assertEquals(
                "'123e4567-e89b-12d3-a456-426614174000'",
                DIALECT.literal(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
        assertEquals("'2026-01-02'", DIALECT.literal(LocalDate.of(2026, 1, 2)));
        assertEquals("'03:04:05'", DIALECT.literal(LocalTime.of(3, 4, 5)));
        assertEquals("'2026-01-02 03:04:05.5'", DIALECT.literal(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 500_000_000)));
        assertEquals(
                "'2026-01-02 03:04:05-05:30'",
                DIALECT.literal(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHoursMinutes(-5, -30))));
        assertEquals("'2026-01-02 03:04:05+00:00'", DIALECT.literal(Instant.parse("2026-01-02T03:04:05Z")));
        assertEquals("1.0E20", DIALECT.literal(1e20));
        assertEquals(
                "SQLite cannot store the number -Infinity",
                assertThrows(IllegalArgumentException.class, () -> DIALECT.literal(Double.NEGATIVE_INFINITY))
                        .getMessage());
    }
}
