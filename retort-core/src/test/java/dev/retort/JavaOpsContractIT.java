package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.TableSnapshot;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the {@code op} API, written as Java migration scripts and run on each real
 * database: after each upgrade the schema is read back from the catalog and checked, and after each
 * downgrade it must equal, table for table and index for index, what it was before the upgrade.
 */
class JavaOpsContractIT {
    private static final List<String> TABLES = List.of("users", "orders", "purchases", "audit_log", "tags");

    @TempDir
    Path root;

    static TableSnapshot byName(TableSnapshot snapshot) {
        Table table = snapshot.table();
        List<Column> columns = new ArrayList<>(table.columns());
        columns.sort(Comparator.comparing(Column::name));
        Table sorted = new Table(
                table.name(),
                columns,
                table.primaryKey(),
                table.uniques(),
                table.foreignKeys(),
                table.checks(),
                table.comment());
        // SQLite rewrites the stored SQL of indexes when their table is renamed (it adds quotes),
        // so only the structured indexes are compared.
        return new TableSnapshot(
                sorted,
                snapshot.indexes(),
                Map.of(),
                Map.of(),
                snapshot.referencingTables(),
                snapshot.foreignKeysEnforced());
    }

    /** One revision: its id, the body of upgrade and downgrade, and what to check after the upgrade. */
    record Step(String id, String upgrade, String downgrade) {}

    abstract class Contract {
        ScriptProject project;

        abstract DatabaseExtension databases();

        abstract String dialectName();

        Dialect dialect() {
            return Dialects.installed().named(dialectName()).orElseThrow();
        }

        List<Step> steps() {
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("o01", """
                    op.createTable("users",
                            column("id", bigint()).primaryKey().autoIncrement(),
                            column("email", varchar(255)).notNull(),
                            column("name", text()),
                            column("created_at", timestamp()).notNull().defaultSql("CURRENT_TIMESTAMP"),
                            unique("uq_users_email", "email"));
                    op.createTable("orders",
                            column("id", bigint()).primaryKey().autoIncrement(),
                            column("user_id", bigint()).notNull(),
                            column("total", numeric(10, 2)).notNull().defaultSql("0"),
                            column("paid", bool()).notNull().defaultSql("FALSE"),
                            foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id")).onDelete(CASCADE));
                    """, """
                    op.dropTable("orders");
                    op.dropTable("users");
                    """));
            steps.add(new Step(
                    "o02",
                    "op.addColumn(\"users\", column(\"nickname\", varchar(50)));",
                    "op.dropColumn(\"users\", \"nickname\");"));
            steps.add(new Step("o03", """
                    op.alterColumn("users", "nickname", c -> c.type(varchar(80)).existingType(varchar(50)));
                    op.alterColumn("users", "name", c -> c.defaultSql("'anonymous'").existingDefaultSql(null));
                    """, """
                    op.alterColumn("users", "name", c -> c.dropDefault().existingDefaultSql("'anonymous'"));
                    op.alterColumn("users", "nickname", c -> c.type(varchar(50)).existingType(varchar(80)));
                    """));
            steps.add(new Step(
                    "o04",
                    "op.alterColumn(\"users\", \"nickname\", c -> c.rename(\"handle\").existingType(varchar(80)));",
                    "op.alterColumn(\"users\", \"handle\", c -> c.rename(\"nickname\").existingType(varchar(80)));"));
            steps.add(new Step("o05", """
                    op.createIndex(Index.on("ix_orders_user_total", "orders", "total DESC", "user_id"));
                    op.createIndex(Index.on("uq_users_handle", "users", "handle").unique());
                    """, """
                    op.dropIndex("uq_users_handle", "users");
                    op.dropIndex("ix_orders_user_total", "orders");
                    """));
            steps.add(new Step("o06", """
                    op.createCheckConstraint("ck_orders_total", "orders", "total >= 0");
                    op.alterColumn("users", "handle", c -> c.notNull().existingNullable(true).existingType(varchar(80)));
                    """, """
                    op.alterColumn("users", "handle", c -> c.nullable().existingNullable(false).existingType(varchar(80)));
                    op.dropConstraint("ck_orders_total", "orders", Constraint.Kind.CHECK);
                    """));
            steps.add(new Step("o07", """
                    op.createTable("tags", column("id", integer()).primaryKey(), column("label", varchar(40)).notNull());
                    op.addColumn("orders", column("tag_id", integer()));
                    op.createForeignKey("orders", foreignKey("fk_orders_tag", List.of("tag_id"), "tags", List.of("id")));
                    op.createUniqueConstraint("uq_tags_label", "tags", "label");
                    """, """
                    op.dropConstraint("uq_tags_label", "tags", Constraint.Kind.UNIQUE);
                    op.dropConstraint("fk_orders_tag", "orders", Constraint.Kind.FOREIGN_KEY);
                    op.dropColumn("orders", "tag_id");
                    op.dropTable("tags");
                    """));
            steps.add(new Step("o08", """
                    op.renameTable("orders", "purchases");
                    op.setTableComment("purchases", "what users bought");
                    """, """
                    op.setTableComment("purchases", null);
                    op.renameTable("purchases", "orders");
                    """));
            steps.add(new Step("o09", """
                    op.bulkInsert("users", List.of(
                            Map.of("email", "ada@example.com", "handle", "ada"),
                            Map.of("email", "bob@example.com", "handle", "bob")));
                    op.execute("INSERT INTO purchases (user_id, total) SELECT id, ? FROM users WHERE handle = ?", 12.5, "ada");
                    try (var statement = op.connection().createStatement();
                            var rows = statement.executeQuery("SELECT COUNT(*) FROM purchases")) {
                        rows.next();
                        op.execute("UPDATE users SET name = ? WHERE handle = 'ada'", "purchases: " + rows.getInt(1));
                    }
                    """, """
                    op.execute("DELETE FROM purchases");
                    op.execute("DELETE FROM users");
                    """));
            steps.add(new Step("o10", """
                    op.createTable("audit_log", column("id", bigint()).primaryKey().autoIncrement(), column("what", text()));
                    op.dropColumn("users", "created_at");
                    """, """
                    op.addColumn("users", column("created_at", timestamp()).notNull().defaultSql("CURRENT_TIMESTAMP"));
                    op.dropTable("audit_log");
                    """));
            return steps;
        }

