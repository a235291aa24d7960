package dev.retort.render;

import dev.retort.ops.BulkInsert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link BulkInsert} as {@code op.bulkInsert("t", List.of(Map.of("id", 1, "name", "Ann"), ...))},
 * one row a line. {@code Map.of} takes no nulls and at most 10 entries, so rows beyond that are
 * built in {@code LinkedHashMap}s in a block of their own.
 */
final class RowsCode {
    /** The most entries {@code Map.of} takes. */
    private static final int MAP_OF_LIMIT = 10;

    private RowsCode() {}

    static Code bulkInsert(BulkInsert insert, Imports imports) {
        boolean mapOf = insert.rows().stream().allMatch(row -> row.size() <= MAP_OF_LIMIT && !row.containsValue(null));
        return mapOf ? withMapOf(insert, imports) : withBlock(insert, imports);
    }

    private static Code withMapOf(BulkInsert insert, Imports imports) {
        List<Code> rows = new ArrayList<>();
        String map = imports.type(Map.class);
        for (Map<String, Object> row : insert.rows()) {
            List<Code> arguments = new ArrayList<>();
            row.forEach((column, value) -> {
                arguments.add(Code.string(column));
                arguments.add(Literals.value(value, imports));
            });
            rows.add(Code.call(map + ".of", arguments));
        }
        Code list = new Code.Call(imports.type(List.class) + ".of", rows, rows.size() > 1);
        return JavaOpsRenderer.op("bulkInsert", Code.string(insert.tableName()), list);
    }

    private static Code withBlock(BulkInsert insert, Imports imports) {
        List<Code> statements = new ArrayList<>();
        List<Code> names = new ArrayList<>();
        String declaration =
                imports.type(Map.class) + "<String, Object> %s = new " + imports.type(LinkedHashMap.class) + "<>()";
        for (Map<String, Object> row : insert.rows()) {
            String name = "row" + (names.size() + 1);
            names.add(Code.text(name));
            statements.add(Code.text(declaration.formatted(name)));
            row.forEach((column, value) ->
                    statements.add(Code.call(name + ".put", Code.string(column), Literals.value(value, imports))));
        }
        Code list = Code.call(imports.type(List.class) + ".of", names);
        statements.add(JavaOpsRenderer.op("bulkInsert", Code.string(insert.tableName()), list));
        return new Code.Block(statements);
    }
}
