package dev.retort.script.sql;

import static dev.retort.script.sql.TestSyntaxes.MYSQL;
import static dev.retort.script.sql.TestSyntaxes.POSTGRES;
import static dev.retort.script.sql.TestSyntaxes.SQLITE;
import static dev.retort.script.sql.TestSyntaxes.STANDARD;
import static dev.retort.script.sql.TestSyntaxes.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {
    @Test
    void semicolonInsideStringDoesNotSplit() {
        assertEquals(
                List.of("INSERT INTO t VALUES ('a;b')", "SELECT 2"),
                texts(STANDARD, "INSERT INTO t VALUES ('a;b');SELECT 2"));
    }

    @Test
    void doubledQuoteStaysInsideTheString() {
        assertEquals(
                List.of("SELECT 'it''s; fine', ''''", "SELECT 2"),
                texts(STANDARD, "SELECT 'it''s; fine', ''''; SELECT 2;"));
    }

    @Test
    void emptyStringsAreStrings() {
        assertEquals(List.of("SELECT '', ''", "SELECT 2"), texts(STANDARD, "SELECT '', ''; SELECT 2;"));
    }

    @Test
    void doubleQuotedIdentifierWithDoubling() {
        assertEquals(
                List.of("SELECT \"semi;colon\" FROM \"we\"\"ird;\"", "SELECT 2"),
                texts(STANDARD, "SELECT \"semi;colon\" FROM \"we\"\"ird;\"; SELECT 2;"));
    }

    @Test
    void stringsSpanLines() {
        assertEquals(List.of("SELECT 'line one;\nline two'"), texts(STANDARD, "SELECT 'line one;\nline two';"));
    }

    @Test
    void backslashEscapesTheQuote() {
        assertEquals(List.of("SELECT 'it\\'s; ok'", "SELECT 2"), texts(MYSQL, "SELECT 'it\\'s; ok'; SELECT 2;"));
    }

    @Test
    void escapedBackslashDoesNotEscapeTheQuote() {
        assertEquals(List.of("SELECT 'a\\\\'", "SELECT 'b;'"), texts(MYSQL, "SELECT 'a\\\\'; SELECT 'b;';"));
    }

    @Test
    void backslashEscapesApplyToDoubleQuotedText() {
        assertEquals(
                List.of("SELECT \"say \\\"hi\\\"; bye\"", "SELECT 2"),
                texts(MYSQL, "SELECT \"say \\\"hi\\\"; bye\"; SELECT 2;"));
    }

    @Test
    void backslashEscapeMayMixWithDoubling() {
        assertEquals(List.of("SELECT 'a''b\\'c;'", "SELECT 2"), texts(MYSQL, "SELECT 'a''b\\'c;'; SELECT 2;"));
    }

    @Test
    void escapeStringPrefixEnablesBackslashes() {
        assertEquals(List.of("SELECT E'it\\'s; ok'", "SELECT 2"), texts(POSTGRES, "SELECT E'it\\'s; ok'; SELECT 2;"));
        assertEquals(List.of("SELECT e'\\\\'", "SELECT 2"), texts(POSTGRES, "SELECT e'\\\\'; SELECT 2;"));
    }

    @Test
    void plainStringDoesNotTakeBackslashesWhereOnlyThePrefixDoes() {
        assertEquals(List.of("SELECT 'a\\'", "SELECT 2"), texts(POSTGRES, "SELECT 'a\\'; SELECT 2;"));
        assertEquals(List.of("SELECT E'a\\'; SELECT 2;'"), texts(POSTGRES, "SELECT E'a\\'; SELECT 2;';"));
    }

    @Test
    void escapePrefixMustBeAWholeWord() {
        // 'date' ends in e but is a typed literal, so its string keeps standard rules.
        assertEquals(List.of("SELECT date'a\\'", "SELECT 2"), texts(POSTGRES, "SELECT date'a\\'; SELECT 2;"));
    }

    @Test
    void doubleQuotedIdentifierIgnoresBackslashesWithoutTheFlag() {
        assertEquals(List.of("SELECT \"a\\\"", "SELECT 2"), texts(POSTGRES, "SELECT \"a\\\"; SELECT 2;"));
    }

    @Test
    void backtickIdentifiers() {
        assertEquals(
                List.of("SELECT `semi;colon`, `back``tick;` FROM t", "SELECT 2"),
                texts(MYSQL, "SELECT `semi;colon`, `back``tick;` FROM t; SELECT 2;"));
    }

    @Test
    void backslashDoesNotEscapeInsideBackticks() {
        assertEquals(List.of("SELECT `a\\`", "SELECT 2"), texts(MYSQL, "SELECT `a\\`; SELECT 2;"));
    }

    @Test
    void bracketIdentifiers() {
        assertEquals(
                List.of("SELECT [semi;colon] FROM [my 'table\"]", "SELECT 2"),
                texts(SQLITE, "SELECT [semi;colon] FROM [my 'table\"]; SELECT 2;"));
    }

    @Test
    void quotesOfOtherKindsInsideAStringAreText() {
        assertEquals(List.of("SELECT 'a\"b`c[d;'", "SELECT 2"), texts(SQLITE, "SELECT 'a\"b`c[d;'; SELECT 2;"));
    }
}