        @BeforeEach
        void scripts() throws IOException {
            project = new ScriptProject(root);
            String parent = "";
            for (Step step : steps()) {
                write(step, parent);
                parent = step.id();
            }
        }

        private void write(Step step, String parent) throws IOException {
            String source = """
                    import static dev.retort.schema.Column.column;
                    import static dev.retort.schema.DataType.*;
                    import static dev.retort.schema.ForeignKey.foreignKey;
                    import static dev.retort.schema.ReferentialAction.CASCADE;
                    import static dev.retort.schema.UniqueConstraint.unique;

                    import dev.retort.ops.Migration;
                    import dev.retort.ops.Ops;
                    import dev.retort.ops.Revision;
                    import dev.retort.schema.Constraint;
                    import dev.retort.schema.Index;
                    import java.util.List;
                    import java.util.Map;

                    @Revision(id = "%s", revises = {%s}, message = "step %s")
                    class Migration_%s implements Migration {
                        @Override
                        public void upgrade(Ops op) throws Exception {
                    %s
                        }

                        @Override
                        public void downgrade(Ops op) throws Exception {
                    %s
                        }
                    }
                    """.formatted(
                            step.id(),
                            parent.isEmpty() ? "" : "\"" + parent + "\"",
                            step.id(),
                            step.id(),
                            indent(step.upgrade()),
                            indent(step.downgrade()));
            Files.writeString(project.location().resolve("versions/" + step.id() + ".java"), source);
        }

        private String indent(String body) {
            return body.strip().lines().map(line -> "        " + line).reduce("", (a, b) -> a + b + "\n");
        }

        Retort retort(TestDatabase database) {
            return Retort.configure()
                    .scriptLocation(project.location())
                    .url(database.url())
                    .load();
        }

        /**
         * Every known table as the catalog describes it, with its indexes; columns in name order,
         * since a column dropped and added back comes back last (as in every database).
         */
        Map<String, Optional<TableSnapshot>> schema(TestDatabase database) throws SQLException {
            Map<String, Optional<TableSnapshot>> schema = new LinkedHashMap<>();
            try (Connection connection = database.open()) {
                for (String table : TABLES) {
                    schema.put(table, dialect().readTable(connection, table).map(JavaOpsContractIT::byName));
                }
            }
            return schema;
        }

