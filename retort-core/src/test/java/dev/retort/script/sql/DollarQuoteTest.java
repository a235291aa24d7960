package dev.retort.script.sql;

import static dev.retort.script.sql.TestSyntaxes.POSTGRES;
import static dev.retort.script.sql.TestSyntaxes.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DollarQuoteTest {
    @Test
    void untaggedDollarQuoteHoldsSemicolons() {
        String sql = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT 2;";
        assertEquals(
                List.of("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql", "SELECT 2"),
                texts(POSTGRES, sql));
    }

    @Test
    void taggedDollarQuoteHoldsSemicolonsAndQuotes() {
        String sql = "DO $body$ BEGIN RAISE NOTICE 'it''s; here'; END $body$; SELECT 2;";
        assertEquals(
                List.of("DO $body$ BEGIN RAISE NOTICE 'it''s; here'; END $body$", "SELECT 2"), texts(POSTGRES, sql));
    }

    @Test
    void unbalancedQuotesInsideADollarQuoteAreText() {
        assertEquals(
                List.of("SELECT $$it's \"; /* $$", "SELECT 2"), texts(POSTGRES, "SELECT $$it's \"; /* $$; SELECT 2;"));
    }

    @Test
    void otherTagsDoNotCloseTheQuote() {
        String sql = "SELECT $fn$ a; $$ b; $inner$ c; $inner$ $fn$; SELECT 2;";
        assertEquals(List.of("SELECT $fn$ a; $$ b; $inner$ c; $inner$ $fn$", "SELECT 2"), texts(POSTGRES, sql));
    }

    @Test
    void tagsAreCaseSensitive() {
        assertEquals(
                List.of("SELECT $A$ x; $a$ y; $A$", "SELECT 2"),
                texts(POSTGRES, "SELECT $A$ x; $a$ y; $A$; SELECT 2;"));
    }

    @Test
    void underscoreAndDigitsMakeATag() {
        assertEquals(
                List.of("SELECT $_$ a; $_$, $t_1$ b; $t_1$", "SELECT 2"),
                texts(POSTGRES, "SELECT $_$ a; $_$, $t_1$ b; $t_1$; SELECT 2;"));
    }

    @Test
    void positionalParametersAreNotDollarQuotes() {
        String sql = "PREPARE q(int, int) AS SELECT $1 + $2; EXECUTE q(1, 2);";
        assertEquals(List.of("PREPARE q(int, int) AS SELECT $1 + $2", "EXECUTE q(1, 2)"), texts(POSTGRES, sql));
    }

    @Test
    void dollarInsideAnIdentifierIsNotAQuote() {
        assertEquals(
                List.of("SELECT a$b$c, x$ FROM t", "SELECT 2"), texts(POSTGRES, "SELECT a$b$c, x$ FROM t; SELECT 2;"));
    }

    @Test
    void loneDollarIsText() {
        assertEquals(List.of("SELECT $ 1", "SELECT 2"), texts(POSTGRES, "SELECT $ 1; SELECT 2;"));
    }

    @Test
    void dollarQuoteRightAfterAnIdentifierCharacterIsPartOfIt() {
        // The lexer reads "AS$$" as one identifier, so nothing opens here and ';' splits.
        assertEquals(List.of("SELECT 1 AS$$", "SELECT 2"), texts(POSTGRES, "SELECT 1 AS$$; SELECT 2;"));
    }
}
