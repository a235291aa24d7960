package dev.retort.diff;

import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.bigint;
import static dev.retort.schema.DataType.domain;
import static dev.retort.schema.DataType.enumeration;
import static dev.retort.schema.DataType.integer;
import static dev.retort.schema.DataType.raw;
import static dev.retort.schema.DataType.text;
import static dev.retort.schema.DataType.uuid;
import static dev.retort.schema.DataType.varchar;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.UniqueConstraint.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.dialect.Capability;
import dev.retort.dialect.Dialect;
import dev.retort.ops.AlterDomain;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateDomain;
import dev.retort.ops.CreateRangeType;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropDomain;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.Domain;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.RangeType;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The diff on each real database: {@code current} is built in one fresh database and {@code target}
 * in another, both are reflected and compared; the upgrade run on the first database gives the
 * target, and the downgrade gives back what was there. One method per kind of change.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
abstract class SchemaDiffIT {
    static final Table USERS = Table.of(
            "users",
            column("id", integer()).primaryKey(),
            column("email", varchar(100)).notNull(),
            column("name", text()));

    static final Table ORDERS = Table.of(
            "orders",
            column("id", integer()).primaryKey(),
            column("user_id", integer()),
            foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id")));

    static final Table ORDERS_PLAIN =
            Table.of("orders", column("id", integer()).primaryKey(), column("user_id", integer()));

    /** The dialect under test. */
    abstract Dialect dialect();

    /** An empty database of the dialect's kind. */
    abstract TestDatabase newDatabase();

    /** A collation of the dialect's that text columns do not have by default. */
    abstract String collation();

    /**
     * Builds both schemas, diffs them, and checks that the upgrade reaches the target and the
     * downgrade comes back; returns the diff of the reflected schemas.
     */
    SchemaDiff roundTrip(Schema current, Schema target) throws SQLException {
        return roundTrip(current, target, List.of(), connection -> {});
    }

    /** What a test checks on the live database after the upgrade. */
    @FunctionalInterface
    interface Check {
        void on(Connection connection) throws SQLException;
    }

    /**
     * {@link #roundTrip(Schema, Schema)}, with {@code rows} (SQL statements) run on the current schema
     * first and {@code afterUpgrade} checked on the upgraded database; after the downgrade, the rows
     * {@code rows} inserted are all still there.
     */
    SchemaDiff roundTrip(Schema current, Schema target, List<String> rows, Check afterUpgrade) throws SQLException {
        try (Connection live = newDatabase().open();
                Connection models = newDatabase().open()) {
            build(live, current);
            build(models, target);
            execute(live, rows);
            Schema before = read(live);
            Schema wanted = read(models);
            SchemaDiff diff = SchemaComparer.compare(before, wanted);
            assertFalse(diff.upgrade().isEmpty(), "no difference found between " + before + " and " + wanted);
            run(live, diff.upgrade());
            assertEquals(List.of(), SchemaComparer.compare(read(live), wanted).upgrade(), "after upgrade");
            afterUpgrade.on(live);
            run(live, diff.downgrade());
            assertEquals(List.of(), SchemaComparer.compare(read(live), before).upgrade(), "after downgrade");
            return diff;
        }
    }

    static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            return rows.getLong(1);
        }
    }

    private void build(Connection connection, Schema schema) throws SQLException {
        run(connection, SchemaComparer.compare(Schema.EMPTY, schema).upgrade());
    }

    Schema read(Connection connection) throws SQLException {
        return dialect().readSchema(connection).schema();
    }

    /** Runs each operation's statements, each operation in one transaction where DDL has them. */
    void run(Connection connection, List<Operation> operations) throws SQLException {
        boolean transactional = dialect().supports(Capability.TRANSACTIONAL_DDL);
        for (Operation operation : operations) {
            List<String> statements = dialect().render(operation, dialect().tableLookup(connection));
            connection.setAutoCommit(!transactional);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    try {
                        statement.execute(sql);
                    } catch (SQLException failure) {
                        throw new AssertionError(
                                "failed: " + sql + "\nfor " + operation + "\n" + failure.getMessage(), failure);
                    }
                }
                if (transactional) {
                    connection.commit();
                }
            } finally {
                if (transactional) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        }
    }

    static final Table COUNTERS = Table.of("counters", column("id", integer()).primaryKey(), column("v", text()));

    static final List<String> COUNTER_ROWS =
            List.of("INSERT INTO counters (id, v) VALUES (1, 'a')", "INSERT INTO counters (id, v) VALUES (5, 'b')");

    /** A row inserted without an id after the upgrade gets the one after the largest there was. */
    static final Check NEXT_ID_IS_SIX = connection -> {
        execute(connection, List.of("INSERT INTO counters (v) VALUES ('c')"));
        assertEquals(6, queryLong(connection, "SELECT id FROM counters WHERE v = 'c'"));
    };

    /** Rows whose ids the database generated: 1 and 2. */
    static final List<String> GENERATED_ROWS =
            List.of("INSERT INTO counters (v) VALUES ('a')", "INSERT INTO counters (v) VALUES ('b')");

    /** A row inserted without an id after the upgrade gets 3. */
    static final Check NEXT_ID_IS_THREE = connection -> {
        execute(connection, List.of("INSERT INTO counters (v) VALUES ('c')"));
        assertEquals(3, queryLong(connection, "SELECT id FROM counters WHERE v = 'c'"));
    };

    static Schema counters(Identity identity) {
        return Schema.of(
                Table.of("counters", column("id", integer()).primaryKey().identity(identity), column("v", text())));
    }

    @Test
    void anIdentityComesAndGoes() throws SQLException {
        roundTrip(Schema.of(COUNTERS), counters(Identity.BY_DEFAULT), COUNTER_ROWS, NEXT_ID_IS_SIX);
        roundTrip(
                counters(Identity.BY_DEFAULT),
                Schema.of(COUNTERS),
                COUNTER_ROWS,
                connection -> assertEquals(2, queryLong(connection, "SELECT count(*) FROM counters")));
    }

    @Test
    void theIdentityKindChanges() throws SQLException {
        assumeTrue(
                dialect().supports(Capability.IDENTITY_KINDS),
                dialect().displayName() + " has one kind of generated column");
        for (Identity from : List.of(Identity.NONE, Identity.ALWAYS, Identity.BY_DEFAULT, Identity.SEQUENCE)) {
            for (Identity to : List.of(Identity.NONE, Identity.ALWAYS, Identity.BY_DEFAULT, Identity.SEQUENCE)) {
                if (from == to) {
                    continue;
                }
                Check check = to == Identity.NONE
                        ? connection -> assertEquals(2, queryLong(connection, "SELECT count(*) FROM counters"))
                        : from == Identity.NONE ? NEXT_ID_IS_SIX : NEXT_ID_IS_THREE;
                roundTrip(counters(from), counters(to), from == Identity.NONE ? COUNTER_ROWS : GENERATED_ROWS, check);
            }
        }
    }

    static final Table INVOICES = Table.of(
            "invoices",
            column("id", bigint()).primaryKey().defaultSql("nextval('invoice_no')"),
            column("total", integer()));

    @Test
    void sequencesAreCreatedAndDroppedAroundTheTablesUsingThem() throws SQLException {
        assumeTrue(dialect().supports(Capability.SEQUENCES), dialect().displayName() + " has no sequences");
        Sequence invoiceNo = Sequence.named("invoice_no").startWith(1000).incrementBy(10);
        Schema withSequence = new Schema(List.of(INVOICES), List.of(), List.of(invoiceNo));
        SchemaDiff created = roundTrip(Schema.EMPTY, withSequence, List.of(), connection -> {
            execute(connection, List.of("INSERT INTO invoices (total) VALUES (5)"));
            assertEquals(1000, queryLong(connection, "SELECT id FROM invoices"));
        });
        assertEquals(
                List.of(CreateSequence.class, CreateTable.class),
                created.upgrade().stream().map(Object::getClass).toList());
        SchemaDiff dropped = roundTrip(withSequence, Schema.EMPTY);
        assertEquals(
                List.of(DropTable.class, DropSequence.class),
                dropped.upgrade().stream().map(Object::getClass).toList());
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE, DiffWarning.Kind.DESTRUCTIVE), kinds(dropped));
    }

    @Test
    void aSequenceChanges() throws SQLException {
        assumeTrue(dialect().supports(Capability.SEQUENCES), dialect().displayName() + " has no sequences");
        Sequence plain = Sequence.named("ticket_no");
        Sequence changed = plain.typed(integer())
                .startWith(5)
                .incrementBy(-1)
                .minValue(-100)
                .maxValue(5)
                .cache(20)
                .cycle(true);
        roundTrip(schemaWith(plain), schemaWith(changed));
        roundTrip(schemaWith(plain), schemaWith(plain.maxValue(1_000_000)));
    }

    @Test
    void aSequenceChangesItsOwner() throws SQLException {
        assumeTrue(dialect().supports(Capability.SEQUENCES), dialect().displayName() + " has no sequences");
        Sequence free = Sequence.named("ticket_no");
        Sequence owned = free.ownedBy("users", "id");
        roundTrip(schemaWith(free), schemaWith(owned));
        roundTrip(schemaWith(owned), schemaWith(owned.ownedBy("users", "name")));
        // a sequence owned by a table that goes, and one owned by a table that comes
        roundTrip(
                new Schema(List.of(USERS), List.of(), List.of(owned)),
                new Schema(List.of(ORDERS_PLAIN), List.of(), List.of(free.ownedBy("orders", "id"))));
        SchemaDiff dropped = roundTrip(schemaWith(owned), Schema.of(USERS));
        assertEquals(
                List.of(AlterSequence.class, DropSequence.class),
                dropped.upgrade().stream().map(Object::getClass).toList());
    }

    static final Table FILMS =
            Table.of("films", column("id", integer()).primaryKey(), column("release_year", domain("year")));

    static Schema withDomains(List<Table> tables, Domain... domains) {
        return new Schema(tables, List.of(), List.of(), List.of(domains));
    }

    @Test
    void aRangeTypeIsCreatedAndDroppedWithTheTableUsingIt() throws SQLException {
        assumeTrue(dialect().supports(Capability.RANGE_TYPES), dialect().displayName() + " has no range types");
        RangeType span = RangeType.of("uuidrange", uuid());
        Table blocks = Table.of(
                "blocks",
                column("id", integer()).primaryKey(),
                column("span", raw("uuidrange")).notNull());

        SchemaDiff created =
                roundTrip(Schema.EMPTY, Schema.of(blocks).withRanges(List.of(span)), List.of(), connection -> {
                    connection.setAutoCommit(true);
                    execute(
                            connection,
                            List.of(
                                    "INSERT INTO blocks (id, span) VALUES"
                                            + " (1, '[00000000-0000-0000-0000-000000000000,ffffffff-ffff-ffff-ffff-ffffffffffff)')"));
                    assertThrows(
                            SQLException.class,
                            () -> execute(
                                    connection,
                                    List.of(
                                            "INSERT INTO blocks (id, span) VALUES (2,"
                                                    + " '[ffffffff-ffff-ffff-ffff-ffffffffffff,00000000-0000-0000-0000-000000000000)')")));
                });

        assertEquals(
                List.of(CreateRangeType.class, CreateTable.class),
                created.upgrade().stream().map(Object::getClass).toList());
    }

    @Test
    void aDomainIsCreatedChangedAndDroppedWithTheColumnsUsingIt() throws SQLException {
        assumeTrue(dialect().supports(Capability.DOMAINS), dialect().displayName() + " has no domains");
        Domain year = Domain.named("year", integer()).check("year_check", "VALUE >= 1901 AND VALUE <= 2155");
        Table plain = Table.of("films", column("id", integer()).primaryKey(), column("release_year", integer()));
        // created with the table that uses it; the check holds on the upgraded database
        SchemaDiff created = roundTrip(Schema.EMPTY, withDomains(List.of(FILMS), year), List.of(), connection -> {
            connection.setAutoCommit(true);
            execute(connection, List.of("INSERT INTO films (id, release_year) VALUES (1, 2006)"));
            assertThrows(
                    SQLException.class,
                    () -> execute(connection, List.of("INSERT INTO films (id, release_year) VALUES (2, 1200)")));
        });
        assertEquals(
                List.of(CreateDomain.class, CreateTable.class),
                created.upgrade().stream().map(Object::getClass).toList());
        // a column moves onto the domain and off it again, keeping its rows
        roundTrip(
                withDomains(List.of(plain)),
                withDomains(List.of(FILMS), year),
                List.of("INSERT INTO films (id, release_year) VALUES (1, 2006)"),
                connection -> assertEquals(2006, queryLong(connection, "SELECT release_year FROM films")));
        // default, NOT NULL and checks change in place
        Domain changed = Domain.named("year", integer())
                .notNull()
                .defaultSql("2000")
                .check("year_check", "VALUE >= 1900")
                .check("year_even", "(VALUE % 2) = 0");
        SchemaDiff altered = roundTrip(
                withDomains(List.of(FILMS), year),
                withDomains(List.of(FILMS), changed),
                List.of("INSERT INTO films (id, release_year) VALUES (1, 2006)"),
                connection -> {
                    execute(connection, List.of("INSERT INTO films (id) VALUES (2)"));
                    assertEquals(2000, queryLong(connection, "SELECT release_year FROM films WHERE id = 2"));
                    execute(connection, List.of("DELETE FROM films WHERE id = 2"));
                });
        assertEquals(
                List.of(AlterDomain.class),
                altered.upgrade().stream().map(Object::getClass).toList());
        // dropped after the table that used it
        SchemaDiff dropped = roundTrip(withDomains(List.of(FILMS), year), Schema.EMPTY);
        assertEquals(
                List.of(DropTable.class, DropDomain.class),
                dropped.upgrade().stream().map(Object::getClass).toList());
    }

    static Schema schemaWith(Sequence sequence) {
        return new Schema(List.of(USERS), List.of(), List.of(sequence));
    }

    static List<DiffWarning.Kind> kinds(SchemaDiff diff) {
        return diff.warnings().stream().map(DiffWarning::kind).toList();
    }

    static Table moods(String... values) {
        return Table.of("moods", column("id", integer()).primaryKey(), column("mood", enumeration("mood", values)));
    }

    static final List<String> MOOD_ROWS =
            List.of("INSERT INTO moods (id, mood) VALUES (1, 'sad')", "INSERT INTO moods (id, mood) VALUES (2, 'ok')");

    /** A row can hold {@code value} after the upgrade; it is deleted again so the downgrade can remove it. */
    static Check accepts(String value) {
        return connection -> {
            execute(connection, List.of("INSERT INTO moods (id, mood) VALUES (3, '" + value + "')"));
            assertEquals(3, queryLong(connection, "SELECT count(*) FROM moods"));
            execute(connection, List.of("DELETE FROM moods WHERE id = 3"));
        };
    }

    @Test
    void enumValuesAreAddedAndRemoved() throws SQLException {
        SchemaDiff added = roundTrip(
                Schema.of(moods("sad", "ok")), Schema.of(moods("sad", "ok", "happy")), MOOD_ROWS, accepts("happy"));
        assertEquals(List.of(DiffWarning.Kind.CAUTION), kinds(added));
        roundTrip(
                Schema.of(moods("sad", "ok")), Schema.of(moods("meh", "sad", "fine", "ok")), MOOD_ROWS, accepts("meh"));
        SchemaDiff removed = roundTrip(
                Schema.of(moods("sad", "ok", "happy")), Schema.of(moods("sad", "ok")), MOOD_ROWS, accepts("ok"));
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE), kinds(removed));
        roundTrip(Schema.of(moods("sad", "ok")), Schema.of(moods("ok", "sad")), MOOD_ROWS, accepts("ok"));
    }

    @Test
    void enumColumnsComeAndGo() throws SQLException {
        Table plain = Table.of("moods", column("id", integer()).primaryKey());
        roundTrip(Schema.of(plain), Schema.of(moods("sad", "ok")));
        roundTrip(Schema.of(moods("sad", "ok")), Schema.of(plain));
        Table texts = Table.of("moods", column("id", integer()).primaryKey(), column("mood", text()));
        roundTrip(Schema.of(texts), Schema.of(moods("sad", "ok")), MOOD_ROWS, accepts("ok"));
        roundTrip(Schema.of(moods("sad", "ok")), Schema.of(texts), MOOD_ROWS, accepts("anything"));
    }

    @Test
    void tablesAreCreatedAndDropped() throws SQLException {
        Schema users = Schema.of(List.of(USERS), List.of(Index.on("ix_users_name", "users", "name")));
        roundTrip(Schema.EMPTY, users);
        roundTrip(users, Schema.EMPTY);
    }

    @Test
    void columnsAreAddedAndDropped() throws SQLException {
        Table wider = Table.of(
                "users",
                column("id", integer()).primaryKey(),
                column("email", varchar(100)).notNull(),
                column("name", text()),
                column("age", integer()).defaultSql("0"));
        roundTrip(Schema.of(USERS), Schema.of(wider));
        roundTrip(Schema.of(wider), Schema.of(USERS));
    }

    @Test
    void aTypeChanges() throws SQLException {
        Table wider = Table.of(
                "users",
                column("id", integer()).primaryKey(),
                column("email", varchar(200)).notNull(),
                column("name", text()));
        roundTrip(Schema.of(USERS), Schema.of(wider));
    }

    @Test
    void aColumnCollationComesAndGoes() throws SQLException {
        Table collated = Table.of(
                "users",
                column("id", integer()).primaryKey(),
                column("email", varchar(100).collate(collation())).notNull(),
                column("name", text()));
        List<String> rows = List.of("INSERT INTO users (id, email) VALUES (1, 'Ann@example.com')");

        SchemaDiff diff = roundTrip(
                Schema.of(USERS),
                Schema.of(collated),
                rows,
                connection -> assertEquals(
                        collation(),
                        read(connection)
                                .table("users")
                                .orElseThrow()
                                .column("email")
                                .orElseThrow()
                                .type()
                                .collation()));
        roundTrip(Schema.of(collated), Schema.of(USERS), rows, connection -> {});

        assertEquals(1, diff.upgrade().size(), diff.upgrade().toString());
    }

    @Test
    void nullabilityAndDefaultChange() throws SQLException {
        Table changed = Table.of(
                "users",
                column("id", integer()).primaryKey(),
                column("email", varchar(100)),
                column("name", text()).notNull().defaultSql("'nobody'"));
        roundTrip(Schema.of(USERS), Schema.of(changed));
    }

    @Test
    void aColumnCommentChanges() throws SQLException {
        assumeTrue(dialect().supports(Capability.COMMENTS), dialect().displayName() + " keeps no comments");
        Table commented = Table.of(
                "users",
                column("id", integer()).primaryKey(),
                column("email", varchar(100)).notNull().comment("login"),
                column("name", text()));
        roundTrip(Schema.of(USERS), Schema.of(commented));
    }

    @Test
    void aTableCommentChanges() throws SQLException {
        assumeTrue(dialect().supports(Capability.COMMENTS), dialect().displayName() + " keeps no comments");
        roundTrip(Schema.of(USERS), Schema.of(USERS.comment("People")));
    }

    @Test
    void thePrimaryKeyMoves() throws SQLException {
        Table before = Table.of(
                "t", column("a", integer()).primaryKey(), column("b", integer()).notNull());
        Table after = Table.of(
                "t", column("a", integer()).notNull(), column("b", integer()).primaryKey());
        roundTrip(Schema.of(before), Schema.of(after));
    }

    @Test
    void uniqueConstraintsAreAddedAndDropped() throws SQLException {
        Table plain = Table.of("t", column("a", integer()), column("b", integer()));
        Table unique = Table.of("t", column("a", integer()), column("b", integer()), unique("uq_t_a", "a"));
        roundTrip(Schema.of(plain), Schema.of(unique));
        roundTrip(Schema.of(unique), Schema.of(plain));
    }

    @Test
    void foreignKeysAreAddedAndDropped() throws SQLException {
        roundTrip(Schema.of(USERS, ORDERS_PLAIN), Schema.of(USERS, ORDERS));
        roundTrip(Schema.of(USERS, ORDERS), Schema.of(USERS, ORDERS_PLAIN));
    }

    @Test
    void aForeignKeyChangesItsActions() throws SQLException {
        Table cascading = Table.of(
                "orders",
                column("id", integer()).primaryKey(),
                column("user_id", integer()),
                foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"))
                        .onDelete(ReferentialAction.CASCADE));
        roundTrip(Schema.of(USERS, ORDERS), Schema.of(USERS, cascading));
    }

    @Test
    void checksAreAddedAndDropped() throws SQLException {
        Table plain = Table.of("t", column("a", integer()));
        Table checked = Table.of("t", column("a", integer()), check("ck_t_a", "a > 0"));
        roundTrip(Schema.of(plain), Schema.of(checked));
        roundTrip(Schema.of(checked), Schema.of(plain));
    }

    @Test
    void indexesAreAddedDroppedAndRebuilt() throws SQLException {
        Index plain = Index.on("ix_users_email", "users", "email");
        Schema none = Schema.of(USERS);
        Schema withPlain = Schema.of(List.of(USERS), List.of(plain));
        roundTrip(none, withPlain);
        roundTrip(withPlain, none);
        roundTrip(withPlain, Schema.of(List.of(USERS), List.of(Index.on("ix_users_email", "users", "email", "id"))));
        roundTrip(withPlain, Schema.of(List.of(USERS), List.of(plain.unique())));
    }

    @Test
    void newTablesInAForeignKeyCycle() throws SQLException {
        Table a = Table.of(
                "a",
                column("id", integer()).primaryKey(),
                column("b_id", integer()),
                foreignKey("fk_a_b", List.of("b_id"), "b", List.of("id")));
        Table b = Table.of(
                "b",
                column("id", integer()).primaryKey(),
                column("a_id", integer()),
                foreignKey("fk_b_a", List.of("a_id"), "a", List.of("id")));
        roundTrip(Schema.EMPTY, Schema.of(a, b));
        roundTrip(Schema.of(a, b), Schema.EMPTY);
    }

    @Test
    void aReferencedTableIsDropped() throws SQLException {
        roundTrip(Schema.of(USERS, ORDERS), Schema.of(ORDERS_PLAIN));
    }

    @Test
    void aReferencedColumnChangesType() throws SQLException {
        Table users = Table.of("users", column("id", bigint()).primaryKey());
        Table orders = Table.of(
                "orders",
                column("id", integer()).primaryKey(),
                column("user_id", bigint()),
                foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id")));
        roundTrip(Schema.of(Table.of("users", column("id", integer()).primaryKey()), ORDERS), Schema.of(users, orders));
    }

    @Test
    void aColumnIsRenamedAsADropAndAnAdd() throws SQLException {
        Table renamed = Table.of(
                "users",
                column("id", integer()).primaryKey(),
                column("email", varchar(100)).notNull(),
                column("full_name", text()));
        SchemaDiff diff = roundTrip(Schema.of(USERS), Schema.of(renamed));
        assertEquals(
                List.of(DiffWarning.Kind.DESTRUCTIVE, DiffWarning.Kind.LIKELY_RENAME),
                diff.warnings().stream().map(DiffWarning::kind).toList());
    }
}
