package dev.retort.script.sql;

import static dev.retort.script.sql.TestSyntaxes.POSTGRES;
import static dev.retort.script.sql.TestSyntaxes.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementPositionTest {
    private static List<String> positions(List<Statement> statements) {
        return statements.stream().map(s -> s.line() + ":" + s.column()).toList();
    }

    @Test
    void linesAndColumnsAreOneBased() {
        String sql = "SELECT 1;\n  SELECT 2;\n\n\tSELECT 3;";
        assertEquals(List.of("1:1", "2:3", "4:2"), positions(new StatementSplitter(STANDARD).split(sql)));
    }

    @Test
    void firstLineNumberShiftsEveryLineButNoColumn() {
        String sql = "SELECT 1;\n  SELECT 2;\n\n\tSELECT 3;";
        assertEquals(List.of("40:1", "41:3", "43:2"), positions(new StatementSplitter(STANDARD).split(sql, 40)));
    }

    @Test
    void statementsOnOneLine() {
        assertEquals(
                List.of("1:1", "1:11", "1:22"),
                positions(new StatementSplitter(STANDARD).split("SELECT 1; SELECT 2;  SELECT 3")));
    }

    @Test
    void positionIsThatOfTheFirstTokenAfterComments() {
        String sql = "/* a\nb */ SELECT 'x\ny'; -- c\n -- d\n   SELECT 2;";
        assertEquals(List.of("2:6", "5:4"), positions(new StatementSplitter(STANDARD).split(sql)));
    }

    @Test
    void crlfCountsAsOneLineBreakAndStaysInTheText() {
        String sql = "SELECT 1;\r\nSELECT 2;\r\n\r\nSELECT\r\n  3;\r\n-- c\r\n  SELECT 4";
        List<Statement> statements = new StatementSplitter(STANDARD).split(sql);
        assertEquals(
                List.of("SELECT 1", "SELECT 2", "SELECT\r\n  3", "SELECT 4"),
                statements.stream().map(Statement::text).toList());
        assertEquals(List.of("1:1", "2:1", "4:1", "7:3"), positions(statements));
    }

    @Test
    void loneCarriageReturnIsALineBreak() {
        String sql = "SELECT 1; -- c\rSELECT 2;\r\rSELECT 3;";
        List<Statement> statements = new StatementSplitter(STANDARD).split(sql);
        assertEquals(
                List.of("SELECT 1", "SELECT 2", "SELECT 3"),
                statements.stream().map(Statement::text).toList());
        assertEquals(List.of("1:1", "2:1", "4:1"), positions(statements));
    }

    @Test
    void columnsCountCodePoints() {
        // The emoji is two UTF-16 chars but one column.
        assertEquals(
                List.of("1:1", "1:13"),
                positions(new StatementSplitter(STANDARD).split("SELECT '\uD83D\uDE00'; SELECT 2;")));
    }

    @Test
    void linesInsideDollarQuotesAndCommentsAreCounted() {
        String sql = "SELECT $$\n;\n$$; /* \n\n */ SELECT 2;\nSELECT 3;";
        assertEquals(List.of("1:1", "5:5", "6:1"), positions(new StatementSplitter(POSTGRES).split(sql, 1)));
    }
}
