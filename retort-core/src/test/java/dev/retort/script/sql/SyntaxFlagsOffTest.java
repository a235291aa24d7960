package dev.retort.script.sql;

import static dev.retort.script.sql.TestSyntaxes.MYSQL;
import static dev.retort.script.sql.TestSyntaxes.POSTGRES;
import static dev.retort.script.sql.TestSyntaxes.SQLITE;
import static dev.retort.script.sql.TestSyntaxes.STANDARD;
import static dev.retort.script.sql.TestSyntaxes.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each flag, off, leaves its construct as ordinary text; each case is contrasted with the flag on. */
class SyntaxFlagsOffTest {
    @Test
    void dollarQuotesOff() {
        String sql = "SELECT $$a;b$$;";
        assertEquals(List.of("SELECT $$a", "b$$"), texts(STANDARD, sql));
        assertEquals(List.of("SELECT $$a;b$$"), texts(POSTGRES, sql));
    }

    @Test
    void backslashEscapesOff() {
        String sql = "SELECT 'a\\'; SELECT 2; -- '";
        assertEquals(List.of("SELECT 'a\\'", "SELECT 2"), texts(STANDARD, sql));
        assertEquals(List.of("SELECT 'a\\'; SELECT 2; -- '"), texts(MYSQL, sql));
    }

    @Test
    void escapeStringPrefixOff() {
        String sql = "SELECT E'a\\'; SELECT 2; -- '";
        assertEquals(List.of("SELECT E'a\\'", "SELECT 2"), texts(STANDARD, sql));
        assertEquals(List.of("SELECT E'a\\'; SELECT 2; -- '"), texts(POSTGRES, sql));
    }

    @Test
    void delimiterCommandOff() {
        String sql = "DELIMITER //\nSELECT 1//";
        assertEquals(List.of("DELIMITER //\nSELECT 1//"), texts(STANDARD, sql));
        assertEquals(List.of("SELECT 1"), texts(MYSQL, sql));
    }

    @Test
    void backtickIdentifiersOff() {
        String sql = "SELECT `a;b`;";
        assertEquals(List.of("SELECT `a", "b`"), texts(STANDARD, sql));
        assertEquals(List.of("SELECT `a;b`"), texts(MYSQL, sql));
    }

    @Test
    void bracketIdentifiersOff() {
        String sql = "SELECT [a;b];";
        assertEquals(List.of("SELECT [a", "b]"), texts(STANDARD, sql));
        assertEquals(List.of("SELECT [a;b]"), texts(SQLITE, sql));
    }

    @Test
    void nestedBlockCommentsOff() {
        String sql = "/* a /* b */ c */ SELECT 1;";
        assertEquals(List.of("c */ SELECT 1"), texts(STANDARD, sql));
        assertEquals(List.of("SELECT 1"), texts(POSTGRES, sql));
    }

    @Test
    void hashCommentsOff() {
        String sql = "SELECT 1 # x; SELECT 2";
        assertEquals(List.of("SELECT 1 # x", "SELECT 2"), texts(STANDARD, sql));
        assertEquals(List.of("SELECT 1"), texts(MYSQL, sql));
    }

    @Test
    void dashCommentNeedsSpaceOff() {
        String sql = "SELECT 5 --1;\nSELECT 2;";
        assertEquals(List.of("SELECT 5 --1;\nSELECT 2"), texts(STANDARD, sql));
        assertEquals(List.of("SELECT 5 --1", "SELECT 2"), texts(MYSQL, sql));
    }

    @Test
    void compoundBlocksOff() {
        String sql = "CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE y SET a = 1; END;";
        assertEquals(
                List.of("CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE y SET a = 1", "END"), texts(STANDARD, sql));
        assertEquals(List.of("CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE y SET a = 1; END"), texts(SQLITE, sql));
    }

    @Test
    void executableCommentsOff() {
        String sql = "/*!40101 SET NAMES utf8 */;SELECT 1;";
        assertEquals(List.of("SELECT 1"), texts(STANDARD, sql));
        assertEquals(List.of("/*!40101 SET NAMES utf8 */", "SELECT 1"), texts(MYSQL, sql));
    }
}
