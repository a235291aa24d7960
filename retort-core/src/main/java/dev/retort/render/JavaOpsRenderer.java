package dev.retort.render;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterDomain;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.BulkInsert;
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
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Constraint;
import dev.retort.schema.DataType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Operations as the Java statements of a migration script, calling the {@link dev.retort.ops.Ops}
 * API ({@code op}) the way a person would: {@code op.addColumn("users", column("age", integer()))}.
 * Each statement makes exactly the operation it was rendered from, except for what the short form
 * leaves out and nothing reads: the definition of a dropped column, index, constraint, sequence or domain
 * (and of a dropped table without enum columns), and the comment a table had before. Stateless, thread-safe.
 *
 * <pre>{@code
 * String body = JavaOpsRenderer.render(upgrade, "        ");
 * List<String> importLines = JavaOpsRenderer.imports(upgrade);
 * }</pre>
 */
public final class JavaOpsRenderer {
    /** What an empty list renders as. */
    static final String NOTHING = "// Nothing to do.";

    private JavaOpsRenderer() {}

    /**
     * Java statements, one per operation (several lines each where long), each line indented by
     * {@code indent}, ending with a newline; an empty list renders as a comment line saying there
     * is nothing to do.
     *
     * @throws IllegalArgumentException for an {@code execute} parameter or a row value that is not a
     *     string, number, boolean, character, {@code java.time} value, UUID, byte array or null
     */
    public static String render(List<Operation> operations, String indent) {
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(indent, "indent");
        if (operations.isEmpty()) {
            return indent + NOTHING + "\n";
        }
        StringBuilder out = new StringBuilder();
        Imports imports = new Imports();
        for (Operation operation : operations) {
            out.append(CodeLayout.statement(statement(operation, imports), indent));
        }
        return out.toString();
    }

    /**
     * The static imports and imports the rendered statements need, sorted, as the lines a file
     * would hold: {@code import static ...;} lines first, then {@code import ...;} lines. A script
     * template's own imports may repeat some of them; Java accepts the repeats.
     *
     * @throws IllegalArgumentException as {@link #render} does
     */
    public static List<String> imports(List<Operation> operations) {
        Objects.requireNonNull(operations, "operations");
        Imports imports = new Imports();
        operations.forEach(operation -> statement(operation, imports));
        return imports.lines();
    }

    private static Code statement(Operation operation, Imports imports) {
        SchemaCode schema = new SchemaCode(imports);
        if (operation instanceof CreateTable create) {
            return createTable(create.definition(), schema);
        } else if (operation instanceof DropTable drop) {
            return dropTable(drop, schema, imports);
        } else if (operation instanceof RenameTable rename) {
            return op("renameTable", Code.string(rename.from()), Code.string(rename.to()));
        } else if (operation instanceof AddColumn add) {
            return op("addColumn", Code.string(add.tableName()), schema.column(add.column()));
        } else if (operation instanceof DropColumn drop) {
            return op("dropColumn", Code.string(drop.tableName()), Code.string(drop.column()));
        } else if (operation instanceof AlterColumn alter) {
            return op(
                    "alterColumn",
                    Code.string(alter.tableName()),
                    Code.string(alter.column()),
                    new Code.Lambda("c", Code.chain(Code.text("c"), AlterColumnCode.changes(alter, schema))));
        } else if (operation instanceof CreateIndex create) {
            return createIndex(create, schema);
        } else if (operation instanceof DropIndex drop) {
            return dropIndex(drop, imports);
        } else if (operation instanceof AddConstraint add) {
            return addConstraint(add, schema, imports);
        } else if (operation instanceof DropConstraint drop) {
            String kind = imports.member(Constraint.Kind.class, drop.kind().name());
            return op("dropConstraint", Code.string(drop.name()), Code.string(drop.tableName()), Code.text(kind));
        } else if (operation instanceof SetTableComment comment) {
            Code text = comment.comment().value().map(Code::string).orElse(Code.text("null"));
            return op("setTableComment", Code.string(comment.tableName()), text);
        } else if (operation instanceof CreateSequence create) {
            return op("createSequence", schema.sequence(create.sequence()));
        } else if (operation instanceof DropSequence drop) {
            return op("dropSequence", Code.string(drop.name()));
        } else if (operation instanceof AlterSequence alter) {
            return op("alterSequence", schema.sequence(alter.existing()), schema.sequence(alter.sequence()));
        } else if (operation instanceof CreateSchema create) {
            return op("createSchema", Code.string(create.name()));
        } else if (operation instanceof DropSchema drop) {
            return op("dropSchema", Code.string(drop.name()));
        } else if (operation instanceof CreateRangeType create) {
            return op("createRangeType", schema.range(create.range()));
        } else if (operation instanceof DropRangeType drop) {
            return op("dropRangeType", Code.string(drop.name()));
        } else if (operation instanceof CreateDomain create) {
            return op("createDomain", schema.domain(create.domain()));
        } else if (operation instanceof DropDomain drop) {
            return op("dropDomain", Code.string(drop.name()));
        } else if (operation instanceof AlterDomain alter) {
            return op("alterDomain", schema.domain(alter.existing()), schema.domain(alter.domain()));
        } else if (operation instanceof Execute execute) {
            return execute(execute, imports);
        }
        return RowsCode.bulkInsert((BulkInsert) operation, imports);
    }

