package dev.retort.cli.toml;

import static dev.retort.cli.toml.TomlAssertions.assertRejects;
import static dev.retort.cli.toml.TomlAssertions.valueOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TomlNumberTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "+99, 99",
        "42, 42",
        "0, 0",
        "+0, 0",
        "-0, 0",
        "-17, -17",
        "1_000, 1000",
        "5_349_221, 5349221",
        "53_49_221, 5349221",
        "1_2_3_4_5, 12345",
        "9223372036854775807, 9223372036854775807",
        "-9223372036854775808, -9223372036854775808",
        "0xDEADBEEF, 3735928559",
        "0xdeadbeef, 3735928559",
        "0xdead_beef, 3735928559",
        "0x00ff, 255",
        "0x7FFFFFFFFFFFFFFF, 9223372036854775807",
        "0o01234567, 342391",
        "0o755, 493",
        "0b11010110, 214",
        "0b0, 0",
    })
    void integersAreLongs(String toml, long expected) {
        assertEquals(Long.valueOf(expected), valueOf(toml));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "+1.0, 1.0",
        "3.1415, 3.1415",
        "-0.01, -0.01",
        "5e+22, 5e22",
        "1e06, 1e6",
        "-2E-2, -0.02",
        "6.626e-34, 6.626e-34",
        "224_617.445_991_228, 224617.445991228",
        "0.000_15, 0.00015",
        "0e0, 0.0",
        "1e1_0, 1e10",
        "1.5e007, 1.5e7",
        "-0.0, -0.0",
        "+0.0, 0.0",
        "inf, Infinity",
        "+inf, Infinity",
        "-inf, -Infinity",
        "nan, NaN",
        "+nan, NaN",
        "-nan, NaN",
        // IEEE 754 binary64 rounding: too large becomes infinity, as the spec's float type implies.
        "1e400, Infinity",
    })
    void floatsAreDoubles(String toml, double expected) {
        assertEquals(Double.valueOf(expected), valueOf(toml));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "a = 012          | 1:5: invalid number '012': leading zeros are not allowed",
                "a = -012         | 1:6: invalid number '-012': leading zeros are not allowed",
                "a = 0_1          | 1:5: invalid number '0_1': leading zeros are not allowed",
                "a = 00.5         | 1:5: invalid number '00.5': leading zeros are not allowed",
                "a = 1__000       | 1:6: invalid number '1__000': an underscore must be between two digits",
                "a = 1_           | 1:6: invalid number '1_': an underscore must be between two digits",
                "a = 1_000_       | 1:10: invalid number '1_000_': an underscore must be between two digits",
                "a = 1_.5         | 1:6: invalid number '1_.5': an underscore must be between two digits",
                "a = 1._5         | 1:7: invalid number '1._5': expected a digit after the decimal point, found '_'",
                "a = 7.           | 1:7: invalid number '7.': expected a digit after the decimal point, found the end of the file",
                "a = 3.e+20       | 1:7: invalid number '3.e+20': expected a digit after the decimal point, found 'e'",
                "a = 1e           | 1:7: invalid number '1e': expected a digit in the exponent, found the end of the file",
                "a = 1e_5         | 1:7: invalid number '1e_5': expected a digit in the exponent, found '_'",
                "a = 1e+          | 1:8: invalid number '1e+': expected a digit in the exponent, found the end of the file",
                "a = 1.2.3        | 1:8: invalid number '1.2.3': unexpected '.'",
                "a = 0X1F         | 1:6: invalid number '0X1F': unexpected 'X'",
                "a = 12a          | 1:7: invalid number '12a': unexpected 'a'",
                "a = +            | 1:6: invalid number '+': expected a digit, found the end of the file",
                "a = +Inf         | 1:6: invalid number '+Inf': expected a digit, found 'I'",
                "a = +0x10        | 1:5: invalid number '+0x10': an integer with a 0x, 0o or 0b prefix cannot have a sign",
                "a = -0b1         | 1:5: invalid number '-0b1': an integer with a 0x, 0o or 0b prefix cannot have a sign",
                "a = 0x           | 1:7: invalid number '0x': expected a hexadecimal digit after '0x', found the end of the file",
                "a = 0x_1         | 1:7: invalid number '0x_1': expected a hexadecimal digit after '0x', found '_'",
                "a = 0o8          | 1:7: invalid number '0o8': expected an octal digit after '0o', found '8'",
                "a = 0b102        | 1:9: invalid number '0b102': '2' is not a binary digit",
                "a = 0xdead_      | 1:11: invalid number '0xdead_': an underscore must be between two digits",
                "a = 0x1.5        | 1:8: invalid number '0x1.5': '.' is not a hexadecimal digit",
            })
    void malformedNumbersPointAtTheOffendingCharacter(String toml, String expected) {
        assertRejects(toml, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "a = 9223372036854775808   | 9223372036854775808",
                "a = -9223372036854775809  | -9223372036854775809",
                "a = 0x8000000000000000    | 0x8000000000000000",
                "a = 0o1777777777777777777777 | 0o1777777777777777777777",
            })
    void integersBeyond64BitsAreRejected(String toml, String number) {
        assertRejects(
                toml,
                "1:5: integer " + number + " does not fit in 64 bits (-9223372036854775808 to 9223372036854775807)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "a = Inf      | 1:5: 'Inf' must be written in lowercase: 'inf'",
                "a = NaN      | 1:5: 'NaN' must be written in lowercase: 'nan'",
                "a = infinity | 1:5: invalid value 'infinity'; a string must be in quotes",
                "a = .7       | 1:5: expected a value, found '.'",
                "a = 1 000    | 1:7: expected a new line or a comment after the value, found '0'",
            })
    void wordsAndFragmentsThatAreNotNumbers(String toml, String expected) {
        assertRejects(toml, expected);
    }
}