        List<String> rows(TestDatabase database, String sql) throws SQLException {
            List<String> rows = new ArrayList<>();
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }

        @Test
        void eachOperationAppliesAndItsDowngradeRestoresTheSchema() throws SQLException {
            TestDatabase database = databases().newDatabase();
            Retort retort = retort(database);
            List<Map<String, Optional<TableSnapshot>>> before = new ArrayList<>();
            for (Step step : steps()) {
                before.add(schema(database));
                retort.upgrade(step.id());
                checkAfter(step.id(), database);
            }
            for (int i = steps().size() - 1; i >= 0; i--) {
                retort.downgrade("-1");
                assertEquals(
                        before.get(i),
                        schema(database),
                        "downgrade of " + steps().get(i).id());
            }
        }

        void checkAfter(String step, TestDatabase database) throws SQLException {
            Map<String, Optional<TableSnapshot>> schema = schema(database);
            switch (step) {
                case "o01" -> {
                    TableSnapshot users = schema.get("users").orElseThrow();
                    assertEquals(
                            List.of("id"),
                            users.table().primaryKey().orElseThrow().columns());
                    assertTrue(users.table().column("id").orElseThrow().isAutoIncrement());
                    assertFalse(users.table().column("email").orElseThrow().isNullable());
                    assertEquals(1, users.table().uniques().size());
                    TableSnapshot orders = schema.get("orders").orElseThrow();
                    assertEquals("users", orders.table().foreignKeys().get(0).referencedTable());
                    assertEquals(
                            dev.retort.schema.ReferentialAction.CASCADE,
                            orders.table().foreignKeys().get(0).onDelete());
                }
                case "o02" ->
                    assertTrue(schema.get("users")
                            .orElseThrow()
                            .table()
                            .column("nickname")
                            .isPresent());
                case "o03" ->
                    assertEquals(
                            dialect().typeSql(dev.retort.schema.DataType.varchar(80)),
                            dialect()
                                    .typeSql(schema.get("users")
                                            .orElseThrow()
                                            .table()
                                            .column("nickname")
                                            .orElseThrow()
                                            .type()));
                case "o04" -> {
                    assertTrue(schema.get("users")
                            .orElseThrow()
                            .table()
                            .column("handle")
                            .isPresent());
                    assertTrue(schema.get("users")
                            .orElseThrow()
                            .table()
                            .column("nickname")
                            .isEmpty());
                }
                case "o05" ->
                    assertEquals(
                            List.of("ix_orders_user_total"),
                            schema.get("orders").orElseThrow().indexes().stream()
                                    .map(dev.retort.schema.Index::name)
                                    .filter(name -> name.equals("ix_orders_user_total"))
                                    .toList());
                case "o06" ->
                    assertFalse(schema.get("users")
                            .orElseThrow()
                            .table()
                            .column("handle")
                            .orElseThrow()
                            .isNullable());
                case "o07" ->
                    assertEquals(
                            2,
                            schema.get("orders")
                                    .orElseThrow()
                                    .table()
                                    .foreignKeys()
                                    .size());
                case "o08" -> {
                    assertTrue(schema.get("orders").isEmpty());
                    assertTrue(schema.get("purchases").isPresent());
                }
                case "o09" ->
                    assertEquals(
                            List.of("purchases: 1"), rows(database, "SELECT name FROM users WHERE handle = 'ada'"));
                case "o10" -> assertTrue(schema.get("audit_log").isPresent());
                default -> throw new AssertionError(step);
            }
        }

        @Test
        void offlineSqlRendersJavaScriptsAndSaysWhichNeedTheDatabase() {
            Retort retort = Retort.configure()
                    .scriptLocation(project.location())
                    .dialect(dialectName())
                    .load();
            String sql = retort.upgradeSql("o02").sql();
            assertTrue(sql.contains("-- Running upgrade o01 -> o02, step o02"), sql);
            assertTrue(sql.contains("nickname"), sql);
            RetortException e = assertThrows(RetortException.class, () -> retort.upgradeSql("o08:o09"));
            assertTrue(e.getMessage().startsWith("revision o09 cannot be written out as SQL"), e.getMessage());
            assertTrue(e.getMessage().contains("op.connection()"), e.getMessage());
        }