    static Code op(String method, Code... arguments) {
        return Code.call("op." + method, arguments);
    }

    /** {@code op.createTable("name", column(...), ...)}, one element a line; else with a Table. */
    private static Code createTable(Table table, SchemaCode schema) {
        Optional<List<TableElement>> elements = SchemaCode.elements(table);
        if (elements.isEmpty() || table.comment().isPresent()) {
            return op("createTable", schema.table(table));
        }
        List<Code> arguments = new ArrayList<>();
        arguments.add(Code.string(table.name()));
        elements.get().forEach(element -> arguments.add(schema.element(element)));
        return new Code.Call("op.createTable", arguments, arguments.size() > 2);
    }

    /**
     * {@code op.dropTable("name")}; with its definition kept only where the SQL depends on it: the
     * enum types PostgreSQL drops with a table are known offline from the definition alone.
     */
    private static Code dropTable(DropTable drop, SchemaCode schema, Imports imports) {
        boolean hasEnum = drop.definition().stream()
                .flatMap(table -> table.columns().stream())
                .anyMatch(column -> column.type().kind() == DataType.Kind.ENUM);
        if (!hasEnum) {
            return op("dropTable", Code.string(drop.name()));
        }
        return op(
                "run",
                Code.call(
                        "new " + imports.type(DropTable.class),
                        Code.string(drop.name()),
                        schema.optional(drop.definition().map(schema::table))));
    }

    /** {@code op.createIndex("ix", "t", "a")} for a plain index, else with {@code Index.on(...)...}. */
    private static Code createIndex(CreateIndex create, SchemaCode schema) {
        Index index = create.index();
        Index plain = Index.on(index.name(), index.table(), index.elements().toArray(String[]::new));
        if (!create.concurrently() && index.equals(plain)) {
            List<Code> arguments = new ArrayList<>();
            arguments.add(Code.string(index.name()));
            arguments.add(Code.string(index.table()));
            index.elements().forEach(element -> arguments.add(Code.string(element)));
            return Code.call("op.createIndex", arguments);
        }
        return op(create.concurrently() ? "createIndexConcurrently" : "createIndex", schema.index(index));
    }

    private static Code dropIndex(DropIndex drop, Imports imports) {
        if (!drop.concurrently()) {
            return op("dropIndex", Code.string(drop.name()), Code.string(drop.tableName()));
        }
        // Ops has no dropIndexConcurrently: the operation value says it
        return op(
                "run",
                Code.call(
                        "new " + imports.type(DropIndex.class),
                        Code.string(drop.name()),
                        Code.string(drop.tableName()),
                        Code.call(imports.type(Optional.class) + ".empty"),
                        Code.text("true")));
    }

    /** The {@code op.create...} call for a named constraint or a foreign key, else {@code op.run(...)}. */
    private static Code addConstraint(AddConstraint add, SchemaCode schema, Imports imports) {
        Constraint constraint = add.constraint();
        Code table = Code.string(add.tableName());
        if (constraint instanceof PrimaryKey key && key.name().isPresent()) {
            return op("createPrimaryKey", withColumns(key.name().get(), table, key.columns()));
        } else if (constraint instanceof UniqueConstraint unique
                && unique.name().isPresent()) {
            return op("createUniqueConstraint", withColumns(unique.name().get(), table, unique.columns()));
        } else if (constraint instanceof CheckConstraint check && check.name().isPresent()) {
            return op("createCheckConstraint", Code.string(check.name().get()), table, Code.string(check.condition()));
        } else if (constraint instanceof ForeignKey key) {
            return op("createForeignKey", table, schema.foreignKey(key));
        }
        return op("run", Code.call("new " + imports.type(AddConstraint.class), table, schema.constraint(constraint)));
    }

    private static Code[] withColumns(String name, Code table, List<String> columns) {
        List<Code> arguments = new ArrayList<>(List.of(Code.string(name), table));
        columns.forEach(column -> arguments.add(Code.string(column)));
        return arguments.toArray(Code[]::new);
    }

    /** {@code op.execute("sql", parameters...)}; a lone null parameter cast, or Java passes a null array. */
    private static Code execute(Execute execute, Imports imports) {
        List<Code> arguments = new ArrayList<>();
        arguments.add(Code.string(execute.sql()));
        for (Object parameter : execute.parameters()) {
            arguments.add(Literals.value(parameter, imports));
        }
        if (execute.parameters().size() == 1 && execute.parameters().get(0) == null) {
            arguments.set(1, Code.text("(Object) null"));
        }
        return Code.call("op.execute", arguments);
    }
}
