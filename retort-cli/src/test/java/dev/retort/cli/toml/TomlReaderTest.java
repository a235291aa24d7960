package dev.retort.cli.toml;

import static dev.retort.cli.toml.TomlAssertions.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TomlReaderTest {
    private static final String RETORT_TOML = """
            script_location = "migrations"        # holds versions/ and the script templates
            url = "sqlite:///app.db"
            format = "sql"
            version_table = "retort_version"

            [env.test]
            url = "postgresql://localhost/app_test"

            [env.production]
            protected = true
            """;

    @Test
    void readsARealisticRetortToml() {
        Map<String, Object> config = TomlReader.parse(RETORT_TOML);
        assertEquals(
                Map.of(
                        "script_location",
                        "migrations",
                        "url",
                        "sqlite:///app.db",
                        "format",
                        "sql",
                        "version_table",
                        "retort_version",
                        "env",
                        Map.of(
                                "test", Map.of("url", "postgresql://localhost/app_test"),
                                "production", Map.of("protected", true))),
                config);
        assertEquals(List.of("script_location", "url", "format", "version_table", "env"), List.copyOf(config.keySet()));
        assertEquals(List.of("test", "production"), List.copyOf(((Map<?, ?>) config.get("env")).keySet()));
    }

    @Test
    void readsTheSpecsOpeningExample() {
        Map<String, Object> document = TomlReader.parse("""
                # This is a TOML document

                title = "TOML Example"

                [owner]
                name = "Tom Preston-Werner"
                dob = 1979-05-27T07:32:00-08:00

                [database]
                enabled = true
                ports = [ 8000, 8001, 8002 ]
                data = [ ["delta", "phi"], [3.14] ]
                temp_targets = { cpu = 79.5, case = 72.0 }

                [servers]

                [servers.alpha]
                ip = "10.0.0.1"
                role = "frontend"

                [servers.beta]
                ip = "10.0.0.2"
                role = "backend"
                """);
        assertEquals(
                Map.of(
                        "title", "TOML Example",
                        "owner",
                                Map.of(
                                        "name",
                                        "Tom Preston-Werner",
                                        "dob",
                                        OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 0, ZoneOffset.ofHours(-8))),
                        "database",
                                Map.of(
                                        "enabled", true,
                                        "ports", List.of(8000L, 8001L, 8002L),
                                        "data", List.of(List.of("delta", "phi"), List.of(3.14)),
                                        "temp_targets", Map.of("cpu", 79.5, "case", 72.0)),
                        "servers",
                                Map.of(
                                        "alpha", Map.of("ip", "10.0.0.1", "role", "frontend"),
                                        "beta", Map.of("ip", "10.0.0.2", "role", "backend"))),
                document);
    }

    @Test
    void commentsEverywhere() {
        Map<String, Object> document = TomlReader.parse("""
                # Top comment.
                  # Top comment.

                # [no-extraneous-groups-please]

                [group] # Comment
                answer = 42 # Comment
                # no-extraneous-keys-please = 999
                more = [ # Comment
                  # What about multiple # comments?
                          # Evil.
                # Evil.
                  42, 42, # Comments within arrays are fun.
                # ] Did I fool you?
                ] # Hopefully not.

                # Make sure the space between the datetime and "#" isn't lexed.
                dt = 1979-05-27T07:32:12-07:00  # c
                d = 1979-05-27 # Comment
                """);
        assertEquals(
                Map.of(
                        "group",
                        Map.of(
                                "answer", 42L,
                                "more", List.of(42L, 42L),
                                "dt", OffsetDateTime.of(1979, 5, 27, 7, 32, 12, 0, ZoneOffset.ofHours(-7)),
                                "d", LocalDate.of(1979, 5, 27))),
                document);
    }

    @Test
    void returnsInsertionOrderedMutableCollections() {
        Map<String, Object> document = TomlReader.parse("z = 1\na = [1]\nm = { y = 1, b = 2 }\n[t]\n[[arr]]\n");
        assertInstanceOf(LinkedHashMap.class, document);
        assertEquals(List.of("z", "a", "m", "t", "arr"), List.copyOf(document.keySet()));
        assertInstanceOf(LinkedHashMap.class, document.get("m"));
        assertEquals(List.of("y", "b"), List.copyOf(((Map<?, ?>) document.get("m")).keySet()));
        assertInstanceOf(LinkedHashMap.class, document.get("t"));
        assertInstanceOf(ArrayList.class, document.get("a"));
        assertInstanceOf(ArrayList.class, document.get("arr"));
        document.put("added", "by the caller");
        assertEquals("by the caller", document.get("added"));
    }

    @Test
    void emptyAndBlankDocuments() {
        assertEquals(Map.of(), TomlReader.parse(""));
        assertEquals(Map.of(), TomlReader.parse("\n \t\n# only a comment\n   # another\r\n"));
        assertEquals(Map.of("a", 1L), TomlReader.parse("a = 1"));
        assertEquals(Map.of("a", 1L), TomlReader.parse("   a   =   1   # trailing comment"));
    }

    @Test
    void crlfLineEndingsAndByteOrderMark() {
        assertEquals(
                Map.of("a", 1L, "t", Map.of("b", "x")), TomlReader.parse("\uFEFFa = 1\r\n# c\r\n[t]\r\nb = \"x\"\r\n"));
        // The byte-order mark is not counted: columns match what an editor shows.
        assertRejects("\uFEFFa = ?", "1:5: expected a value, found '?'");
        assertRejects("a = 1\r\nb = 2 3\r\n", "2:7: expected a new line or a comment after the value, found '3'");
    }

    @Test
    void commentsMayHoldAnythingButControlCharacters() {
        assertEquals(Map.of("a", 1L), TomlReader.parse("# \u00E9\t\uD83D\uDE00 \"'[]{}=#\na = 1 #\u028E"));
        assertRejects("# a\u0001b", "1:4: control character U+0001 is not allowed in a comment");
        assertRejects("a = \"x\" # \u007F", "1:11: control character U+007F is not allowed in a comment");
        assertRejects("# a\rb", "1:4: a carriage return without a line feed is not allowed in a comment");
    }

    @Test
    void aLoneCarriageReturnIsNotANewLine() {
        assertRejects(
                "a = 1\rb = 2",
                "1:6: expected a new line or a comment after the value, found a carriage return without a line feed");
        assertRejects("\ra = 1", "1:1: expected a key, found a carriage return without a line feed");
    }

    @Test
    void missingValues() {
        assertRejects("key = # INVALID", "1:7: missing value for key 'key'");
        assertRejects("key =", "1:6: missing value for key 'key'");
        assertRejects("a.b =\nc = 1", "1:6: missing value for key 'a.b'");
        assertRejects("key = ]", "1:7: missing value for key 'key'");
    }

    @Test
    void oneKeyValuePairPerLine() {
        assertRejects(
                "first = \"Tom\" last = \"Preston-Werner\" # INVALID",
                "1:15: expected a new line or a comment after the value, found 'l'");
        assertRejects("a = true false", "1:10: expected a new line or a comment after the value, found 'f'");
        assertRejects("a = {} x", "1:8: expected a new line or a comment after the value, found 'x'");
    }

    @Test
    void valuesMustHaveAKnownForm() {
        assertEquals(Map.of("t", true, "f", false), TomlReader.parse("t = true\nf = false"));
        assertRejects("a = hello", "1:5: invalid value 'hello'; a string must be in quotes");
        assertRejects("a = hello world", "1:5: invalid value 'hello'; a string must be in quotes");
        assertRejects("a = True", "1:5: 'True' must be written in lowercase: 'true'");
        assertRejects("a = FALSE", "1:5: 'FALSE' must be written in lowercase: 'false'");
        assertRejects("a = truee", "1:5: invalid value 'truee'; a string must be in quotes");
        assertRejects("a = ?", "1:5: expected a value, found '?'");
        assertRejects("a = _1", "1:5: expected a value, found '_'");
        assertRejects("a =\u00A01", "1:4: expected a value, found '\u00A0' (U+00A0)");
        assertRejects("a = \u0001", "1:5: expected a value, found control character U+0001");
    }

    @Test
    void columnsCountCodePointsAndLinesCountAfterMultiLineStrings() {
        assertRejects("a = \"\uD83D\uDE00\" b", "1:9: expected a new line or a comment after the value, found 'b'");
        assertRejects(
                "a = \"\"\"\none\ntwo\"\"\" x", "3:8: expected a new line or a comment after the value, found 'x'");
        assertRejects("a = '''\r\n\r\n''' 1\n", "3:5: expected a new line or a comment after the value, found '1'");
    }

    @Test
    void rejectsNullText() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> TomlReader.parse(null));
        assertEquals("text", error.getMessage());
    }

    @Test
    void parsesConcurrentlyWithoutSharedState() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Map<String, Object>>> tasks = new ArrayList<>();
            for (int index = 0; index < 200; index++) {
                tasks.add(() -> TomlReader.parse(RETORT_TOML));
            }
            Map<String, Object> expected = TomlReader.parse(RETORT_TOML);
            for (Future<Map<String, Object>> result : pool.invokeAll(tasks)) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
