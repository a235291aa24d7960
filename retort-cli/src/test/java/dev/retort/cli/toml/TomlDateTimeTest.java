package dev.retort.cli.toml;

import static dev.retort.cli.toml.TomlAssertions.assertRejects;
import static dev.retort.cli.toml.TomlAssertions.valueOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TomlDateTimeTest {
    private static final ZoneOffset MINUS_SEVEN = ZoneOffset.ofHours(-7);

    @Test
    void offsetDateTimes() {
        assertEquals(OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 0, ZoneOffset.UTC), valueOf("1979-05-27T07:32:00Z"));
        assertEquals(OffsetDateTime.of(1979, 5, 27, 0, 32, 0, 0, MINUS_SEVEN), valueOf("1979-05-27T00:32:00-07:00"));
        assertEquals(
                OffsetDateTime.of(1979, 5, 27, 0, 32, 0, 999_999_000, MINUS_SEVEN),
                valueOf("1979-05-27T00:32:00.999999-07:00"));
        assertEquals(OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 0, ZoneOffset.UTC), valueOf("1979-05-27 07:32:00Z"));
        assertEquals(OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 0, ZoneOffset.UTC), valueOf("1979-05-27t07:32:00z"));
        assertEquals(
                OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(5, 30)),
                valueOf("2024-02-29T23:59:59+05:30"));
        assertEquals(
                OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-18)),
                valueOf("2000-01-01T00:00:00-18:00"));
    }

    @Test
    void localDateTimesDatesAndTimes() {
        assertEquals(LocalDateTime.of(1979, 5, 27, 7, 32, 0), valueOf("1979-05-27T07:32:00"));
        assertEquals(LocalDateTime.of(1979, 5, 27, 0, 32, 0, 999_999_000), valueOf("1979-05-27T00:32:00.999999"));
        assertEquals(LocalDateTime.of(1979, 5, 27, 7, 32, 0), valueOf("1979-05-27 07:32:00"));
        assertEquals(LocalDate.of(1979, 5, 27), valueOf("1979-05-27"));
        assertEquals(LocalDate.of(2000, 2, 29), valueOf("2000-02-29"));
        assertEquals(LocalTime.of(7, 32, 0), valueOf("07:32:00"));
        assertEquals(LocalTime.of(0, 32, 0, 999_999_000), valueOf("00:32:00.999999"));
        assertEquals(LocalTime.of(0, 0, 0, 500_000_000), valueOf("00:00:00.5"));
    }

    @Test
    void precisionBeyondNanosecondsIsTruncatedNotRounded() {
        assertEquals(LocalTime.of(0, 0, 0, 123_456_789), valueOf("00:00:00.1234567899"));
        assertEquals(LocalTime.of(0, 0, 0, 999_999_999), valueOf("00:00:00.99999999999"));
    }

    @Test
    void aSpaceBeforeSomethingOtherThanATimeEndsTheDate() {
        Map<String, Object> document = TomlReader.parse("d = 1979-05-27 # birthday\nlist = [1979-05-27 , 07:32:00]\n");
        assertEquals(LocalDate.of(1979, 5, 27), document.get("d"));
        assertEquals(List.of(LocalDate.of(1979, 5, 27), LocalTime.of(7, 32)), document.get("list"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "a = 1979-13-01          | 1:10: month 13 is out of range (01-12)",
                "a = 1979-00-01          | 1:10: month 00 is out of range (01-12)",
                "a = 2023-02-29          | 1:13: day 29 does not exist in 2023-02 (it has 28 days)",
                "a = 1900-02-29          | 1:13: day 29 does not exist in 1900-02 (it has 28 days)",
                "a = 1979-04-31          | 1:13: day 31 does not exist in 1979-04 (it has 30 days)",
                "a = 1979-04-00          | 1:13: day 00 does not exist in 1979-04 (it has 30 days)",
                "a = 1979-05-27T24:00:00 | 1:16: hour 24 is out of range (00-23)",
                "a = 1979-05-27T07:60:00 | 1:19: minute 60 is out of range (00-59)",
                "a = 1979-05-27T07:32:60 | 1:22: second 60 is out of range (00-59; leap seconds are not supported)",
                "a = 1979-5-27           | 1:11: expected a 2-digit month, found '-'",
                "a = 1979-05-7           | 1:14: expected a 2-digit day, found the end of the file",
                "a = 1979-05/27          | 1:12: expected '-' between month and day, found '/'",
                "a = 1979-05-27T7:32:00  | 1:17: expected a 2-digit hour, found ':'",
                "a = 1979-05-27T         | 1:16: expected a 2-digit hour, found the end of the file",
                "a = 1979-05-27T07.32:00 | 1:18: expected ':' between hour and minute, found '.'",
                "a = 07:32               | 1:10: expected ':' between minute and second, found the end of the file",
                "a = 1979-05-27 07:32    | 1:21: expected ':' between minute and second, found the end of the file",
                "a = 07:32:00.           | 1:14: expected a digit after '.' in the seconds, found the end of the file",
                "a = 1979-05-27T07:32:00+0700  | 1:27: expected ':' between offset hour and minute, found '0'",
                "a = 1979-05-27T07:32:00+24:00 | 1:25: offset hour 24 is out of range (00-23)",
                "a = 1979-05-27T07:32:00-07:60 | 1:28: offset minute 60 is out of range (00-59)",
                "a = 1979-05-27T07:32:00+19:00 | 1:24: offset +19:00 is outside the supported range -18:00 to +18:00",
                "a = 07:32:00Z           | 1:13: a time without a date cannot have an offset",
                "a = 07:32:00-07:00      | 1:13: a time without a date cannot have an offset",
                "a = 1979-05-27X         | 1:15: expected a new line or a comment after the value, found 'X'",
                "a = 1979-05-27T07:32:00ZZ | 1:25: expected a new line or a comment after the value, found 'Z'",
            })
    void malformedDatesAndTimesPointAtTheField(String toml, String expected) {
        assertRejects(toml, expected);
    }
}
