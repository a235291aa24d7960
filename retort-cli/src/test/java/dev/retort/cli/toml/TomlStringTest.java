package dev.retort.cli.toml;

import static dev.retort.cli.toml.TomlAssertions.assertRejects;
import static dev.retort.cli.toml.TomlAssertions.valueOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TomlStringTest {
    private static final String FOX = "The quick brown fox jumps over the lazy dog.";

    @Test
    void basicStringKeepsTextAndResolvesEveryEscape() {
        assertEquals(
                "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF.",
                valueOf("\"I'm a string. \\\"You can quote me\\\". Name\\tJos\\u00E9\\nLocation\\tSF.\""));
        assertEquals("\b\t\n\f\r\"\\", valueOf("\"\\b\\t\\n\\f\\r\\\"\\\\\""));
        assertEquals("\u00E9", valueOf("\"\\u00e9\""));
        assertEquals("\uD83D\uDE00", valueOf("\"\\U0001F600\""));
        assertEquals("\u0000", valueOf("\"\\u0000\""));
        assertEquals("\uD83D\uDE00 \u028E\u01DD\u029E", valueOf("\"\uD83D\uDE00 \u028E\u01DD\u029E\""));
    }

    @Test
    void emptyStringsOfEveryForm() {
        assertEquals("", valueOf("\"\""));
        assertEquals("", valueOf("''"));
        assertEquals("", valueOf("\"\"\"\"\"\""));
        assertEquals("", valueOf("''''''"));
    }

    @Test
    void rawTabIsAllowedInStrings() {
        assertEquals("a\tb", valueOf("\"a\tb\""));
        assertEquals("a\tb", valueOf("'a\tb'"));
    }

    @Test
    void literalStringsHaveNoEscapes() {
        assertEquals("C:\\Users\\nodejs\\templates", valueOf("'C:\\Users\\nodejs\\templates'"));
        assertEquals("\\\\ServerX\\admin$\\system32\\", valueOf("'\\\\ServerX\\admin$\\system32\\'"));
        assertEquals("Tom \"Dubs\" Preston-Werner", valueOf("'Tom \"Dubs\" Preston-Werner'"));
        assertEquals("<\\i\\c*\\s*>", valueOf("'<\\i\\c*\\s*>'"));
    }

    @Test
    void multiLineBasicTrimsTheFirstNewLineAndKeepsTheRest() {
        assertEquals("Roses are red\nViolets are blue", valueOf("\"\"\"\nRoses are red\nViolets are blue\"\"\""));
        assertEquals("one\n\ntwo\n", valueOf("\"\"\"one\n\ntwo\n\"\"\""));
        assertEquals("\nsecond", valueOf("\"\"\"\n\nsecond\"\"\""));
        assertEquals("tab\there", valueOf("\"\"\"tab\\there\"\"\""));
    }

    @Test
    void lineEndingBackslashTrimsWhitespaceAndNewLines() {
        Map<String, Object> document = TomlReader.parse("""
                str1 = "The quick brown fox jumps over the lazy dog."
                str2 = \"""
                The quick brown \\


                  fox jumps over \\
                    the lazy dog.\"""
                str3 = \"""\\
                       The quick brown \\
                       fox jumps over \\
                       the lazy dog.\\
                       \"""
                """);
        assertEquals(Map.of("str1", FOX, "str2", FOX, "str3", FOX), document);
        assertEquals("a b", valueOf("\"\"\"a \\ \t \n  \n b\"\"\""));
        assertEquals("ab", valueOf("\"\"\"a\\\r\n  b\"\"\""));
    }

    @Test
    void quotesInsideMultiLineStrings() {
        assertEquals(
                "Here are two quotation marks: \"\". Simple enough.",
                valueOf("\"\"\"Here are two quotation marks: \"\". Simple enough.\"\"\""));
        assertEquals(
                "Here are three quotation marks: \"\"\".",
                valueOf("\"\"\"Here are three quotation marks: \"\"\\\".\"\"\""));
        assertEquals(
                "Here are fifteen quotation marks: " + "\"".repeat(15) + ".",
                valueOf("\"\"\"Here are fifteen quotation marks: \"\"\\\"\"\"\\\"\"\"\\\"\"\"\\\"\"\"\\\".\"\"\""));
        assertEquals(
                "\"This,\" she said, \"is just a pointless statement.\"",
                valueOf("\"\"\"\"This,\" she said, \"is just a pointless statement.\"\"\"\""));
        assertEquals("a\"\"", valueOf("\"\"\"a\"\"\"\"\""));
    }

    @Test
    void multiLineLiteralKeepsEverythingButTheFirstNewLine() {
        assertEquals(
                "The first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n",
                valueOf(
                        "'''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''"));
        assertEquals("I [dw]on't need \\d{2} apples", valueOf("'''I [dw]on't need \\d{2} apples'''"));
        assertEquals(
                "Here are fifteen quotation marks: " + "\"".repeat(15),
                valueOf("'''Here are fifteen quotation marks: " + "\"".repeat(15) + "'''"));
        assertEquals(
                "'That,' she said, 'is still pointless.'", valueOf("''''That,' she said, 'is still pointless.''''"));
        assertEquals("a\\\nb", valueOf("'''a\\\nb'''"));
    }

    @Test
    void crlfInsideMultiLineStringsBecomesLf() {
        assertEquals("a\nb\n", valueOf("\"\"\"\r\na\r\nb\r\n\"\"\""));
        assertEquals("a\nb", valueOf("'''\r\na\r\nb'''"));
    }

    @Test
    void unterminatedStringsNameWhereTheyStarted() {
        assertRejects("a = \"abc", "1:9: unterminated string starting at line 1, column 5");
        assertRejects("x = 1\na = \"abc\nb = 1", "2:9: unterminated string starting at line 2, column 5");
        assertRejects("a = 'abc\r\n", "1:9: unterminated string starting at line 1, column 5");
        assertRejects("a = \"\"\"abc\n\n", "3:1: unterminated multi-line string starting at line 1, column 5");
        assertRejects("a = '''abc''", "1:13: unterminated multi-line string starting at line 1, column 5");
    }

    @Test
    void invalidEscapesAreRejected() {
        String expected = "; expected one of \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX";
        assertRejects("a = \"x\\qy\"", "1:7: invalid escape sequence '\\q'" + expected);
        // \e and \x are TOML 1.1, not 1.0.
        assertRejects("a = \"\\e\"", "1:6: invalid escape sequence '\\e'" + expected);
        assertRejects("a = \"\\x41\"", "1:6: invalid escape sequence '\\x'" + expected);
        assertRejects("a = \"a\\ b\"", "1:7: invalid escape sequence: '\\' followed by a space" + expected);
        assertRejects("a = \"a\\\nb\"", "1:7: invalid escape sequence: '\\' followed by a new line" + expected);
        assertRejects("a = \"\"\"a\\  b\"\"\"", "1:9: invalid escape sequence: '\\' followed by a space" + expected);
    }

    @Test
    void unicodeEscapesNeedDigitsAndScalarValues() {
        assertRejects("a = \"\\u12G4\"", "1:10: expected 4 hexadecimal digits after '\\u', found 'G'");
        assertRejects("a = \"\\u12\"", "1:10: expected 4 hexadecimal digits after '\\u', found '\"'");
        assertRejects("a = \"\\U0001F60\"", "1:15: expected 8 hexadecimal digits after '\\U', found '\"'");
        String scalar = " is not a Unicode scalar value (surrogates D800-DFFF and values above 10FFFF are not allowed)";
        assertRejects("a = \"x\\uD800\"", "1:7: escape '\\uD800'" + scalar);
        assertRejects("a = \"\\U00110000\"", "1:6: escape '\\U00110000'" + scalar);
        assertRejects("a = \"\\UFFFFFFFF\"", "1:6: escape '\\UFFFFFFFF'" + scalar);
    }

    @Test
    void controlCharactersMustBeEscaped() {
        assertRejects("a = \"x\u0001\"", "1:7: control character U+0001 is not allowed in a string");
        assertRejects("a = 'x\u007F'", "1:7: control character U+007F is not allowed in a string");
        assertRejects("a = \"\"\"\n\u0000\"\"\"", "2:1: control character U+0000 is not allowed in a string");
        assertRejects("a = '''x\u001F'''", "1:9: control character U+001F is not allowed in a string");
        assertRejects("a = '''x\ry'''", "1:9: a carriage return without a line feed is not allowed in a string");
        assertRejects("a = \"x\ry\"", "1:7: a carriage return without a line feed is not allowed in a string");
    }

    @Test
    void quotesAfterTheClosingDelimiterAreTrailingGarbage() {
        assertRejects("a = \"\"\"a\"\"\"\"\"\"", "1:14: expected a new line or a comment after the value, found '\"'");
        assertRejects("a = \"a\"\"", "1:8: expected a new line or a comment after the value, found '\"'");
    }
}
