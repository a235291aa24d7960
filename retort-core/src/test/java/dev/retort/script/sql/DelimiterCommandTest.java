package dev.retort.script.sql;

import static dev.retort.script.sql.TestSyntaxes.MYSQL;
import static dev.retort.script.sql.TestSyntaxes.STANDARD;
import static dev.retort.script.sql.TestSyntaxes.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelimiterCommandTest {
    private final StatementSplitter splitter = new StatementSplitter(MYSQL);

    @Test
    void dollarDollarDelimiterAndBack() {
        String sql = """
                DELIMITER $$
                CREATE PROCEDURE p()
                BEGIN
                  SELECT 1;
                  SELECT 2;
                END$$
                DELIMITER ;
                SELECT 3;
                """;
        List<Statement> statements = splitter.split(sql);
        assertEquals(
                List.of("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND", "SELECT 3"),
                statements.stream().map(Statement::text).toList());
        assertEquals(
                List.of("$$", ";"),
                statements.stream().map(Statement::delimiter).toList());
        assertEquals(List.of(2, 8), statements.stream().map(Statement::line).toList());
    }

    @Test
    void slashSlashDelimiterKeepsSemicolonsInside() {
        String sql = "DELIMITER //\nSELECT 1; SELECT 2//\nSELECT 3 //\ndelimiter ;\nSELECT 4;";
        assertEquals(List.of("SELECT 1; SELECT 2", "SELECT 3", "SELECT 4"), texts(MYSQL, sql));
    }

    @Test
    void doubleSemicolonDelimiter() {
        assertEquals(
                List.of("SELECT 1; SELECT 2", "SELECT 3"),
                texts(MYSQL, "DELIMITER ;;\nSELECT 1; SELECT 2;;\nSELECT 3;;"));
    }

    @Test
    void delimiterInsideStringsAndCommentsDoesNotEnd() {
        String sql = "DELIMITER $$\nSELECT '$$', `a$$` /* $$ */ -- $$\n, 1$$\nDELIMITER ;";
        assertEquals(List.of("SELECT '$$', `a$$` /* $$ */ -- $$\n, 1"), texts(MYSQL, sql));
    }

    @Test
    void delimiterCutsAWordShort() {
        assertEquals(List.of("SELECT a", "SELECT b"), texts(MYSQL, "DELIMITER $$\nSELECT a$$SELECT b$$"));
    }

    @Test
    void commandAfterACommentAndOnTheSameLineAsAPreviousStatement() {
        String sql = "SELECT 1; DELIMITER //\n-- now slashes\nSELECT 2; SELECT 3//";
        assertEquals(List.of("SELECT 1", "SELECT 2; SELECT 3"), texts(MYSQL, sql));
    }

    @Test
    void customDelimiterEndsAStatementEvenInsideAnOpenBlock() {
        String sql = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1//\nDELIMITER ;\nSELECT 2;";
        assertEquals(List.of("CREATE PROCEDURE p() BEGIN SELECT 1", "SELECT 2"), texts(MYSQL, sql));
    }

    @Test
    void lastStatementInACustomDelimiterRegionNeedsNoDelimiter() {
        List<Statement> statements = splitter.split("DELIMITER $$\nSELECT 1");
        assertEquals("SELECT 1", statements.get(0).text());
        assertEquals("", statements.get(0).delimiter());
    }

    @Test
    void crlfLineEndings() {
        String sql = "DELIMITER $$\r\nSELECT 1$$\r\nDELIMITER ;\r\nSELECT 2;\r\n";
        List<Statement> statements = splitter.split(sql);
        assertEquals(
                List.of("SELECT 1", "SELECT 2"),
                statements.stream().map(Statement::text).toList());
        assertEquals(List.of(2, 4), statements.stream().map(Statement::line).toList());
    }

    @Test
    void delimiterAsAColumnNameIsNotACommand() {
        assertEquals(
                List.of("SELECT delimiter FROM settings", "SELECT 2"),
                texts(MYSQL, "SELECT delimiter FROM settings; SELECT 2;"));
    }

    @Test
    void withoutTheFlagDelimiterIsOrdinaryText() {
        assertEquals(List.of("DELIMITER $$\nSELECT 1"), texts(STANDARD, "DELIMITER $$\nSELECT 1;"));
    }

    @Test
    void missingDelimiterIsRejected() {
        StatementSplitException error = assertThrows(
                StatementSplitException.class, () -> splitter.split("SELECT 1;\n  DELIMITER  \nSELECT 2;"));
        assertEquals(StatementSplitException.Kind.INVALID_DELIMITER_COMMAND, error.kind());
        assertEquals(
                "invalid DELIMITER command at line 2, column 3: put the new delimiter after it on the same line",
                error.getMessage());
        assertEquals(2, error.line());
        assertEquals(3, error.column());
    }

    @Test
    void extraWordsAfterTheDelimiterAreRejected() {
        StatementSplitException error =
                assertThrows(StatementSplitException.class, () -> splitter.split("DELIMITER $$ SELECT 1$$", 7));
        assertEquals(
                "invalid DELIMITER command at line 7, column 1: put only the new delimiter after it, found '$$ SELECT 1$$'",
                error.getMessage());
    }

    @Test
    void backslashInTheDelimiterIsRejected() {
        StatementSplitException error =
                assertThrows(StatementSplitException.class, () -> splitter.split("DELIMITER \\\\"));
        assertEquals(
                "invalid DELIMITER command at line 1, column 1: a delimiter cannot contain a backslash, found '\\\\'",
                error.getMessage());
    }
}
