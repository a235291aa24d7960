package dev.retort.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Java literals: string contents escaped, and the values an {@code execute} or a {@code bulkInsert}
 * carries (strings, numbers, booleans, {@code java.time} values, UUIDs, byte arrays, null) as
 * expressions that make an equal value.
 */
final class Literals {
    /** The {@code java.time} types written as {@code Type.parse("...")}, which reads back their toString. */
    private static final List<Class<?>> PARSED = List.of(
            LocalDate.class,
            LocalTime.class,
            LocalDateTime.class,
            OffsetDateTime.class,
            OffsetTime.class,
            ZonedDateTime.class,
            Instant.class,
            Duration.class);

    private Literals() {}

    /** {@code text} in double quotes, escaped. */
    static String quote(String text) {
        return '"' + escape(text) + '"';
    }

    /**
     * {@code text} escaped to sit between quotes: quotes, backslashes and control characters
     * escaped; characters a reader cannot see (format characters, separators other than the space,
     * lone surrogates, private and unassigned code points) as {@code \}{@code uXXXX}; other
     * non-ASCII characters as they are (scripts are UTF-8).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            switch (codePoint) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (isVisible(codePoint)) {
                        out.appendCodePoint(codePoint);
                    } else {
                        for (char unit : Character.toChars(codePoint)) {
                            out.append(String.format("\\u%04x", (int) unit));
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isVisible(int codePoint) {
        if (codePoint == ' ') {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * {@code value} as a Java expression of the same type and an equal value.
     *
     * @throws IllegalArgumentException for a value of another type
     */
    static Code value(Object value, Imports imports) {
        if (value == null) {
            return Code.text("null");
        } else if (value instanceof String text) {
            return Code.string(text);
        } else if (value instanceof Boolean || value instanceof Integer) {
            return Code.text(value.toString());
        } else if (value instanceof Long number) {
            return Code.text(number + "L");
        } else if (value instanceof Short number) {
            return Code.text("(short) " + number);
        } else if (value instanceof Byte number) {
            return Code.text("(byte) " + number);
        } else if (value instanceof Double number) {
            return Code.text(floating(number, number.toString(), Double.class.getSimpleName(), ""));
        } else if (value instanceof Float number) {
            return Code.text(floating(number, number.toString(), Float.class.getSimpleName(), "f"));
        } else if (value instanceof Character character) {
            return Code.text("'" + (character == '\'' ? "\\'" : escape(character.toString())) + "'");
        } else if (value instanceof BigDecimal || value instanceof BigInteger) {
            return Code.call("new " + imports.type(value.getClass()), Code.string(value.toString()));
        } else if (value instanceof UUID) {
            return Code.call(imports.type(UUID.class) + ".fromString", Code.string(value.toString()));
        } else if (value instanceof byte[] bytes) {
            return bytes.length == 0
                    ? Code.text("new byte[0]")
                    : Code.call(
                            imports.type(HexFormat.class) + ".of().parseHex",
                            Code.string(HexFormat.of().formatHex(bytes)));
        } else if (PARSED.contains(value.getClass())) {
            return Code.call(imports.type(value.getClass()) + ".parse", Code.string(value.toString()));
        }
        throw new IllegalArgumentException(
                "cannot write a value of type " + value.getClass().getName()
                        + " as Java: use strings, numbers, booleans, java.time values, UUIDs, byte arrays or null");
    }

    private static String floating(double number, String text, String type, String suffix) {
        if (Double.isNaN(number)) {
            return type + ".NaN";
        } else if (Double.isInfinite(number)) {
            return type + (number > 0 ? ".POSITIVE_INFINITY" : ".NEGATIVE_INFINITY");
        }
        return text + suffix;
    }
}