        @Test
        void anExceptionInAJavaScriptRollsBackWhereTheDatabaseCan() throws Exception {
            Files.writeString(project.location().resolve("versions/o11.java"), """
                    import static dev.retort.schema.Column.column;
                    import static dev.retort.schema.DataType.text;

                    import dev.retort.ops.Migration;
                    import dev.retort.ops.Ops;
                    import dev.retort.ops.Revision;

                    @Revision(id = "o11", revises = "o10", message = "breaks")
                    class Migration_o11 implements Migration {
                        @Override
                        public void upgrade(Ops op) {
                            op.addColumn("audit_log", column("who", text()));
                            throw new IllegalStateException("the data is not what I expected");
                        }
                    }
                    """);
            TestDatabase database = databases().newDatabase();
            Retort retort = retort(database);
            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head"));
            assertTrue(
                    e.getMessage().contains("threw java.lang.IllegalStateException: the data is not what I expected"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("o11.java:13"), e.getMessage());
            assertEquals(
                    List.of("o10"),
                    retort.current().heads().stream().map(RevisionInfo::id).toList());
        }
    }

    @Nested
    class Sqlite extends Contract {
        @RegisterExtension
        static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

        @Override
        DatabaseExtension databases() {
            return SQLITE;
        }

        @Override
        String dialectName() {
            return "sqlite";
        }
    }

    @Nested
    class Postgres extends Contract {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

        @Override
        DatabaseExtension databases() {
            return POSTGRES;
        }

        @Override
        String dialectName() {
            return "postgresql";
        }

