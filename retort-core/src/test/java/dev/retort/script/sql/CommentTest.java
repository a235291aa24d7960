package dev.retort.script.sql;

import static dev.retort.script.sql.TestSyntaxes.MYSQL;
import static dev.retort.script.sql.TestSyntaxes.POSTGRES;
import static dev.retort.script.sql.TestSyntaxes.STANDARD;
import static dev.retort.script.sql.TestSyntaxes.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentTest {
    @Test
    void commentsBetweenStatementsAreDropped() {
        String sql = "SELECT 1; -- one\n-- two; still a comment\nSELECT 2; /* three; */ SELECT 3;";
        assertEquals(List.of("SELECT 1", "SELECT 2", "SELECT 3"), texts(STANDARD, sql));
    }

    @Test
    void semicolonInsideABlockCommentDoesNotSplit() {
        assertEquals(List.of("SELECT /* ; */ 1"), texts(STANDARD, "SELECT /* ; */ 1;"));
    }

    @Test
    void multiLineBlockCommentInsideAStatementIsKept() {
        assertEquals(List.of("SELECT 1 /* a;\n b; */ + 2"), texts(STANDARD, "SELECT 1 /* a;\n b; */ + 2;"));
    }

    @Test
    void lineCommentAtTheEndOfInputWithoutNewline() {
        assertEquals(List.of("SELECT 1"), texts(STANDARD, "SELECT 1; -- the end"));
    }

    @Test
    void commentMarkersInsideStringsAreText() {
        String sql = "SELECT '-- not a comment;', '/* nor; this */', \"-- col;\"; SELECT 2;";
        assertEquals(
                List.of("SELECT '-- not a comment;', '/* nor; this */', \"-- col;\"", "SELECT 2"),
                texts(STANDARD, sql));
    }

    @Test
    void blockCommentMayStartWithSlashStarSlash() {
        assertEquals(List.of("SELECT 1"), texts(STANDARD, "/*/ still a comment; */ SELECT 1;"));
    }

    @Test
    void nestedBlockCommentsNestWhenTheSyntaxSaysSo() {
        String sql = "/* outer /* inner; */ still comment; */ SELECT 1;";
        assertEquals(List.of("SELECT 1"), texts(POSTGRES, sql));
    }

    @Test
    void deeplyNestedBlockComments() {
        assertEquals(List.of("SELECT 1"), texts(POSTGRES, "/* 1 /* 2 /* 3; */ 2; */ 1; */SELECT 1;"));
    }

    @Test
    void withoutNestingTheFirstCloserEndsTheComment() {
        assertEquals(List.of("c */ SELECT 1"), texts(STANDARD, "/* a /* b */ c */ SELECT 1;"));
    }

    @Test
    void hashCommentsRunToTheEndOfTheLine() {
        String sql = "# setup; ignored\nSELECT 1; # trailing; here\nSELECT a # inside;\n FROM t;";
        assertEquals(List.of("SELECT 1", "SELECT a # inside;\n FROM t"), texts(MYSQL, sql));
    }

    @Test
    void dashCommentNeedsWhitespaceWhenTheSyntaxSaysSo() {
        assertEquals(List.of("SELECT 5--1", "SELECT 2"), texts(MYSQL, "SELECT 5--1; SELECT 2;"));
        assertEquals(List.of("SELECT 5 --1", "SELECT 2"), texts(MYSQL, "SELECT 5 --1;\nSELECT 2;"));
    }

    @Test
    void dashFollowedByWhitespaceOrControlOrEndIsAComment() {
        assertEquals(List.of("SELECT 1"), texts(MYSQL, "SELECT 1 -- x; y\n;"));
        assertEquals(List.of("SELECT 1"), texts(MYSQL, "SELECT 1 --\tx; y\n;"));
        assertEquals(List.of("SELECT 1 --\nFROM dual"), texts(MYSQL, "SELECT 1 --\nFROM dual;"));
        assertEquals(List.of("SELECT 1"), texts(MYSQL, "SELECT 1 --\u0001; y\n;"));
        assertEquals(List.of("SELECT 1"), texts(MYSQL, "SELECT 1;--"));
    }

    @Test
    void executableCommentsAreStatementContent() {
        String sql = "/*!40101 SET NAMES utf8mb4 */;\n/* plain */;\n/*M!100100 SET x = 1 */;\nSELECT 1;";
        assertEquals(
                List.of("/*!40101 SET NAMES utf8mb4 */", "/*M!100100 SET x = 1 */", "SELECT 1"), texts(MYSQL, sql));
    }

    @Test
    void executableCommentEndsAStatementTextWhenLast() {
        assertEquals(
                List.of("CREATE TABLE t (id int) /*!50100 ENGINE=InnoDB */"),
                texts(MYSQL, "CREATE TABLE t (id int) /*!50100 ENGINE=InnoDB */ /* plain */;"));
    }
}
