package dev.retort.render;

import static dev.retort.schema.CheckConstraint.check;
import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.bigint;
import static dev.retort.schema.DataType.numeric;
import static dev.retort.schema.DataType.timestamp;
import static dev.retort.schema.DataType.varchar;
import static dev.retort.schema.ForeignKey.foreignKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropDomain;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropRangeType;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Migration;
import dev.retort.ops.Operation;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.DataType;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.java.JavaMigrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trip: operations rendered into Java scripts, compiled by the project's own Java script path
 * (one javac run for all), run against {@link CollectingOps}, and the collected operations compared
 * with the rendered ones.
 */
class JavaOpsRendererTest {
    private static final String BODY_INDENT = "        ";

    @TempDir
    static Path root;

    private static final Map<String, List<Operation>> CASES = RenderCases.all();
    private static final Map<String, String> SOURCES = new LinkedHashMap<>();
    private static JavaMigrations migrations;
    private static ScriptDirectory directory;

    @BeforeAll
    static void writeAndCompile() throws IOException {
        Path location = root.resolve("migrations");
        ScriptDirectory.init(location);
        String parent = null;
        for (Map.Entry<String, List<Operation>> entry : CASES.entrySet()) {
            String source = script(entry.getKey(), parent, entry.getValue());
            SOURCES.put(entry.getKey(), source);
            Files.writeString(location.resolve("versions").resolve(entry.getKey() + ".java"), source);
            parent = entry.getKey();
        }
        directory = ScriptDirectory.load(location);
        migrations = JavaMigrations.of(directory);
        migrations.compile();
    }

