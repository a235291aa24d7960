package dev.retort.cli.toml;

import static dev.retort.cli.toml.TomlAssertions.assertRejects;
import static dev.retort.cli.toml.TomlAssertions.valueOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TomlArrayTest {
    @Test
    void arraysOfOneKind() {
        assertEquals(List.of(1L, 2L, 3L), valueOf("[ 1, 2, 3 ]"));
        assertEquals(List.of("red", "yellow", "green"), valueOf("[ \"red\", \"yellow\", \"green\" ]"));
        assertEquals(
                List.of("all", "strings", "are the same", "type"),
                valueOf("[ \"all\", 'strings', \"\"\"are the same\"\"\", '''type''' ]"));
        assertEquals(List.of(), valueOf("[]"));
        assertEquals(List.of(), valueOf("[ \n # nothing here\n ]"));
    }

    @Test
    void nestedAndMixedArrays() {
        assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L, 5L)), valueOf("[ [ 1, 2 ], [3, 4, 5] ]"));
        assertEquals(List.of(List.of(1L, 2L), List.of("a", "b", "c")), valueOf("[ [ 1, 2 ], [\"a\", \"b\", \"c\"] ]"));
        assertEquals(List.of(0.1, 0.2, 0.5, 1L, 2L, 5L), valueOf("[ 0.1, 0.2, 0.5, 1, 2, 5 ]"));
        assertEquals(
                List.of(
                        "Foo Bar <foo@example.com>",
                        Map.of("name", "Baz Qux", "email", "bazqux@example.com", "url", "https://example.com/bazqux")),
                valueOf(
                        "[\n  \"Foo Bar <foo@example.com>\",\n"
                                + "  { name = \"Baz Qux\", email = \"bazqux@example.com\", url = \"https://example.com/bazqux\" }\n]"));
        assertEquals(List.of(true, LocalDate.of(2020, 1, 1), List.of()), valueOf("[true,2020-01-01,[]]"));
    }

    @Test
    void newLinesCommentsAndATrailingCommaAreAllowed() {
        assertEquals(List.of(1L, 2L, 3L), valueOf("[\n  1,\n  2,\n  3\n]"));
        assertEquals(List.of(1L, 2L), valueOf("[\n  1, # one\n  2, # two\n]"));
        assertEquals(List.of(1L, 2L), valueOf("[1\n,2\n,]"));
        assertEquals(List.of(1L, 2L), valueOf("[\r\n1,\r\n2\r\n]"));
        assertEquals(List.of(1L, 2L), valueOf("[\t1 ,\t2\t]"));
    }

    @Test
    void malformedArrays() {
        assertRejects("a = [1 2]", "1:8: expected ',' or ']' after an array element, found '2'");
        assertRejects("a = [1,,2]", "1:8: expected a value, found ','");
        assertRejects("a = [,]", "1:6: expected a value, found ','");
        assertRejects("a = [1, 2", "1:10: unterminated array starting at line 1, column 5");
        assertRejects("a = [\n1,\n", "3:1: unterminated array starting at line 1, column 5");
        assertRejects("a = [1, 2}", "1:10: expected ',' or ']' after an array element, found '}'");
        assertRejects("a = [1, # \u0007\n]", "1:11: control character U+0007 is not allowed in a comment");
        assertRejects("a = [1]]", "1:8: expected a new line or a comment after the value, found ']'");
    }

    @Test
    void nestingHasALimit() {
        int limit = ValueParser.MAX_NESTING;
        String deepest = "[".repeat(limit) + "]".repeat(limit);
        Object value = valueOf(deepest);
        for (int depth = 1; depth < limit; depth++) {
            value = ((List<?>) value).get(0);
        }
        assertEquals(List.of(), value);
        assertRejects(
                "a = " + "[".repeat(limit + 1) + "]".repeat(limit + 1),
                "1:" + (5 + limit) + ": arrays and inline tables are nested more than " + limit + " deep");
        assertRejects(
                "a = " + "{b=".repeat(limit + 1) + "1" + "}".repeat(limit + 1),
                "1:" + (5 + 3 * limit) + ": arrays and inline tables are nested more than " + limit + " deep");
    }
}
