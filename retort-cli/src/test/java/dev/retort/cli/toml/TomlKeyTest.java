package dev.retort.cli.toml;

import static dev.retort.cli.toml.TomlAssertions.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TomlKeyTest {
    @Test
    void bareKeys() {
        Map<String, Object> document = TomlReader.parse("key = 1\nbare_key = 2\nbare-key = 3\n1234 = 4\n-_ = 5\n");
        assertEquals(List.of("key", "bare_key", "bare-key", "1234", "-_"), List.copyOf(document.keySet()));
        assertEquals(Map.of("key", 1L, "bare_key", 2L, "bare-key", 3L, "1234", 4L, "-_", 5L), document);
    }

    @Test
    void quotedKeys() {
        Map<String, Object> document = TomlReader.parse("""
                "127.0.0.1" = "value"
                "character encoding" = "value"
                "\u028E\u01DD\u029E" = "value"
                'key2' = "value"
                'quoted "value"' = "value"
                "tab\\there" = "value"
                """);
        assertEquals(
                List.of(
                        "127.0.0.1",
                        "character encoding",
                        "\u028E\u01DD\u029E",
                        "key2",
                        "quoted \"value\"",
                        "tab\there"),
                List.copyOf(document.keySet()));
    }

    @Test
    void emptyQuotedKeysAreAllowed() {
        assertEquals(Map.of("", "blank"), TomlReader.parse("\"\" = \"blank\""));
        assertEquals(Map.of("", "blank"), TomlReader.parse("'' = 'blank'"));
    }

    @Test
    void dottedKeysMakeTables() {
        Map<String, Object> document = TomlReader.parse("""
                name = "Orange"
                physical.color = "orange"
                physical.shape = "round"
                site."google.com" = true
                """);
        assertEquals(
                Map.of(
                        "name", "Orange",
                        "physical", Map.of("color", "orange", "shape", "round"),
                        "site", Map.of("google.com", true)),
                document);
    }

    @Test
    void whitespaceAroundDotsIsIgnored() {
        Map<String, Object> document = TomlReader.parse(
                "fruit.name = \"banana\"\nfruit. color = \"yellow\"\nfruit \t.\t flavor = \"banana\"\n");
        assertEquals(Map.of("fruit", Map.of("name", "banana", "color", "yellow", "flavor", "banana")), document);
    }

    @Test
    void digitsAndDotsFormADottedKey() {
        assertEquals(Map.of("3", Map.of("14159", "pi")), TomlReader.parse("3.14159 = \"pi\""));
    }

    @Test
    void aQuotedDotIsPartOfTheName() {
        assertEquals(Map.of("a.b", 1L, "a", Map.of("b", 2L)), TomlReader.parse("\"a.b\" = 1\na.b = 2"));
    }

    @Test
    void dottedKeysMayBeDefinedOutOfOrder() {
        Map<String, Object> document = TomlReader.parse("""
                apple.type = "fruit"
                orange.type = "fruit"
                apple.skin = "thin"
                orange.skin = "thick"
                """);
        assertEquals(
                Map.of(
                        "apple", Map.of("type", "fruit", "skin", "thin"),
                        "orange", Map.of("type", "fruit", "skin", "thick")),
                document);
    }

    @Test
    void keysDefinedTwiceAreRejectedWithTheFirstLine() {
        assertRejects("name = \"Tom\"\nname = \"Pradyun\"", "2:1: key 'name' is defined twice (first at line 1)");
        assertRejects(
                "spelling = \"favorite\"\n\"spelling\" = \"favourite\"",
                "2:1: key 'spelling' is defined twice (first at line 1)");
        assertRejects("a.b = 1\n\na . b = 2", "3:5: key 'a.b' is defined twice (first at line 1)");
        assertRejects("a.b = 1\na = 2", "2:1: key 'a' is defined twice (first at line 1)");
        assertRejects("\"x y\".z = 1\n'x y'.\"z\" = 1", "2:7: key '\"x y\".z' is defined twice (first at line 1)");
    }

    @Test
    void dottedKeysCannotTurnAValueIntoATable() {
        assertRejects(
                "fruit.apple = 1\nfruit.apple.smooth = true",
                "2:7: cannot define key 'fruit.apple.smooth': " + "'fruit.apple' is already an integer (line 1)");
        assertRejects("a = [1]\na.b = 2", "2:1: cannot define key 'a.b': 'a' is already an array (line 1)");
    }

    @Test
    void malformedKeys() {
        assertRejects("= \"no key name\"", "1:1: expected a key, found '='");
        assertRejects("\"\"\"key\"\"\" = 1", "1:1: a multi-line string cannot be a key");
        assertRejects("'''key''' = 1", "1:1: a multi-line string cannot be a key");
        assertRejects("a. = 1", "1:4: expected a key after '.', found '='");
        assertRejects("a..b = 1", "1:3: expected a key after '.', found '.'");
        assertRejects(".a = 1", "1:1: expected a key, found '.'");
        assertRejects("a b = 1", "1:3: expected '=' after key 'a', found 'b'");
        assertRejects("url \"x\"", "1:5: expected '=' after key 'url', found '\"'");
        assertRejects("key", "1:4: expected '=' after key 'key', found the end of the file");
        assertRejects("key\nvalue = 1", "1:4: expected '=' after key 'key', found a new line");
        assertRejects("a.\"b c\" : 1", "1:9: expected '=' after key 'a.\"b c\"', found ':'");
        assertRejects("\u028E = 1", "1:1: expected a key, found '\u028E'");
        assertRejects(
                "\"a\\qb\" = 1",
                "1:3: invalid escape sequence '\\q'; "
                        + "expected one of \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX");
        assertRejects("\"key\n\" = 1", "1:5: unterminated string starting at line 1, column 1");
    }
}
