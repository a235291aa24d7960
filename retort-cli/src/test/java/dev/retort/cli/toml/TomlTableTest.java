package dev.retort.cli.toml;

import static dev.retort.cli.toml.TomlAssertions.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TomlTableTest {
    @Test
    void headersOpenTablesThatCollectTheKeysBelow() {
        Map<String, Object> document = TomlReader.parse("""
                top = 0
                [table-1]
                key1 = "some string"
                key2 = 123

                [table-2]
                key1 = "another string"
                key2 = 456
                """);
        assertEquals(
                Map.of(
                        "top", 0L,
                        "table-1", Map.of("key1", "some string", "key2", 123L),
                        "table-2", Map.of("key1", "another string", "key2", 456L)),
                document);
        assertEquals(List.of("top", "table-1", "table-2"), List.copyOf(document.keySet()));
    }

    @Test
    void headerKeysFollowKeyRules() {
        Map<String, Object> document = TomlReader.parse("""
                [dog."tater.man"]
                type.name = "pug"
                [a.b.c]
                [ d.e.f ]
                [ g .  h  . i ]
                [ j . "\u029E" . 'l' ]
                """);
        assertEquals(
                Map.of(
                        "dog", Map.of("tater.man", Map.of("type", Map.of("name", "pug"))),
                        "a", Map.of("b", Map.of("c", Map.of())),
                        "d", Map.of("e", Map.of("f", Map.of())),
                        "g", Map.of("h", Map.of("i", Map.of())),
                        "j", Map.of("\u029E", Map.of("l", Map.of()))),
                document);
    }

    @Test
    void aSuperTableMayBeDefinedAfterItsChildOnce() {
        assertEquals(
                Map.of("x", Map.of("y", Map.of("z", Map.of("w", Map.of())), "k", 1L)),
                TomlReader.parse("[x.y.z.w]\n[x]\nk = 1\n"));
    }

    @Test
    void tablesMayBeDefinedOutOfOrder() {
        assertEquals(
                Map.of("fruit", Map.of("apple", Map.of(), "orange", Map.of()), "animal", Map.of()),
                TomlReader.parse("[fruit.apple]\n[animal]\n[fruit.orange]\n"));
    }

    @Test
    void headersMayAddSubTablesToDottedKeyTables() {
        Map<String, Object> document = TomlReader.parse("""
                [fruit]
                apple.color = "red"
                apple.taste.sweet = true

                [fruit.apple.texture]  # you can add sub-tables
                smooth = true
                """);
        assertEquals(
                Map.of(
                        "fruit",
                        Map.of(
                                "apple",
                                Map.of(
                                        "color", "red",
                                        "taste", Map.of("sweet", true),
                                        "texture", Map.of("smooth", true)))),
                document);
    }

    @Test
    void arraysOfTables() {
        Map<String, Object> document = TomlReader.parse("""
                [[products]]
                name = "Hammer"
                sku = 738594937

                [[products]]  # empty table within the array

                [[products]]
                name = "Nail"
                sku = 284758393

                color = "gray"
                """);
        assertEquals(
                Map.of(
                        "products",
                        List.of(
                                Map.of("name", "Hammer", "sku", 738594937L),
                                Map.of(),
                                Map.of("name", "Nail", "sku", 284758393L, "color", "gray"))),
                document);
    }

    @Test
    void subTablesBelongToTheMostRecentArrayElement() {
        Map<String, Object> document = TomlReader.parse("""
                [[fruits]]
                name = "apple"

                [fruits.physical]  # subtable
                color = "red"
                shape = "round"

                [[fruits.varieties]]  # nested array of tables
                name = "red delicious"

                [[fruits.varieties]]
                name = "granny smith"


                [[fruits]]
                name = "banana"

                [[fruits.varieties]]
                name = "plantain"
                """);
        assertEquals(
                Map.of(
                        "fruits",
                        List.of(
                                Map.of(
                                        "name", "apple",
                                        "physical", Map.of("color", "red", "shape", "round"),
                                        "varieties",
                                                List.of(
                                                        Map.of("name", "red delicious"),
                                                        Map.of("name", "granny smith"))),
                                Map.of("name", "banana", "varieties", List.of(Map.of("name", "plantain"))))),
                document);
    }

    @Test
    void anArrayOfTablesMayImplyItsParentWhichIsDefinedLater() {
        assertEquals(
                Map.of("a", Map.of("b", List.of(Map.of("x", 1L)), "y", 2L)),
                TomlReader.parse("[[a.b]]\nx = 1\n[a]\ny = 2\n"));
    }

    @Test
    void inlineTables() {
        Map<String, Object> document = TomlReader.parse("""
                name = { first = "Tom", last = "Preston-Werner" }
                point = {x=1,y=2}
                animal = { type.name = "pug" }
                empty = {}
                spaced = {   }
                nested = { inner = { deep = [1, 2] }, other = 'x' }
                lines = { list = [
                  1,  # values inside may span lines
                  2,
                ] }
                """);
        assertEquals(
                Map.of(
                        "name", Map.of("first", "Tom", "last", "Preston-Werner"),
                        "point", Map.of("x", 1L, "y", 2L),
                        "animal", Map.of("type", Map.of("name", "pug")),
                        "empty", Map.of(),
                        "spaced", Map.of(),
                        "nested", Map.of("inner", Map.of("deep", List.of(1L, 2L)), "other", "x"),
                        "lines", Map.of("list", List.of(1L, 2L))),
                document);
        assertEquals(List.of("first", "last"), List.copyOf(((Map<?, ?>) document.get("name")).keySet()));
    }

    @Test
    void dottedKeysInsideInlineTables() {
        Map<String, Object> document = TomlReader.parse("""
                inline = {a.b = 42}
                many.dots.here = {a.b.c = 1, a.b.d = 2}
                d = {   'a'   .   "b"  =  1   }
                [tbl]
                a.b.c = {d.e=1}
                [[arr]]
                t = {a.b=1}
                [[arr]]
                t = {a.b=2}
                """);
        assertEquals(
                Map.of(
                        "inline", Map.of("a", Map.of("b", 42L)),
                        "many", Map.of("dots", Map.of("here", Map.of("a", Map.of("b", Map.of("c", 1L, "d", 2L))))),
                        "d", Map.of("a", Map.of("b", 1L)),
                        "tbl", Map.of("a", Map.of("b", Map.of("c", Map.of("d", Map.of("e", 1L))))),
                        "arr",
                                List.of(
                                        Map.of("t", Map.of("a", Map.of("b", 1L))),
                                        Map.of("t", Map.of("a", Map.of("b", 2L))))),
                document);
    }

    @Test
    void anArrayOfTablesMayLiveInADottedKeyTable() {
        assertEquals(
                Map.of("fruit", Map.of("apple", Map.of("color", "red", "seeds", List.of(Map.of("size", 2L))))),
                TomlReader.parse("[fruit]\napple.color = \"red\"\n\n[[fruit.apple.seeds]]\nsize = 2\n"));
    }

    @Test
    void emptyKeysWorkInDottedKeysAndHeaders() {
        assertEquals(
                Map.of("", Map.of("x", "empty.x"), "x", Map.of("", "x.empty"), "a", Map.of("", Map.of("", "e"))),
                TomlReader.parse("''.x = \"empty.x\"\nx.\"\" = \"x.empty\"\n[a]\n\"\".'' = \"e\"\n"));
        assertRejects("[a]\n\"\" = 1\n'' = 2", "3:1: key '\"\"' is defined twice (first at line 2)");
    }

    @Test
    void tablesDefinedTwice() {
        assertRejects("[fruit]\napple = \"red\"\n\n[fruit]\n", "4:2: table 'fruit' is defined twice (first at line 1)");
        assertRejects("[a.b]\n[a]\n[a]", "3:2: table 'a' is defined twice (first at line 2)");
        assertRejects("[ a . b ]\n[a.\"b\"]", "2:4: table 'a.b' is defined twice (first at line 1)");
        assertRejects(
                "[fruit]\napple.color = \"red\"\n\n[fruit.apple]",
                "4:8: table 'fruit.apple' is defined twice (first at line 2)");
        assertRejects(
                "[fruit]\napple.taste.sweet = true\n\n[fruit.apple.taste]",
                "4:14: table 'fruit.apple.taste' is defined twice (first at line 2)");
        assertRejects("a.b = 1\n[a]", "2:2: table 'a' is defined twice (first at line 1)");
    }

    @Test
    void headersCannotReplaceValues() {
        assertRejects(
                "[fruit]\napple = \"red\"\n[fruit.apple]",
                "3:8: cannot define table 'fruit.apple': 'fruit.apple' is already a string (line 2)");
        assertRejects("a = 1\n[a.b]", "2:2: cannot define table 'a.b': 'a' is already an integer (line 1)");
        assertRejects("a = [{}]\n[a.b]", "2:2: cannot define table 'a.b': 'a' is already an array (line 1)");
        assertRejects(
                "[t]\nd = 1979-05-27\n[t.d]", "3:4: cannot define table 't.d': 't.d' is already a local date (line 2)");
    }

    @Test
    void inlineTablesAreClosed() {
        String sealed = ", which cannot be extended";
        assertRejects(
                "[product]\ntype = { name = \"Nail\" }\ntype.edible = false",
                "3:1: cannot define key 'type.edible': 'type' is already an inline table (line 2)" + sealed);
        assertRejects(
                "[product]\ntype.name = \"Nail\"\ntype = { edible = false }",
                "3:1: key 'type' is defined twice (first at line 2)");
        assertRejects(
                "a = { b = 1 }\n[a.c]",
                "2:2: cannot define table 'a.c': 'a' is already an inline table (line 1)" + sealed);
        assertRejects("a = {}\n[a]", "2:2: cannot define table 'a': 'a' is already an inline table (line 1)" + sealed);
        assertRejects(
                "a = {}\n[[a]]",
                "2:3: cannot define array of tables 'a': 'a' is already an inline table (line 1)" + sealed);
        assertRejects(
                "a = { b = {}, b.c = 1 }",
                "1:15: cannot define key 'b.c': 'b' is already an inline table (line 1)" + sealed);
    }

    @Test
    void keysInsideInlineTablesFollowTheSameRules() {
        assertRejects("a = { b = 1, b = 2 }", "1:14: key 'b' is defined twice (first at line 1)");
        assertRejects("a = { b.c = 1, b = 2 }", "1:16: key 'b' is defined twice (first at line 1)");
        assertRejects("a = { b = 1, b.c = 2 }", "1:14: cannot define key 'b.c': 'b' is already an integer (line 1)");
    }

    @Test
    void dottedKeysCannotExtendTablesThatHeadersMade() {
        String header = "was created by a [table] header (line 1), so dotted keys cannot add to it";
        assertRejects("[a.b.c]\nz = 9\n[a]\nb.c.t = 1", "4:1: cannot define key 'b.c.t': table 'b' " + header);
        assertRejects("[a.b]\n[a]\nb.y = 2", "3:1: cannot define key 'b.y': table 'b' " + header);
        assertRejects(
                "[[a.b]]\n[a]\nb.y = 2", "3:1: cannot define key 'b.y': 'b' is already an array of tables (line 1)");
        assertRejects(
                "[[tab.arr]]\n[tab]\narr.val1 = 1",
                "3:1: cannot define key 'arr.val1': 'arr' is already an array of tables (line 1)");
    }

    @Test
    void arraysOfTablesCannotMixWithOtherKinds() {
        assertRejects(
                "fruits = []\n\n[[fruits]] # Not allowed",
                "3:3: cannot define array of tables 'fruits': 'fruits' is already an array (line 1)");
        assertRejects(
                "[fruit.physical]\ncolor = \"red\"\n[[fruit]]",
                "3:3: cannot define array of tables 'fruit': 'fruit' is already a table (line 1)");
        assertRejects(
                "[[fruits]]\nname = \"apple\"\n[[fruits.varieties]]\nname = \"red delicious\"\n[fruits.varieties]",
                "5:9: cannot define table 'fruits.varieties': 'fruits.varieties' is already an array of tables (line 3)");
        assertRejects(
                "[[fruits]]\n[fruits.physical]\ncolor = \"red\"\n[[fruits.physical]]",
                "4:10: cannot define array of tables 'fruits.physical': 'fruits.physical' is already a table (line 2)");
        assertRejects(
                "[[albums.songs]]\nname = \"Glory Days\"\n[[albums]]",
                "3:3: cannot define array of tables 'albums': 'albums' is already a table (line 1)");
        assertRejects("[[a]]\n[a]", "2:2: cannot define table 'a': 'a' is already an array of tables (line 1)");
        assertRejects("a = 1\n[[a.b]]", "2:3: cannot define array of tables 'a.b': 'a' is already an integer (line 1)");
    }

    @Test
    void malformedHeaders() {
        assertRejects("[a", "1:3: expected ']' to close the table header, found the end of the file");
        assertRejects("[a b]", "1:4: expected ']' to close the table header, found 'b'");
        assertRejects("[[a]\n", "1:5: expected ']]' to close the array-of-tables header, found a new line");
        assertRejects("[[a] ]", "1:5: expected ']]' to close the array-of-tables header, found a space");
        assertRejects("[]", "1:2: expected a key, found ']'");
        assertRejects("[ [a] ]", "1:3: expected a key, found '['");
        assertRejects("[a.]", "1:4: expected a key after '.', found ']'");
        assertRejects("[a] b = 1", "1:5: expected a new line or a comment after the table header, found 'b'");
        assertRejects("[a]]", "1:4: expected a new line or a comment after the table header, found ']'");
        assertRejects("[\"\"\"a\"\"\"]", "1:2: a multi-line string cannot be a key");
    }

    @Test
    void inlineTablesStayOnOneLine() {
        String newLine = "new line inside an inline table; write it on one line or use a [table] header";
        assertRejects("a = { b = 1,\n c = 2 }", "1:13: " + newLine);
        assertRejects("a = {\n}", "1:6: " + newLine);
        assertRejects("a = { b = 1\r\n}", "1:12: " + newLine);
        assertRejects("a = { b = 1, }", "1:12: a trailing comma is not allowed in an inline table");
        assertRejects("a = { b = 1", "1:12: unterminated inline table starting at line 1, column 5");
        assertRejects("a = { b = 1 c = 2 }", "1:13: expected ',' or '}' after a value in an inline table, found 'c'");
        assertRejects("a = { b = 1 # c }", "1:13: expected ',' or '}' after a value in an inline table, found '#'");
        assertRejects("a = { b }", "1:9: expected '=' after key 'b', found '}'");
        assertRejects("a = { b = }", "1:11: missing value for key 'b'");
        assertRejects("a = { b = 1,, c = 2 }", "1:13: expected a key, found ','");
        assertRejects("a = { , }", "1:7: expected a key, found ','");
    }
}
