package dev.retort.script.sql;

import static dev.retort.script.sql.TestSyntaxes.MYSQL;
import static dev.retort.script.sql.TestSyntaxes.POSTGRES;
import static dev.retort.script.sql.TestSyntaxes.SQLITE;
import static dev.retort.script.sql.TestSyntaxes.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.script.sql.StatementSplitException.Kind;
import org.junit.jupiter.api.Test;

class UnterminatedConstructTest {
    private static StatementSplitException failure(SplitterSyntax syntax, String sql, int firstLine) {
        return assertThrows(StatementSplitException.class, () -> new StatementSplitter(syntax).split(sql, firstLine));
    }

    private static void assertFailure(StatementSplitException error, Kind kind, int line, int column, String message) {
        assertEquals(kind, error.kind());
        assertEquals(line, error.line());
        assertEquals(column, error.column());
        assertEquals(message, error.getMessage());
    }

    @Test
    void stringLiteral() {
        assertFailure(
                failure(STANDARD, "SELECT 1;\nSELECT 'abc;\nSELECT 2;", 1),
                Kind.UNTERMINATED_STRING,
                2,
                8,
                "unterminated string literal starting at line 2, column 8");
    }

    @Test
    void stringLiteralWithLineOffset() {
        assertFailure(
                failure(STANDARD, "SELECT 1;\n       SELECT 'abc", 11),
                Kind.UNTERMINATED_STRING,
                12,
                15,
                "unterminated string literal starting at line 12, column 15");
    }

    @Test
    void stringEndingInADoubledQuote() {
        assertFailure(
                failure(STANDARD, "SELECT 'it''", 1),
                Kind.UNTERMINATED_STRING,
                1,
                8,
                "unterminated string literal starting at line 1, column 8");
    }

    @Test
    void stringEndingInAnEscapedQuote() {
        assertFailure(
                failure(MYSQL, "SELECT 'a\\'", 1),
                Kind.UNTERMINATED_STRING,
                1,
                8,
                "unterminated string literal starting at line 1, column 8");
    }

    @Test
    void stringEndingInABackslash() {
        assertFailure(
                failure(MYSQL, "SELECT 'a\\", 1),
                Kind.UNTERMINATED_STRING,
                1,
                8,
                "unterminated string literal starting at line 1, column 8");
    }

    @Test
    void escapeString() {
        assertFailure(
                failure(POSTGRES, "SELECT E'a\\';", 1),
                Kind.UNTERMINATED_STRING,
                1,
                8,
                "unterminated string literal starting at line 1, column 8");
    }

    @Test
    void doubleQuotedIdentifier() {
        assertFailure(
                failure(STANDARD, "SELECT \"col;\n", 3),
                Kind.UNTERMINATED_QUOTED_IDENTIFIER,
                3,
                8,
                "unterminated quoted identifier starting at line 3, column 8");
    }

    @Test
    void backtickIdentifier() {
        assertFailure(
                failure(MYSQL, "SELECT 1;\r\nSELECT `col``;", 1),
                Kind.UNTERMINATED_QUOTED_IDENTIFIER,
                2,
                8,
                "unterminated quoted identifier starting at line 2, column 8");
    }

    @Test
    void bracketIdentifier() {
        assertFailure(
                failure(SQLITE, "SELECT [col;", 1),
                Kind.UNTERMINATED_QUOTED_IDENTIFIER,
                1,
                8,
                "unterminated quoted identifier starting at line 1, column 8");
    }

    @Test
    void blockComment() {
        assertFailure(
                failure(STANDARD, "SELECT 1; /* never closed;\nSELECT 2;", 1),
                Kind.UNTERMINATED_BLOCK_COMMENT,
                1,
                11,
                "unterminated block comment starting at line 1, column 11");
    }

    @Test
    void nestedBlockCommentReportsTheOuterStart() {
        assertFailure(
                failure(POSTGRES, "\n  /* a /* b */ SELECT 1;", 1),
                Kind.UNTERMINATED_BLOCK_COMMENT,
                2,
                3,
                "unterminated block comment starting at line 2, column 3");
    }

    @Test
    void dollarQuote() {
        assertFailure(
                failure(POSTGRES, "SELECT $body$ x; $bod$;", 1),
                Kind.UNTERMINATED_DOLLAR_QUOTE,
                1,
                8,
                "unterminated dollar-quoted string starting at line 1, column 8: no closing $body$");
    }

    @Test
    void untaggedDollarQuote() {
        assertFailure(
                failure(POSTGRES, "CREATE FUNCTION f() AS $$\nSELECT 1;\n", 5),
                Kind.UNTERMINATED_DOLLAR_QUOTE,
                5,
                24,
                "unterminated dollar-quoted string starting at line 5, column 24: no closing $$");
    }

    @Test
    void beginBlock() {
        assertFailure(
                failure(SQLITE, "CREATE TRIGGER t AFTER INSERT ON x\nBEGIN\n  INSERT INTO y VALUES (1);\nSELECT 2;", 1),
                Kind.UNTERMINATED_COMPOUND_BLOCK,
                2,
                1,
                "unterminated compound block starting at line 2, column 1: BEGIN has no matching END");
    }

    @Test
    void missingEndIfLeavesTheOuterBeginOpen() {
        assertFailure(
                failure(MYSQL, "CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END;", 1),
                Kind.UNTERMINATED_COMPOUND_BLOCK,
                1,
                22,
                "unterminated compound block starting at line 1, column 22: BEGIN has no matching END");
    }

    @Test
    void ifBlockAsATriggerBody() {
        assertFailure(
                failure(MYSQL, "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW IF NEW.a THEN SET NEW.b = 1;", 1),
                Kind.UNTERMINATED_COMPOUND_BLOCK,
                1,
                50,
                "unterminated compound block starting at line 1, column 50: IF has no matching END IF");
    }

    @Test
    void caseStatementAsATriggerBody() {
        assertFailure(
                failure(MYSQL, "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW CASE WHEN 1 THEN SET NEW.b = 1;", 1),
                Kind.UNTERMINATED_COMPOUND_BLOCK,
                1,
                50,
                "unterminated compound block starting at line 1, column 50: CASE has no matching END CASE");
    }

    @Test
    void beginAtomicBlock() {
        assertFailure(
                failure(POSTGRES, "CREATE FUNCTION f() RETURNS int LANGUAGE sql\n  BEGIN ATOMIC SELECT 1;", 20),
                Kind.UNTERMINATED_COMPOUND_BLOCK,
                21,
                3,
                "unterminated compound block starting at line 21, column 3: BEGIN has no matching END");
    }

    @Test
    void failureIsARuntimeException() {
        RuntimeException error = failure(STANDARD, "'", 1);
        assertEquals(StatementSplitException.class, error.getClass());
    }
}