        @Test
        void concurrentPartialExpressionIndexesAndEnumTypes() throws Exception {
            Files.writeString(project.location().resolve("versions/p11.java"), """
                    import static dev.retort.schema.Column.column;
                    import static dev.retort.schema.DataType.*;

                    import dev.retort.ops.Migration;
                    import dev.retort.ops.Ops;
                    import dev.retort.ops.Revision;
                    import dev.retort.schema.Index;

                    @Revision(id = "p11", revises = "o10", message = "postgres features", transactional = false)
                    class Migration_p11 implements Migration {
                        @Override
                        public void upgrade(Ops op) throws Exception {
                            op.addColumn("users", column("mood", enumeration("mood", "happy", "sad")));
                            op.createIndexConcurrently(Index.on("ix_users_email_lower", "users", "lower(email)")
                                    .where("handle IS NOT NULL").include("name").using("btree"));
                        }

                        @Override
                        public void downgrade(Ops op) throws Exception {
                            op.dropIndex("ix_users_email_lower", "users");
                            // the enum type goes with the last column of it
                            op.dropColumn("users", "mood");
                        }
                    }
                    """);
            TestDatabase database = databases().newDatabase();
            Retort retort = retort(database);
            retort.upgrade("head");
            assertEquals(
                    List.of("CREATE INDEX ix_users_email_lower ON public.users USING btree (lower((email)::text))"
                            + " INCLUDE (name) WHERE (handle IS NOT NULL)"),
                    rows(database, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_users_email_lower'"));
            assertEquals(
                    List.of("happy", "sad"),
                    rows(
                            database,
                            "SELECT enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'mood'"
                                    + " ORDER BY enumsortorder"));
            retort.downgrade("-1");
            assertEquals(List.of(), rows(database, "SELECT typname FROM pg_type WHERE typname = 'mood'"));
        }

        @Test
        void objectsInAnotherSchemaAreCreatedByQualifiedNameAndDroppedWithIt() throws Exception {
            Files.writeString(project.location().resolve("versions/p11.java"), """
                    import static dev.retort.schema.Column.column;
                    import static dev.retort.schema.DataType.*;

                    import dev.retort.ops.Migration;
                    import dev.retort.ops.Ops;
                    import dev.retort.ops.Revision;
                    import dev.retort.schema.Domain;
                    import static dev.retort.schema.ForeignKey.foreignKey;

                    import dev.retort.schema.Index;
                    import dev.retort.schema.Sequence;
                    import java.util.List;
                    import dev.retort.schema.Table;

                    @Revision(id = "p11", revises = "o10", message = "a sales schema")
                    class Migration_p11 implements Migration {
                        @Override
                        public void upgrade(Ops op) throws Exception {
                            op.createSchema("sales");
                            op.createDomain(Domain.named("sales.amount", numeric(12, 2)).check("amount_positive", "VALUE > 0"));
                            op.createSequence(Sequence.named("sales.invoice_numbers").startWith(1000));
                            op.createTable(Table.of("sales.invoices",
                                    column("id", bigint()).primaryKey().autoIncrement(),
                                    column("user_id", bigint()),
                                    column("total", domain("sales.amount")).notNull(),
                                    column("state", enumeration("sales.state", "open", "paid")).notNull(),
                                    column("number", bigint()).notNull().defaultSql("nextval('sales.invoice_numbers')"),
                                    foreignKey("fk_invoices_user", List.of("user_id"), "users", List.of("id"))));
                            op.createIndex(Index.on("ix_invoices_user", "sales.invoices", "user_id"));
                            op.addColumn("sales.invoices", column("note", text()));
                        }

                        @Override
                        public void downgrade(Ops op) throws Exception {
                            op.dropIndex("ix_invoices_user", "sales.invoices");
                            op.dropTable("sales.invoices");
                            op.dropSequence("sales.invoice_numbers");
                            op.dropDomain("sales.amount");
                            op.dropSchema("sales");
                        }
                    }
                    """);
            TestDatabase database = databases().newDatabase();
            Retort retort = retort(database);
            retort.upgrade("head");
            assertEquals(
                    List.of("id", "user_id", "total", "state", "number", "note"),
                    rows(
                            database,
                            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'sales'"
                                    + " AND table_name = 'invoices' ORDER BY ordinal_position"));
            assertEquals(
                    List.of("sales.ix_invoices_user"),
                    rows(
                            database,
                            "SELECT schemaname || '.' || indexname FROM pg_indexes WHERE indexname = 'ix_invoices_user'"));
            assertEquals(
                    List.of("sales.amount", "sales.state"),
                    rows(
                            database,
                            "SELECT n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n"
                                    + " ON n.oid = t.typnamespace WHERE n.nspname = 'sales' AND t.typtype IN ('d', 'e')"
                                    + " ORDER BY 1"));
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO sales.invoices (total, state) VALUES (12.50, 'open')");
            }
            assertEquals(List.of("1000"), rows(database, "SELECT number FROM sales.invoices"));
            retort.downgrade("-1");
            assertEquals(List.of(), rows(database, "SELECT nspname FROM pg_namespace WHERE nspname = 'sales'"));
        }

        @Test
        void aNonTransactionalBlockRunsBetweenTwoTransactions() throws Exception {
            Files.writeString(project.location().resolve("versions/p11.java"), """
                    import dev.retort.ops.Migration;
                    import dev.retort.ops.Ops;
                    import dev.retort.ops.Revision;
                    import dev.retort.schema.Index;

                    @Revision(id = "p11", revises = "o10", message = "index without locking writes")
                    class Migration_p11 implements Migration {
                        @Override
                        public void upgrade(Ops op) throws Exception {
                            op.execute("INSERT INTO audit_log (what) VALUES ('before')");
                            op.nonTransactional(() -> op.createIndexConcurrently(
                                    Index.on("ix_audit_what", "audit_log", "what")));
                            op.execute("INSERT INTO audit_log (what) VALUES ('after')");
                        }

                        @Override
                        public void downgrade(Ops op) throws Exception {
                            op.nonTransactional(() -> op.execute("DROP INDEX CONCURRENTLY ix_audit_what"));
                            op.execute("DELETE FROM audit_log");
                        }
                    }
                    """);
            TestDatabase database = databases().newDatabase();
            Retort retort = retort(database);
            retort.upgrade("head");
            assertEquals(List.of("after", "before"), rows(database, "SELECT what FROM audit_log ORDER BY what"));
            assertEquals(
                    List.of("ix_audit_what"),
                    rows(database, "SELECT indexname FROM pg_indexes WHERE indexname = 'ix_audit_what'"));
            retort.downgrade("-1");
            assertEquals(
                    List.of(), rows(database, "SELECT indexname FROM pg_indexes WHERE indexname = 'ix_audit_what'"));
        }
    }

    @Nested
    class MariaDb extends Contract {
        @RegisterExtension
        static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

        @Override
        DatabaseExtension databases() {
            return MARIADB;
        }

        @Override
        String dialectName() {
            return "mariadb";
        }
    }
}
