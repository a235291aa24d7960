package dev.retort.script.sql;

import static dev.retort.script.sql.TestSyntaxes.MYSQL;
import static dev.retort.script.sql.TestSyntaxes.POSTGRES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Large generated scripts split completely; a quadratic splitter would make these tests crawl. */
class LargeScriptTest {
    private static final int ROWS = 20_000;
    private static final int FUNCTION_EVERY = 500;

    @Test
    void twentyThousandStatementsOnSeparateLines() {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < ROWS; i++) {
            script.append("INSERT INTO t (id, note) VALUES (")
                    .append(i)
                    .append(", 'row; ")
                    .append(i);
            script.append("'); -- row ").append(i).append('\n');
            if (i % FUNCTION_EVERY == 0) {
                script.append("CREATE FUNCTION f").append(i).append("() RETURNS int AS $body$\n");
                script.append("  SELECT 1; SELECT 2;\n$body$ LANGUAGE sql;\n");
            }
        }
        List<Statement> statements = new StatementSplitter(POSTGRES).split(script.toString());

        int functions = ROWS / FUNCTION_EVERY;
        assertEquals(ROWS + functions, statements.size());
        Statement last = statements.get(statements.size() - 1);
        assertEquals("INSERT INTO t (id, note) VALUES (19999, 'row; 19999')", last.text());
        assertEquals(ROWS + 3 * functions, last.line()); // each function adds three lines
    }

    @Test
    void twentyThousandStatementsOnOneLine() {
        String script = "SELECT `a;b`, 'c\\'d;';".repeat(ROWS);
        List<Statement> statements = new StatementSplitter(MYSQL).split(script);
        assertEquals(ROWS, statements.size());
        Statement last = statements.get(ROWS - 1);
        assertEquals(1, last.line());
        assertEquals(1 + (ROWS - 1) * "SELECT `a;b`, 'c\\'d;';".length(), last.column());
    }
}
