package dev.retort.script.sql;

import static dev.retort.script.sql.TestSyntaxes.STANDARD;
import static dev.retort.script.sql.TestSyntaxes.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {
    private final StatementSplitter splitter = new StatementSplitter(STANDARD);

    @Test
    void emptyInputHasNoStatements() {
        assertEquals(List.of(), splitter.split(""));
    }

    @Test
    void whitespaceOnlyHasNoStatements() {
        assertEquals(List.of(), splitter.split("  \n\t\r\n  "));
    }

    @Test
    void commentsOnlyHaveNoStatements() {
        assertEquals(List.of(), splitter.split("-- one\n/* two; */\n-- three;"));
    }

    @Test
    void straySemicolonsAreDropped() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(STANDARD, ";;SELECT 1;; ;\n;SELECT 2;;"));
    }

    @Test
    void statementMadeOnlyOfACommentIsDropped() {
        assertEquals(List.of("SELECT 1"), texts(STANDARD, "/* nothing */;SELECT 1;"));
    }

    @Test
    void lastStatementNeedsNoDelimiter() {
        List<Statement> statements = splitter.split("SELECT 1;\nSELECT 2\n");
        assertEquals(
                List.of("SELECT 1", "SELECT 2"),
                statements.stream().map(Statement::text).toList());
        assertEquals(";", statements.get(0).delimiter());
        assertTrue(statements.get(0).hasDelimiter());
        assertEquals("", statements.get(1).delimiter());
        assertFalse(statements.get(1).hasDelimiter());
    }

    @Test
    void textKeepsOriginalCharactersAndInnerWhitespace() {
        assertEquals(
                List.of("select  a,\n\t b\nfrom   t"), texts(STANDARD, "\n\n   select  a,\n\t b\nfrom   t  \n ;  \n"));
    }

    @Test
    void commentDirectlyAboveAStatementIsNotPartOfIt() {
        List<Statement> statements = splitter.split("-- create the table\n/* really */\nCREATE TABLE t (id int);");
        assertEquals("CREATE TABLE t (id int)", statements.get(0).text());
        assertEquals(3, statements.get(0).line());
    }

    @Test
    void commentsBetweenTokensStayInTheText() {
        assertEquals(
                List.of("SELECT a, -- the key; not a split\n  b /* ; */ FROM t"),
                texts(STANDARD, "SELECT a, -- the key; not a split\n  b /* ; */ FROM t;"));
    }

    @Test
    void commentsAfterTheLastTokenAreNotInTheText() {
        // Printing text + ";" must never put the delimiter inside a line comment.
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(STANDARD, "SELECT 1 -- trailing\n;SELECT 2 /* x */;"));
    }

    @Test
    void keywordsInsideStringsDoNotMatter() {
        assertEquals(List.of("SELECT 'BEGIN', 'END'", "SELECT 2"), texts(STANDARD, "SELECT 'BEGIN', 'END'; SELECT 2;"));
    }

    @Test
    void resultIsImmutable() {
        List<Statement> statements = splitter.split("SELECT 1;");
        assertThrows(UnsupportedOperationException.class, () -> statements.add(statements.get(0)));
    }

    @Test
    void firstLineNumberMustBePositive() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> splitter.split("x", 0));
        assertEquals("firstLineNumber must be at least 1, got 0", error.getMessage());
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(NullPointerException.class, () -> splitter.split(null));
        assertThrows(NullPointerException.class, () -> new StatementSplitter(null));
    }

    @Test
    void splitterExposesItsSyntax() {
        assertSame(STANDARD, splitter.syntax());
    }

    @Test
    void oneSplitterServesManyScripts() {
        assertEquals(List.of("SELECT 1"), texts(STANDARD, "SELECT 1"));
        assertEquals(splitter.split("A; B;"), splitter.split("A; B;"));
    }
}
