package dev.retort.cli.toml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the four TOML date and time forms (RFC 3339 with TOML's relaxations) into {@code java.time}
 * values: {@link OffsetDateTime}, {@link LocalDateTime}, {@link LocalDate} and {@link LocalTime}.
 * Stateless.
 */
final class DateTimeParser {
    private static final int NANO_DIGITS = 9;

    private DateTimeParser() {}

    /** True when the digits at the cursor start a date ({@code 1979-}) or a time ({@code 07:}). */
    static boolean startsHere(Cursor cursor) {
        boolean date = digitsAhead(cursor, 4) && cursor.peek(4) == '-';
        return date || (digitsAhead(cursor, 2) && cursor.peek(2) == ':');
    }

    static Object read(Cursor cursor) {
        if (cursor.peek(4) != '-') {
            return localTime(cursor);
        }
        LocalDate date = date(cursor);
        int c = cursor.peek();
        // A space may separate date and time, but only a digit after it makes it a date-time:
        // "1979-05-27 # birthday" is a date with a comment.
        if (c != 'T' && c != 't' && !(c == ' ' && Cursor.isDigit(cursor.peek(1)))) {
            return date;
        }
        cursor.advance();
        LocalTime time = time(cursor);
        c = cursor.peek();
        if (c == 'Z' || c == 'z') {
            cursor.advance();
            return OffsetDateTime.of(date, time, ZoneOffset.UTC);
        }
        if (c == '+' || c == '-') {
            return OffsetDateTime.of(date, time, offset(cursor));
        }
        return LocalDateTime.of(date, time);
    }

    private static LocalTime localTime(Cursor cursor) {
        LocalTime time = time(cursor);
        int c = cursor.peek();
        if (c == 'Z' || c == 'z' || ((c == '+' || c == '-') && Cursor.isDigit(cursor.peek(1)))) {
            throw cursor.error(cursor.position(), "a time without a date cannot have an offset");
        }
        return time;
    }

    private static LocalDate date(Cursor cursor) {
        int year = number(cursor, 4, "year");
        expect(cursor, '-', "between year and month");
        int monthAt = cursor.position();
        int month = number(cursor, 2, "month");
        expect(cursor, '-', "between month and day");
        int dayAt = cursor.position();
        int day = number(cursor, 2, "day");
        if (month < 1 || month > 12) {
            throw cursor.error(monthAt, "month " + cursor.text(monthAt, monthAt + 2) + " is out of range (01-12)");
        }
        int days = daysIn(year, month);
        if (day < 1 || day > days) {
            throw cursor.error(
                    dayAt,
                    "day " + cursor.text(dayAt, dayAt + 2) + " does not exist in " + cursor.text(dayAt - 8, dayAt - 1)
                            + " (it has " + days + " days)");
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * Days in a month of the proleptic Gregorian calendar. Computed here because loading
     * {@code java.time.Year} builds a date formatter, which costs start-up time.
     */
    private static int daysIn(int year, int month) {
        if (month == 2) {
            boolean isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return isLeap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static LocalTime time(Cursor cursor) {
        int hour = ranged(cursor, "hour", 23);
        expect(cursor, ':', "between hour and minute");
        int minute = ranged(cursor, "minute", 59);
        // TOML 1.0 requires seconds; only TOML 1.1 makes them optional.
        expect(cursor, ':', "between minute and second");
        int second = ranged(cursor, "second", 59);
        return LocalTime.of(hour, minute, second, fraction(cursor));
    }

    /** Nanoseconds from an optional ".123..."; digits past the ninth are cut, as the spec asks. */
    private static int fraction(Cursor cursor) {
        if (cursor.peek() != '.') {
            return 0;
        }
        cursor.advance();
        if (!Cursor.isDigit(cursor.peek())) {
            throw cursor.error(
                    cursor.position(),
                    "expected a digit after '.' in the seconds, found " + cursor.found(cursor.position()));
        }
        int nanos = 0;
        int count = 0;
        while (Cursor.isDigit(cursor.peek())) {
            if (count < NANO_DIGITS) {
                nanos = nanos * 10 + (cursor.peek() - '0');
                count++;
            }
            cursor.advance();
        }
        for (; count < NANO_DIGITS; count++) {
            nanos *= 10;
        }
        return nanos;
    }

    private static ZoneOffset offset(Cursor cursor) {
        int start = cursor.position();
        int sign = cursor.peek() == '-' ? -1 : 1;
        cursor.advance();
        int hours = ranged(cursor, "offset hour", 23);
        expect(cursor, ':', "between offset hour and minute");
        int minutes = ranged(cursor, "offset minute", 59);
        // RFC 3339 allows up to +-23:59, but java.time stops at +-18:00 (no real zone is further).
        if (hours * 60 + minutes > 18 * 60) {
            throw cursor.error(
                    start,
                    "offset " + cursor.text(start, cursor.position())
                            + " is outside the supported range -18:00 to +18:00");
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int ranged(Cursor cursor, String field, int maximum) {
        int start = cursor.position();
        int value = number(cursor, 2, field);
        if (value > maximum) {
            String note = field.equals("second") ? "; leap seconds are not supported" : "";
            throw cursor.error(
                    start,
                    field + " " + cursor.text(start, start + 2) + " is out of range (00-" + maximum + note + ")");
        }
        return value;
    }

    private static int number(Cursor cursor, int digits, String field) {
        int value = 0;
        for (int index = 0; index < digits; index++) {
            int c = cursor.peek();
            if (!Cursor.isDigit(c)) {
                throw cursor.error(
                        cursor.position(),
                        "expected a " + digits + "-digit " + field + ", found " + cursor.found(cursor.position()));
            }
            value = value * 10 + (c - '0');
            cursor.advance();
        }
        return value;
    }

    private static void expect(Cursor cursor, char separator, String where) {
        if (cursor.peek() != separator) {
            throw cursor.error(
                    cursor.position(),
                    "expected '" + separator + "' " + where + ", found " + cursor.found(cursor.position()));
        }
        cursor.advance();
    }

    private static boolean digitsAhead(Cursor cursor, int count) {
        for (int index = 0; index < count; index++) {
            if (!Cursor.isDigit(cursor.peek(index))) {
                return false;
            }
        }
        return true;
    }
}
