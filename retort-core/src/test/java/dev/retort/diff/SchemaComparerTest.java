package dev.retort.diff;

import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.bigint;
import static dev.retort.schema.DataType.domain;
import static dev.retort.schema.DataType.enumeration;
import static dev.retort.schema.DataType.integer;
import static dev.retort.schema.DataType.numeric;
import static dev.retort.schema.DataType.raw;
import static dev.retort.schema.DataType.text;
import static dev.retort.schema.DataType.uuid;
import static dev.retort.schema.DataType.varchar;
import static dev.retort.schema.ForeignKey.foreignKey;
import static dev.retort.schema.PrimaryKey.namedPrimaryKey;
import static dev.retort.schema.UniqueConstraint.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterDomain;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateDomain;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateRangeType;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropDomain;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropRangeType;
import dev.retort.ops.DropSchema;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.SetTableComment;
import dev.retort.ops.Setting;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.Domain;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.RangeType;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of change the diff detects: its operations and their order, its warnings, and that it reverses. */
class SchemaComparerTest {
    private static final Table USERS = Table.of(
            "users",
            column("id", integer()).primaryKey(),
            column("email", varchar(255)).notNull(),
            column("name", text()));

    private static final Table ORDERS = Table.of(
            "orders",
            column("id", integer()).primaryKey(),
            column("user_id", integer()),
            foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id")));

    /**
     * The diff of {@code current} to {@code target}, after checking what every diff must do: applied, it
     * gives the target; its downgrade gives back the current schema; it is the same each time; a schema
     * compared with itself has none.
     */
    static SchemaDiff diff(Schema current, Schema target) {
        SchemaDiff diff = SchemaComparer.compare(current, target);
        Schema upgraded = SchemaEvolution.apply(current, diff.upgrade());
        assertEquals(canonical(target), canonical(upgraded), "upgrade");
        assertEquals(canonical(current), canonical(SchemaEvolution.apply(upgraded, diff.downgrade())), "downgrade");
        assertEquals(diff, SchemaComparer.compare(current, target), "deterministic");
        assertTrue(SchemaComparer.compare(current, current).isEmpty(), "current vs itself");
        assertTrue(SchemaComparer.compare(target, target).isEmpty(), "target vs itself");
        assertTrue(SchemaComparer.compare(upgraded, target).upgrade().isEmpty(), "upgraded vs target");
        return diff;
    }

    /**
     * The schema with tables, indexes, sequences, domains, range types and constraints in name order:
     * what order the ops leave does not matter.
     */
    static Schema canonical(Schema schema) {
        Comparator<Constraint> byName =
                Comparator.comparing(constraint -> constraint.name().orElse(""));
        List<Table> tables = schema.tables().stream()
                .map(table -> new Table(
                        table.name(),
                        table.columns(),
                        table.primaryKey(),
                        table.uniques().stream().sorted(byName).toList(),
                        table.foreignKeys().stream().sorted(byName).toList(),
                        table.checks().stream().sorted(byName).toList(),
                        table.comment()))
                .sorted(Comparator.comparing(Table::name))
                .toList();
        List<Index> indexes = schema.indexes().stream()
                .sorted(Comparator.comparing(Index::table).thenComparing(Index::name))
                .toList();
        return new Schema(
                tables,
                indexes,
                schema.sequences().stream()
                        .sorted(Comparator.comparing(Sequence::name))
                        .toList(),
                schema.domains().stream()
                        .map(domain -> domain.withChecks(
                                domain.checks().stream().sorted(byName).toList()))
                        .sorted(Comparator.comparing(Domain::name))
                        .toList(),
                schema.namespaces(),
                schema.ranges().stream()
                        .sorted(Comparator.comparing(RangeType::name))
                        .toList());
    }

    private static List<DiffWarning.Kind> kinds(SchemaDiff diff) {
        return diff.warnings().stream().map(DiffWarning::kind).toList();
    }

    private static Table users(Column... extra) {
        List<Column> columns = new java.util.ArrayList<>(USERS.columns());
        columns.addAll(List.of(extra));
        return new Table("users", columns, USERS.primaryKey(), List.of(), List.of(), List.of(), Optional.empty());
    }

    @Test
    void aNewTableIsCreatedWithItsIndexes() {
        Index index = Index.on("ix_users_name", "users", "name");
        SchemaDiff diff = diff(Schema.EMPTY, Schema.of(List.of(USERS), List.of(index)));
        assertEquals(List.of(new CreateTable(USERS), new CreateIndex(index, false)), diff.upgrade());
        assertEquals(
                List.of(new DropTable("users", Optional.of(USERS))), diff.downgrade(), "indexes go with the table");
        assertEquals(List.of(), diff.warnings());
    }

    @Test
    void aTableInANewSchemaComesAfterItsSchemaAndTheSchemaGoesLast() {
        Table invoices = Table.of(
                "sales.invoices",
                column("id", bigint()).primaryKey(),
                column("user_id", integer()),
                foreignKey("fk_invoices_user", List.of("user_id"), "users", List.of("id")));
        Index index = Index.on("ix_invoices_user", "sales.invoices", "user_id");
        Schema models = Schema.of(List.of(USERS, invoices), List.of(index));
        assertEquals(List.of("sales"), models.namespaces(), "a qualified name brings its schema");

        SchemaDiff diff = diff(Schema.of(USERS), models);

        assertEquals(
                List.of(new CreateSchema("sales"), new CreateTable(invoices), new CreateIndex(index, false)),
                diff.upgrade());
        assertEquals(
                List.of(new DropTable("sales.invoices", Optional.of(invoices)), new DropSchema("sales")),
                diff.downgrade());
        assertEquals(List.of(), diff(models, models).upgrade());
    }

    @Test
    void anEmptySchemaTheModelsNoLongerHaveIsDropped() {
        Schema withArchive = Schema.of(USERS).withNamespaces(List.of("archive"));
        assertEquals(
                List.of(new DropSchema("archive")),
                diff(withArchive, Schema.of(USERS)).upgrade());
        assertEquals(
                List.of(new CreateSchema("archive")),
                diff(Schema.of(USERS), withArchive).upgrade());
        assertThrows(IllegalArgumentException.class, () -> Schema.EMPTY.withNamespaces(List.of("a.b")));
    }

    @Test
    void aDroppedTableTakesItsIndexesWithItAndIsDestructive() {
        Index index = Index.on("ix_users_name", "users", "name");
        SchemaDiff diff = diff(Schema.of(List.of(USERS), List.of(index)), Schema.EMPTY);
        assertEquals(List.of(new DropTable("users", Optional.of(USERS))), diff.upgrade());
        assertEquals(List.of(new CreateTable(USERS), new CreateIndex(index, false)), diff.downgrade());
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE), kinds(diff));
        assertEquals("users", diff.warnings().get(0).table());
    }

    @Test
    void newColumnsAreAddedInTheirOrder() {
        Column age = column("age", integer());
        Column city = column("city", varchar(50)).notNull().defaultSql("'x'");
        SchemaDiff diff = diff(Schema.of(USERS), Schema.of(users(age, city)));
        assertEquals(List.of(new AddColumn("users", age), new AddColumn("users", city)), diff.upgrade());
        assertEquals(List.of(), diff.warnings());
    }

    @Test
    void aDroppedColumnCarriesItsDefinitionAndIsDestructive() {
        Column age = column("age", integer()).defaultSql("0");
        SchemaDiff diff = diff(Schema.of(users(age)), Schema.of(USERS));
        assertEquals(List.of(new DropColumn("users", "age", Optional.of(age))), diff.upgrade());
        assertEquals(List.of(new AddColumn("users", age)), diff.downgrade());
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE), kinds(diff));
        assertEquals(Optional.of("age"), diff.warnings().get(0).column());
    }

    @Test
    void aWiderTypeIsOneAlterColumnWithEveryExistingValue() {
        SchemaDiff diff = diff(
                Schema.of(users(column("age", integer()).comment("years"))),
                Schema.of(users(column("age", bigint()).comment("years"))));
        AlterColumn expected = AlterColumn.of("users", "age")
                .type(bigint())
                .existingType(integer())
                .existingNullable(true)
                .existingDefaultSql(null)
                .existingComment("years")
                .existingIdentity(Identity.NONE)
                .build();
        assertEquals(List.of(expected), diff.upgrade());
        assertEquals(List.of(), diff.warnings());
    }

    @Test
    void narrowingTypesIsDestructive() {
        Schema before = Schema.of(users(
                column("a", varchar(100)), column("b", bigint()), column("c", numeric(10, 2)), column("d", text())));
        Schema after = Schema.of(users(
                column("a", varchar(50)), column("b", integer()), column("c", numeric(8, 2)), column("d", varchar(9))));
        SchemaDiff diff = diff(before, after);
        assertEquals(4, diff.upgrade().size());
        assertEquals(
                List.of(DiffWarning.Kind.DESTRUCTIVE),
                kinds(diff).stream().distinct().toList());
        assertEquals(
                List.of("a", "b", "c", "d"),
                diff.warnings().stream().map(w -> w.column().orElseThrow()).toList());
        assertEquals(List.of(), diff(after, before).warnings());
    }

    @Test
    void nullabilityDefaultAndCommentChangeInOneAlterColumn() {
        Column before = column("age", integer()).defaultSql("0");
        Column after = column("age", integer()).notNull().comment("years");
        SchemaDiff diff = diff(Schema.of(users(before)), Schema.of(users(after)));
        AlterColumn expected = AlterColumn.of("users", "age")
                .notNull()
                .dropDefault()
                .comment("years")
                .existingType(integer())
                .existingNullable(true)
                .existingDefaultSql("0")
                .existingComment(null)
                .existingIdentity(Identity.NONE)
                .build();
        assertEquals(List.of(expected), diff.upgrade());
        assertEquals(
                List.of(AlterColumn.of("users", "age")
                        .nullable()
                        .defaultSql("0")
                        .comment(null)
                        .existingType(integer())
                        .existingNullable(false)
                        .existingDefaultSql(null)
                        .existingComment("years")
                        .existingIdentity(Identity.NONE)
                        .build()),
                diff.downgrade());
    }

    @Test
    void eachColumnPropertyAloneIsDetected() {
        Column base = column("age", integer());
        for (Column changed : List.of(base.notNull(), base.defaultSql("1"), base.comment("c"), base.typed(text()))) {
            SchemaDiff diff = diff(Schema.of(users(base)), Schema.of(users(changed)));
            assertEquals(1, diff.upgrade().size(), changed.toString());
            assertTrue(diff.upgrade().get(0) instanceof AlterColumn);
        }
    }

    @Test
    void anIdentityThatComesIsOneAlterColumnWithTheIdentityBefore() {
        Table before = Table.of("t", column("id", integer()).primaryKey());
        Table after = Table.of("t", column("id", integer()).primaryKey().autoIncrement());
        SchemaDiff diff = diff(Schema.of(before), Schema.of(after));
        AlterColumn alter = (AlterColumn) diff.upgrade().get(0);
        assertEquals(1, diff.upgrade().size());
        assertEquals(Optional.of(Identity.BY_DEFAULT), alter.identity());
        assertEquals(Optional.of(Identity.NONE), alter.existingIdentity());
        assertEquals(Optional.empty(), alter.type());
        assertEquals(List.of(), kinds(diff));
        AlterColumn back = (AlterColumn) diff.downgrade().get(0);
        assertEquals(Optional.of(Identity.NONE), back.identity());
        assertEquals(Optional.of(Identity.BY_DEFAULT), back.existingIdentity());
    }

    @Test
    void everyChangeOfIdentityKindIsDetectedAndReverses() {
        for (Identity from : Identity.values()) {
            for (Identity to : Identity.values()) {
                Table before = Table.of("t", column("id", bigint()).primaryKey().identity(from));
                Table after = Table.of("t", column("id", bigint()).primaryKey().identity(to));
                SchemaDiff diff = diff(Schema.of(before), Schema.of(after));
                if (from == to) {
                    assertTrue(diff.isEmpty(), from + " to itself");
                    continue;
                }
                assertEquals(
                        List.of(AlterColumn.of("t", "id")
                                .existingType(bigint())
                                .existingNullable(false)
                                .existingDefaultSql(null)
                                .existingComment(null)
                                .existingIdentity(from)
                                .identity(to)
                                .build()),
                        diff.upgrade(),
                        from + " to " + to);
            }
        }
    }

    @Test
    void aPrimaryKeyOverOtherColumnsIsDroppedThenAdded() {
        Table before = new Table(
                "t",
                List.of(column("a", integer()).notNull().primaryKey(), column("b", integer())),
                Optional.of(namedPrimaryKey("t_pkey", "a")),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
        Table after = new Table(
                "t",
                List.of(column("a", integer()).notNull(), column("b", integer()).primaryKey()),
                Optional.of(namedPrimaryKey("t_pkey", "b")),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
        SchemaDiff diff = diff(Schema.of(before), Schema.of(after));
        assertEquals(
                List.of(
                        new DropConstraint(
                                "t",
                                "t_pkey",
                                Constraint.Kind.PRIMARY_KEY,
                                before.primaryKey().map(k -> k)),
                        AlterColumn.of("t", "b")
                                .notNull()
                                .existingType(integer())
                                .existingNullable(true)
                                .existingDefaultSql(null)
                                .existingComment(null)
                                .existingIdentity(Identity.NONE)
                                .build(),
                        new AddConstraint("t", after.primaryKey().orElseThrow())),
                diff.upgrade());
    }

    @Test
    void aPrimaryKeyWithAnotherNameIsTheSame() {
        Table named = new Table(
                "t",
                List.of(column("a", integer()).primaryKey()),
                Optional.of(namedPrimaryKey("t_pkey", "a")),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
        assertTrue(SchemaComparer.compare(
                        Schema.of(named),
                        Schema.of(Table.of("t", column("a", integer()).primaryKey())))
                .isEmpty());
    }

    @Test
    void uniqueConstraintsAreMatchedByColumns() {
        Table plain = Table.of("t", column("a", integer()), column("b", integer()));
        Table withUnique = Table.of("t", column("a", integer()), column("b", integer()), unique("uq_t_a", "a"));
        SchemaDiff added = diff(Schema.of(plain), Schema.of(withUnique));
        assertEquals(List.of(new AddConstraint("t", unique("uq_t_a", "a"))), added.upgrade());
        SchemaDiff dropped = diff(Schema.of(withUnique), Schema.of(plain));
        assertEquals(
                List.of(new DropConstraint("t", "uq_t_a", Constraint.Kind.UNIQUE, Optional.of(unique("uq_t_a", "a")))),
                dropped.upgrade());
        Table renamed = Table.of("t", column("a", integer()), column("b", integer()), unique("t_a_key", "a"));
        assertTrue(SchemaComparer.compare(Schema.of(withUnique), Schema.of(renamed))
                .isEmpty());
        Table other = Table.of("t", column("a", integer()), column("b", integer()), unique("uq_t_a", "a", "b"));
        assertEquals(2, diff(Schema.of(withUnique), Schema.of(other)).upgrade().size());
    }

    @Test
    void anUnnamedConstraintToAddGetsAName() {
        Table plain = Table.of("t", column("a", integer()));
        Table withUnique = new Table(
                "t",
                List.of(column("a", integer())),
                Optional.empty(),
                List.of(new dev.retort.schema.UniqueConstraint(Optional.empty(), List.of("a"))),
                List.of(),
                List.of(),
                Optional.empty());
        SchemaDiff diff = SchemaComparer.compare(Schema.of(plain), Schema.of(withUnique));
        assertEquals(List.of(new AddConstraint("t", unique("uq_t_a", "a"))), diff.upgrade());
        assertEquals(1, diff.downgrade().size());
        assertTrue(
                SchemaComparer.compare(SchemaEvolution.apply(Schema.of(plain), diff.upgrade()), Schema.of(withUnique))
                        .isEmpty());
    }

    @Test
    void foreignKeysAreAddedAndDroppedByContent() {
        Table orders = Table.of("orders", column("id", integer()).primaryKey(), column("user_id", integer()));
        SchemaDiff added = diff(Schema.of(USERS, orders), Schema.of(USERS, ORDERS));
        ForeignKey key = ORDERS.foreignKeys().get(0);
        assertEquals(List.of(new AddConstraint("orders", key)), added.upgrade());
        SchemaDiff dropped = diff(Schema.of(USERS, ORDERS), Schema.of(USERS, orders));
        assertEquals(
                List.of(new DropConstraint("orders", "fk_orders_user", Constraint.Kind.FOREIGN_KEY, Optional.of(key))),
                dropped.upgrade());
    }

    @Test
    void aForeignKeyWithOtherActionsIsDroppedThenAdded() {
        ForeignKey key = ORDERS.foreignKeys().get(0);
        ForeignKey cascading = key.onDelete(ReferentialAction.CASCADE);
        Table after = new Table(
                "orders",
                ORDERS.columns(),
                ORDERS.primaryKey(),
                List.of(),
                List.of(cascading),
                List.of(),
                Optional.empty());
        SchemaDiff diff = diff(Schema.of(USERS, ORDERS), Schema.of(USERS, after));
        assertEquals(
                List.of(
                        new DropConstraint("orders", "fk_orders_user", Constraint.Kind.FOREIGN_KEY, Optional.of(key)),
                        new AddConstraint("orders", cascading)),
                diff.upgrade());
    }

    @Test
    void checksAreMatchedByNameThenByCondition() {
        Table plain = Table.of("t", column("a", integer()));
        Table checked = Table.of("t", column("a", integer()), check("ck_t_a", "a > 0"));
        assertEquals(
                List.of(new AddConstraint("t", check("ck_t_a", "a > 0"))),
                diff(Schema.of(plain), Schema.of(checked)).upgrade());
        assertEquals(
                List.of(new DropConstraint(
                        "t", "ck_t_a", Constraint.Kind.CHECK, Optional.of(check("ck_t_a", "a > 0")))),
                diff(Schema.of(checked), Schema.of(plain)).upgrade());
        Table changed = Table.of("t", column("a", integer()), check("ck_t_a", "a > 1"));
        assertEquals(
                List.of(
                        new DropConstraint("t", "ck_t_a", Constraint.Kind.CHECK, Optional.of(check("ck_t_a", "a > 0"))),
                        new AddConstraint("t", check("ck_t_a", "a > 1"))),
                diff(Schema.of(checked), Schema.of(changed)).upgrade());
        Table unnamed =
                Table.of("t", column("a", integer()), new dev.retort.schema.CheckConstraint(Optional.empty(), "a > 0"));
        assertTrue(
                SchemaComparer.compare(Schema.of(checked), Schema.of(unnamed)).isEmpty());
        Table renamed = Table.of("t", column("a", integer()), check("ck_other", "a > 0"));
        assertEquals(2, diff(Schema.of(checked), Schema.of(renamed)).upgrade().size());
    }

    @Test
    void indexesAreAddedDroppedAndRebuiltWhenChanged() {
        Index plain = Index.on("ix_users_name", "users", "name");
        Index unique = plain.unique();
        Schema none = Schema.of(USERS);
        Schema withPlain = Schema.of(List.of(USERS), List.of(plain));
        Schema withUnique = Schema.of(List.of(USERS), List.of(unique));
        assertEquals(
                List.of(new CreateIndex(plain, false)), diff(none, withPlain).upgrade());
        assertEquals(
                List.of(new DropIndex("ix_users_name", "users", Optional.of(plain), false)),
                diff(withPlain, none).upgrade());
        assertEquals(
                List.of(
                        new DropIndex("ix_users_name", "users", Optional.of(plain), false),
                        new CreateIndex(unique, false)),
                diff(withPlain, withUnique).upgrade());
    }

    @Test
    void aTableCommentIsSetWithTheOldOneForTheReverse() {
        SchemaDiff diff = diff(Schema.of(USERS), Schema.of(USERS.comment("People")));
        assertEquals(
                List.of(new SetTableComment("users", Setting.to("People"), Optional.of(Setting.none()))),
                diff.upgrade());
        assertEquals(
                List.of(new SetTableComment("users", Setting.none(), Optional.of(Setting.to("People")))),
                diff.downgrade());
    }

    @Test
    void referencedTablesAreCreatedFirst() {
        SchemaDiff diff = diff(Schema.EMPTY, Schema.of(ORDERS, USERS));
        assertEquals(List.of(new CreateTable(USERS), new CreateTable(ORDERS)), diff.upgrade());
    }

    @Test
    void aForeignKeyCycleAmongNewTablesIsClosedAfterwards() {
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
        SchemaDiff diff = diff(Schema.EMPTY, Schema.of(a, b));
        Table aAlone = Table.of("a", column("id", integer()).primaryKey(), column("b_id", integer()));
        assertEquals(
                List.of(
                        new CreateTable(aAlone),
                        new CreateTable(b),
                        new AddConstraint("a", a.foreignKeys().get(0))),
                diff.upgrade());
        SchemaDiff back = diff(Schema.of(a, b), Schema.EMPTY);
        assertEquals(
                List.of(
                        new DropConstraint(
                                "b",
                                "fk_b_a",
                                Constraint.Kind.FOREIGN_KEY,
                                Optional.of(b.foreignKeys().get(0))),
                        new DropTable("a", Optional.of(a)),
                        new DropTable(
                                "b",
                                Optional.of(Table.of(
                                        "b", column("id", integer()).primaryKey(), column("a_id", integer()))))),
                back.upgrade());
    }

    @Test
    void aDroppedReferencedTableLosesTheKeysToItFirstAndGoesAfterItsDependents() {
        Table notes = Table.of(
                "notes",
                column("id", integer()).primaryKey(),
                column("order_id", integer()),
                foreignKey("fk_notes_order", List.of("order_id"), "orders", List.of("id")));
        Table users = Table.of("users", column("id", integer()).primaryKey());
        Table orders = Table.of("orders", column("id", integer()).primaryKey(), column("user_id", integer()));
        SchemaDiff diff = diff(Schema.of(users, ORDERS, notes), Schema.of(orders));
        assertEquals(
                List.of(
                        new DropConstraint(
                                "orders",
                                "fk_orders_user",
                                Constraint.Kind.FOREIGN_KEY,
                                Optional.of(ORDERS.foreignKeys().get(0))),
                        new DropTable("notes", Optional.of(notes)),
                        new DropTable("users", Optional.of(users))),
                diff.upgrade());
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE, DiffWarning.Kind.DESTRUCTIVE), kinds(diff));
    }

    @Test
    void aKeyOverAColumnWhoseTypeChangesIsDroppedAndAddedAround() {
        Table users = Table.of("users", column("id", bigint()).primaryKey());
        Table orders = Table.of(
                "orders",
                column("id", integer()).primaryKey(),
                column("user_id", bigint()),
                foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id")));
        Table usersBefore = Table.of("users", column("id", integer()).primaryKey());
        SchemaDiff diff = diff(Schema.of(usersBefore, ORDERS), Schema.of(users, orders));
        ForeignKey key = ORDERS.foreignKeys().get(0);
        assertEquals(
                List.of(
                        new DropConstraint("orders", "fk_orders_user", Constraint.Kind.FOREIGN_KEY, Optional.of(key)),
                        AlterColumn.of("orders", "user_id")
                                .type(bigint())
                                .existingType(integer())
                                .existingNullable(true)
                                .existingDefaultSql(null)
                                .existingComment(null)
                                .existingIdentity(Identity.NONE)
                                .build(),
                        AlterColumn.of("users", "id")
                                .type(bigint())
                                .existingType(integer())
                                .existingNullable(false)
                                .existingDefaultSql(null)
                                .existingComment(null)
                                .existingIdentity(Identity.NONE)
                                .build(),
                        new AddConstraint("orders", key)),
                diff.upgrade());
    }

    @Test
    void aNewTableReferencingANewUniqueWaitsForIt() {
        Table codes = Table.of("codes", column("code", integer()));
        Table codesUnique = Table.of("codes", column("code", integer()), unique("uq_codes_code", "code"));
        Table uses = Table.of(
                "uses",
                column("code", integer()),
                foreignKey("fk_uses_code", List.of("code"), "codes", List.of("code")));
        SchemaDiff diff = diff(Schema.of(codes), Schema.of(codesUnique, uses));
        assertEquals(
                List.of(
                        new CreateTable(Table.of("uses", column("code", integer()))),
                        new AddConstraint("codes", unique("uq_codes_code", "code")),
                        new AddConstraint("uses", uses.foreignKeys().get(0))),
                diff.upgrade());
    }

    @Test
    void aDroppedAndAnAddedColumnOfOneTypeAreALikelyRename() {
        SchemaDiff diff = diff(Schema.of(users(column("nick", text()))), Schema.of(users(column("nickname", text()))));
        assertEquals(
                List.of(
                        new DropColumn("users", "nick", Optional.of(column("nick", text()))),
                        new AddColumn("users", column("nickname", text()))),
                diff.upgrade());
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE, DiffWarning.Kind.LIKELY_RENAME), kinds(diff));
        assertEquals(
                Optional.of("op.alterColumn(\"users\", \"nick\", c -> c.rename(\"nickname\"))"),
                diff.warnings().get(1).suggestion());
        SchemaDiff otherType =
                diff(Schema.of(users(column("nick", text()))), Schema.of(users(column("nickname", integer()))));
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE), kinds(otherType));
    }

    @Test
    void aDroppedAndACreatedTableWithTheSameColumnsAreALikelyRename() {
        Table people = new Table(
                "people", USERS.columns(), USERS.primaryKey(), List.of(), List.of(), List.of(), Optional.empty());
        SchemaDiff diff = diff(Schema.of(USERS), Schema.of(people));
        assertEquals(List.of(new CreateTable(people), new DropTable("users", Optional.of(USERS))), diff.upgrade());
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE, DiffWarning.Kind.LIKELY_RENAME), kinds(diff));
        assertEquals(
                Optional.of("op.renameTable(\"users\", \"people\")"),
                diff.warnings().get(1).suggestion());
    }

    @Test
    void aDroppedColumnLosesItsIndexAndConstraintsFirst() {
        Table before = Table.of(
                "t", column("a", integer()), column("b", integer()), unique("uq_t_b", "b"), check("ck_t_b", "b > 0"));
        Index index = Index.on("ix_t_b", "t", "b");
        Table after = Table.of("t", column("a", integer()));
        SchemaDiff diff = diff(Schema.of(List.of(before), List.of(index)), Schema.of(after));
        assertEquals(
                List.of(
                        new DropIndex("ix_t_b", "t", Optional.of(index), false),
                        new DropConstraint("t", "ck_t_b", Constraint.Kind.CHECK, Optional.of(check("ck_t_b", "b > 0"))),
                        new DropConstraint("t", "uq_t_b", Constraint.Kind.UNIQUE, Optional.of(unique("uq_t_b", "b"))),
                        new DropColumn("t", "b", Optional.of(column("b", integer())))),
                diff.upgrade());
    }

    @Test
    void anAddedColumnComesBeforeItsIndexAndConstraints() {
        Table before = Table.of("t", column("a", integer()));
        Table after = Table.of("t", column("a", integer()), column("b", integer()), unique("uq_t_b", "b"));
        Index index = Index.on("ix_t_b", "t", "b");
        SchemaDiff diff = diff(Schema.of(before), Schema.of(List.of(after), List.of(index)));
        List<Operation> expected = List.of(
                new AddColumn("t", column("b", integer())),
                new AddConstraint("t", unique("uq_t_b", "b")),
                new CreateIndex(index, false));
        assertEquals(expected, diff.upgrade());
    }

    @Test
    void anUnnamedConstraintToDropIsAWarningWithoutOperation() {
        Table unnamed = new Table(
                "t",
                List.of(column("a", integer())),
                Optional.empty(),
                List.of(new dev.retort.schema.UniqueConstraint(Optional.empty(), List.of("a"))),
                List.of(),
                List.of(),
                Optional.empty());
        SchemaDiff diff = SchemaComparer.compare(Schema.of(unnamed), Schema.of(Table.of("t", column("a", integer()))));
        assertEquals(List.of(), diff.upgrade());
        assertEquals(List.of(DiffWarning.Kind.UNSUPPORTED), kinds(diff));
    }

    @Test
    void aNewSequenceComesBeforeTheTablesAndGetsItsOwnerAfterThem() {
        Sequence owned = Sequence.named("s").startWith(10).ownedBy("users", "id");
        Table counted = Table.of("counted", column("id", bigint()).defaultSql("nextval('s')"));
        SchemaDiff diff = diff(Schema.EMPTY, new Schema(List.of(USERS, counted), List.of(), List.of(owned)));
        Sequence free = owned.ownedBy(Optional.empty());
        assertEquals(
                List.of(
                        new CreateSequence(free),
                        new CreateTable(counted),
                        new CreateTable(USERS),
                        new AlterSequence(free, owned)),
                diff.upgrade());
        assertEquals(
                List.of(
                        new AlterSequence(owned, free),
                        new DropTable("users", Optional.of(USERS)),
                        new DropTable("counted", Optional.of(counted)),
                        new DropSequence("s", Optional.of(free))),
                diff.downgrade());
    }

    @Test
    void aDroppedSequenceIsReleasedFirstAndDroppedLastAndIsDestructive() {
        Sequence owned = Sequence.named("s").ownedBy("users", "id");
        SchemaDiff diff = diff(new Schema(List.of(USERS), List.of(), List.of(owned)), Schema.EMPTY);
        assertEquals(
                List.of(
                        new AlterSequence(owned, Sequence.named("s")),
                        new DropTable("users", Optional.of(USERS)),
                        new DropSequence("s", Optional.of(Sequence.named("s")))),
                diff.upgrade());
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE, DiffWarning.Kind.DESTRUCTIVE), kinds(diff));
    }

    @Test
    void aChangedSequenceIsOneAlterAfterTheTables() {
        Sequence before = Sequence.named("s");
        Sequence after = before.incrementBy(5).cycle(true).maxValue(99);
        SchemaDiff diff = diff(
                new Schema(List.of(USERS), List.of(), List.of(before)),
                new Schema(List.of(USERS), List.of(), List.of(after)));
        assertEquals(List.of(new AlterSequence(before, after)), diff.upgrade());
        assertEquals(List.of(new AlterSequence(after, before)), diff.downgrade());
        assertEquals(List.of(), diff.warnings());
    }

    @Test
    void aSequenceWhoseOwningColumnIsDroppedIsReleasedBeforeTheDrop() {
        Table plain = Table.of("users", column("id", integer()).primaryKey());
        Table wider = Table.of("users", column("id", integer()).primaryKey(), column("n", bigint()));
        Sequence owned = Sequence.named("s").ownedBy("users", "n");
        SchemaDiff diff = diff(
                new Schema(List.of(wider), List.of(), List.of(owned)),
                new Schema(List.of(plain), List.of(), List.of(Sequence.named("s"))));
        assertEquals(AlterSequence.class, diff.upgrade().get(0).getClass());
        assertEquals(DropColumn.class, diff.upgrade().get(1).getClass());
    }

    @Test
    void enumValuesAddedAreACautionAndRemovedAreDestructive() {
        Schema before = Schema.of(users(column("mood", enumeration("mood", "sad", "ok"))));
        Schema after = Schema.of(users(column("mood", enumeration("mood", "sad", "ok", "happy"))));
        SchemaDiff added = diff(before, after);
        assertEquals(1, added.upgrade().size());
        assertEquals(List.of(DiffWarning.Kind.CAUTION), kinds(added));
        assertTrue(
                added.warnings().get(0).message().contains("'happy'"),
                added.warnings().get(0).message());
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE), kinds(diff(after, before)));
    }

    @Test
    void aCollationChangeAltersTheTypeWithACaution() {
        Table plain = Table.of("users", column("id", integer()).primaryKey(), column("name", varchar(40)));
        Table binary = Table.of(
                "users",
                column("id", integer()).primaryKey(),
                column("name", varchar(40).collate("utf8mb4_bin")));

        SchemaDiff diff = diff(Schema.of(plain), Schema.of(binary));

        AlterColumn alter = (AlterColumn) diff.upgrade().get(0);
        assertEquals(Optional.of(varchar(40).collate("utf8mb4_bin")), alter.type());
        assertEquals(List.of(DiffWarning.Kind.CAUTION), kinds(diff));
        assertTrue(
                diff.warnings().get(0).message().contains("from the default to utf8mb4_bin"),
                diff.warnings().get(0).message());
    }

    private static final RangeType SPAN = RangeType.of("uuidrange", uuid());
    private static final Table BLOCKS = Table.of(
            "blocks",
            column("id", integer()).primaryKey(),
            column("span", raw("uuidrange")).notNull());

    @Test
    void aNewRangeTypeIsCreatedBeforeTheTablesThatUseItAndDroppedAfterThem() {
        Schema ranged = Schema.of(BLOCKS).withRanges(List.of(SPAN));

        SchemaDiff diff = diff(Schema.EMPTY, ranged);

        assertEquals(List.of(new CreateRangeType(SPAN), new CreateTable(BLOCKS)), diff.upgrade());
        assertEquals(
                List.of(
                        new DropTable("blocks", Optional.of(BLOCKS)),
                        new DropRangeType("uuidrange", Optional.of(SPAN))),
                diff.downgrade());
        assertEquals(List.of(), diff.warnings());
    }

    @Test
    void aSchemaHoldingARangeTypeCannotBeDroppedBeforeIt() {
        Schema withRange = Schema.EMPTY.withRanges(List.of(RangeType.of("sales.span", uuid())));

        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> SchemaEvolution.apply(withRange, List.of(new DropSchema("sales"))));

        assertEquals("schema sales still holds objects and cannot be dropped", refused.getMessage());
        assertEquals(
                List.of(
                        new DropRangeType("sales.span", Optional.of(RangeType.of("sales.span", uuid()))),
                        new DropSchema("sales")),
                diff(withRange, Schema.EMPTY).upgrade());
    }

    @Test
    void aChangedRangeTypeIsDroppedAndCreatedAgainWithAWarning() {
        RangeType changed = SPAN.subtypeDiff("uuid_distance");

        SchemaDiff diff = diff(
                Schema.of(BLOCKS).withRanges(List.of(SPAN)), Schema.of(BLOCKS).withRanges(List.of(changed)));

        assertEquals(
                List.of(new DropRangeType("uuidrange", Optional.of(SPAN)), new CreateRangeType(changed)),
                diff.upgrade());
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE), kinds(diff));
    }

    private static final Domain YEAR = Domain.named("year", integer()).check("year_check", "VALUE >= 1901");
    private static final Table FILMS =
            Table.of("films", column("id", integer()).primaryKey(), column("release_year", domain("year")));

    private static Schema withDomains(List<Table> tables, Domain... domains) {
        return new Schema(tables, List.of(), List.of(), List.of(domains));
    }

    @Test
    void aNewDomainIsCreatedBeforeTheTablesThatUseItAndDroppedAfterThem() {
        SchemaDiff diff = diff(Schema.EMPTY, withDomains(List.of(FILMS), YEAR));
        assertEquals(List.of(new CreateDomain(YEAR), new CreateTable(FILMS)), diff.upgrade());
        assertEquals(
                List.of(new DropTable("films", Optional.of(FILMS)), new DropDomain("year", Optional.of(YEAR))),
                diff.downgrade());
        assertEquals(List.of(), diff.warnings());
    }

    @Test
    void aDroppedDomainGoesAfterTheColumnsThatUsedIt() {
        Table plain = Table.of("films", column("id", integer()).primaryKey(), column("release_year", integer()));
        SchemaDiff diff = diff(withDomains(List.of(FILMS), YEAR), withDomains(List.of(plain)));
        assertEquals(List.of(AlterColumn.class, DropDomain.class), classes(diff.upgrade()));
        assertEquals(List.of(CreateDomain.class, AlterColumn.class), classes(diff.downgrade()));
        AlterColumn alter = (AlterColumn) diff.upgrade().get(0);
        assertEquals(Optional.of(integer()), alter.type());
        assertEquals(Optional.of(domain("year")), alter.existingType());
    }

    @Test
    void aDomainsDefaultNotNullAndChecksChangeInOneAlter() {
        Domain changed = Domain.named("year", integer())
                .notNull()
                .defaultSql("2000")
                .check("year_check", "VALUE >= 1900")
                .check("year_even", "VALUE % 2 = 0");
        SchemaDiff diff = diff(withDomains(List.of(FILMS), YEAR), withDomains(List.of(FILMS), changed));
        assertEquals(List.of(new AlterDomain(YEAR, changed)), diff.upgrade());
        assertEquals(List.of(new AlterDomain(changed, YEAR)), diff.downgrade());
        assertEquals(List.of(), diff.warnings());
    }

    @Test
    void aDomainOfAnotherBaseTypeIsDroppedAndCreatedAgainWithAWarning() {
        Domain wider = Domain.named("year", bigint()).check("year_check", "VALUE >= 1901");
        SchemaDiff diff = diff(withDomains(List.of(USERS), YEAR), withDomains(List.of(USERS), wider));
        assertEquals(List.of(new DropDomain("year", Optional.of(YEAR)), new CreateDomain(wider)), diff.upgrade());
        assertEquals(List.of(new DropDomain("year", Optional.of(wider)), new CreateDomain(YEAR)), diff.downgrade());
        assertEquals(List.of(DiffWarning.Kind.DESTRUCTIVE), kinds(diff));
        assertTrue(
                diff.warnings().get(0).message().startsWith("domain year changes its base type (INTEGER to BIGINT)"));
    }

    @Test
    void aColumnChangesToADomain() {
        Table plain = Table.of("films", column("id", integer()).primaryKey(), column("release_year", integer()));
        SchemaDiff diff = diff(withDomains(List.of(plain)), withDomains(List.of(FILMS), YEAR));
        assertEquals(List.of(CreateDomain.class, AlterColumn.class), classes(diff.upgrade()));
        assertEquals(List.of(AlterColumn.class, DropDomain.class), classes(diff.downgrade()));
    }

    @Test
    void domainsValidateTheirParts() {
        assertThrows(IllegalArgumentException.class, () -> Domain.named("d", domain("year")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Domain(
                        "d",
                        integer(),
                        true,
                        Optional.empty(),
                        List.of(new CheckConstraint(Optional.empty(), "VALUE > 0"))));
        assertThrows(IllegalArgumentException.class, () -> YEAR.check("year_check", "VALUE > 0"));
        assertThrows(IllegalArgumentException.class, () -> new AlterDomain(YEAR, Domain.named("year", bigint())));
        assertThrows(IllegalArgumentException.class, () -> new AlterDomain(YEAR, YEAR));
        assertThrows(IllegalArgumentException.class, () -> withDomains(List.of(), YEAR, YEAR));
    }

    private static List<Class<?>> classes(List<Operation> operations) {
        return operations.stream().<Class<?>>map(Object::getClass).toList();
    }
}