    /** A script as the Java template lays it out, with the rendered imports and upgrade. */
    static String script(String id, String parent, List<Operation> operations) {
        StringBuilder source = new StringBuilder();
        source.append("import static dev.retort.schema.Column.column;\n");
        source.append("import static dev.retort.schema.DataType.*;\n\n");
        source.append("import dev.retort.ops.Migration;\n");
        source.append("import dev.retort.ops.Ops;\n");
        source.append("import dev.retort.ops.Revision;\n");
        JavaOpsRenderer.imports(operations).forEach(line -> source.append(line).append('\n'));
        source.append("\n@Revision(id = \"").append(id).append('"');
        if (parent != null) {
            source.append(", revises = {\"").append(parent).append("\"}");
        }
        source.append(")\nclass Migration_").append(id).append(" implements Migration {\n");
        source.append("    @Override\n    public void upgrade(Ops op) {\n");
        source.append(JavaOpsRenderer.render(operations, BODY_INDENT));
        source.append("    }\n}\n");
        return source.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationSurvivesTheRoundTrip() {
        return CASES.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    Migration migration =
                            migrations.load(directory.script(entry.getKey()).orElseThrow());
                    CollectingOps ops = new CollectingOps();
                    migration.upgrade(ops);
                    List<Operation> expected = entry.getValue().stream()
                            .map(JavaOpsRendererTest::asWritten)
                            .toList();
                    assertEquals(comparable(expected), comparable(ops.operations), SOURCES.get(entry.getKey()));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyLineFitsIn120Characters() {
        return CASES.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    for (String line : JavaOpsRenderer.render(entry.getValue(), BODY_INDENT)
                            .split("\n")) {
                        assertTrue(line.length() <= 120, () -> line.length() + " characters: " + line);
                    }
                }));
    }

    @Test
    void createTableHasOneColumnALine() {
        List<Operation> operations = List.of(new CreateTable(Table.of(
                "orders",
                column("id", bigint()).primaryKey().autoIncrement(),
                column("user_id", bigint()).notNull(),
                column("total", numeric(12, 2)).notNull().defaultSql("0").comment("In the order's currency"),
                column("placed_at", timestamp(true)).notNull().defaultSql("CURRENT_TIMESTAMP"),
                foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id"))
                        .onDelete(ReferentialAction.CASCADE),
                check("ck_orders_total", "total >= 0"))));
        assertEquals("""
                op.createTable(
                        "orders",
                        column("id", bigint()).primaryKey().autoIncrement(),
                        column("user_id", bigint()).notNull(),
                        column("total", numeric(12, 2)).notNull().defaultSql("0").comment("In the order's currency"),
                        column("placed_at", timestamp(true)).notNull().defaultSql("CURRENT_TIMESTAMP"),
                        foreignKey("fk_orders_user", List.of("user_id"), "users", List.of("id")).onDelete(CASCADE),
                        check("ck_orders_total", "total >= 0"));
                """, JavaOpsRenderer.render(operations, ""));
        assertEquals(
                List.of(
                        "import static dev.retort.schema.CheckConstraint.check;",
                        "import static dev.retort.schema.Column.column;",
                        "import static dev.retort.schema.DataType.bigint;",
                        "import static dev.retort.schema.DataType.numeric;",
                        "import static dev.retort.schema.DataType.timestamp;",
                        "import static dev.retort.schema.ForeignKey.foreignKey;",
                        "import static dev.retort.schema.ReferentialAction.CASCADE;",
                        "import java.util.List;"),
                JavaOpsRenderer.imports(operations));
    }

    @Test
    void alterColumnKeepsTheLambdaOnTheCallLine() {
        List<Operation> operations = List.of(
                AlterColumn.of("users", "email")
                        .notNull()
                        .existingNullable(true)
                        .build(),
                AlterColumn.of("users", "email")
                        .rename("mail")
                        .type(varchar(320))
                        .existingType(varchar(255))
                        .dropDefault()
                        .existingDefaultSql("''")
                        .comment(null)
                        .existingComment("Where we write")
                        .build());
        assertEquals("""
                op.alterColumn("users", "email", c -> c.notNull().existingNullable(true));
                op.alterColumn("users", "email", c -> c.rename("mail")
                        .type(varchar(320))
                        .existingType(varchar(255))
                        .dropDefault()
                        .existingDefaultSql("''")
                        .comment(null)
                        .existingComment("Where we write"));
                """, JavaOpsRenderer.render(operations, ""));
        assertEquals(List.of("import static dev.retort.schema.DataType.varchar;"), JavaOpsRenderer.imports(operations));
    }

    @Test
    void indexesUseTheShortestCallThatSaysIt() {
        List<Operation> operations = List.of(
                new CreateIndex(Index.on("ix_message_user_created", "message", "user_id", "created_at DESC"), false),
                new CreateIndex(
                        Index.on("uq_users_email_live", "users", "lower(email)")
                                .unique()
                                .where("deleted_at IS NULL")
                                .include("id"),
                        false),
                new CreateIndex(
                        Index.on("ix_users_lower_email", "users", "lower(email)", "created_at DESC")
                                .unique()
                                .where("deleted_at IS NULL")
                                .include("id", "name")
                                .using("btree"),
                        false),
                new CreateIndex(Index.on("ix_docs_body", "docs", "body").using("gin"), true),
                new DropIndex("ix_docs_body", "docs", Optional.empty(), false));
        assertEquals("""
                op.createIndex("ix_message_user_created", "message", "user_id", "created_at DESC");
                op.createIndex(
                        Index.on("uq_users_email_live", "users", "lower(email)").unique().where("deleted_at IS NULL").include("id"));
                op.createIndex(
                        Index.on("ix_users_lower_email", "users", "lower(email)", "created_at DESC")
                                .unique()
                                .where("deleted_at IS NULL")
                                .include("id", "name")
                                .using("btree"));
                op.createIndexConcurrently(Index.on("ix_docs_body", "docs", "body").using("gin"));
                op.dropIndex("ix_docs_body", "docs");
                """, JavaOpsRenderer.render(operations, ""));
        assertEquals(List.of("import dev.retort.schema.Index;"), JavaOpsRenderer.imports(operations));
    }

    @Test
    void longStringsAreSplitAfterNewlinesAndBetweenWords() {
        List<Operation> operations = List.of(new Execute(
                "CREATE FUNCTION touch() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at = now();\n  RETURN NEW;\n"
                        + "END;\n$$ LANGUAGE plpgsql",
                List.of()));
        assertEquals("""
                op.execute(
                        "CREATE FUNCTION touch() RETURNS trigger AS $$\\n"
                                + "BEGIN\\n"
                                + "  NEW.updated_at = now();\\n"
                                + "  RETURN NEW;\\n"
                                + "END;\\n"
                                + "$$ LANGUAGE plpgsql");
                """, JavaOpsRenderer.render(operations, ""));
    }

    @Test
    void everyLineCarriesTheIndent() {
        String rendered = JavaOpsRenderer.render(RenderCases.all().get("create_table_dsl"), "\t\t");
        assertTrue(rendered.endsWith(");\n"), rendered);
        for (String line : rendered.split("\n")) {
            assertTrue(line.startsWith("\t\t") && !line.startsWith("\t\t\t"), line);
        }
    }

    @Test
    void nothingToDoIsAComment() {
        assertEquals("        // Nothing to do.\n", JavaOpsRenderer.render(List.of(), BODY_INDENT));
        assertEquals(List.of(), JavaOpsRenderer.imports(List.of()));
    }

    @Test
    void aValueJavaCannotWriteIsRefusedByName() {
        List<Operation> operations = List.of(new Execute("SELECT ?", List.of(new StringBuilder("x"))));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> JavaOpsRenderer.render(operations, ""));
        assertEquals(
                "cannot write a value of type java.lang.StringBuilder as Java: use strings, numbers, booleans,"
                        + " java.time values, UUIDs, byte arrays or null",
                e.getMessage());
    }

    /**
     * {@code operation} without what the short form leaves out: the definitions of dropped columns,
     * indexes, constraints, domains, range types and tables without enum columns, and a table's previous
     * comment.
     */
    static Operation asWritten(Operation operation) {
        if (operation instanceof DropTable drop && !hasEnum(drop)) {
            return new DropTable(drop.name(), Optional.empty());
        } else if (operation instanceof DropColumn drop) {
            return new DropColumn(drop.tableName(), drop.column(), Optional.empty());
        } else if (operation instanceof DropIndex drop) {
            return new DropIndex(drop.name(), drop.tableName(), Optional.empty(), drop.concurrently());
        } else if (operation instanceof DropConstraint drop) {
            return new DropConstraint(drop.tableName(), drop.name(), drop.kind(), Optional.empty());
        } else if (operation instanceof SetTableComment comment) {
            return new SetTableComment(comment.tableName(), comment.comment(), Optional.empty());
        } else if (operation instanceof DropDomain drop) {
            return new DropDomain(drop.name(), Optional.empty());
        } else if (operation instanceof DropRangeType drop) {
            return new DropRangeType(drop.name(), Optional.empty());
        }
        return operation;
    }

    private static boolean hasEnum(DropTable drop) {
        return drop.definition().stream()
                .flatMap(table -> table.columns().stream())
                .anyMatch(column -> column.type().kind() == DataType.Kind.ENUM);
    }

    /** The operations with byte arrays as hex text, since arrays are equal only to themselves. */
    static List<Operation> comparable(List<Operation> operations) {
        return operations.stream().map(JavaOpsRendererTest::comparable).toList();
    }

    private static Operation comparable(Operation operation) {
        if (operation instanceof Execute execute) {
            List<Object> parameters = new ArrayList<>();
            execute.parameters().forEach(parameter -> parameters.add(comparable(parameter)));
            return new Execute(execute.sql(), parameters);
        } else if (operation instanceof BulkInsert insert) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : insert.rows()) {
                Map<String, Object> copy = new LinkedHashMap<>();
                row.forEach((column, value) -> copy.put(column, comparable(value)));
                rows.add(copy);
            }
            return new BulkInsert(insert.tableName(), rows);
        }
        return operation;
    }

    private static Object comparable(Object value) {
        return value instanceof byte[] bytes ? "bytes " + HexFormat.of().formatHex(bytes) : value;
    }
}
