package dev.retort.cli.toml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What a value is, in the words a conflict message uses ("'a' is already an integer"). */
enum ValueKind {
    STRING("a string"),
    INTEGER("an integer"),
    FLOAT("a float"),
    BOOLEAN("a boolean"),
    OFFSET_DATE_TIME("an offset date-time"),
    LOCAL_DATE_TIME("a local date-time"),
    LOCAL_DATE("a local date"),
    LOCAL_TIME("a local time"),
    ARRAY("an array"),
    INLINE_TABLE("an inline table"),
    TABLE("a table"),
    ARRAY_OF_TABLES("an array of tables");

    private final String phrase;

    ValueKind(String phrase) {
        this.phrase = phrase;
    }

    String phrase() {
        return phrase;
    }

    /** The kind of a value held by a table being built; inline tables are already plain maps. */
    static ValueKind of(Object value) {
        if (value instanceof String) {
            return STRING;
        } else if (value instanceof Long) {
            return INTEGER;
        } else if (value instanceof Double) {
            return FLOAT;
        } else if (value instanceof Boolean) {
            return BOOLEAN;
        } else if (value instanceof OffsetDateTime) {
            return OFFSET_DATE_TIME;
        } else if (value instanceof LocalDateTime) {
            return LOCAL_DATE_TIME;
        } else if (value instanceof LocalDate) {
            return LOCAL_DATE;
        } else if (value instanceof LocalTime) {
            return LOCAL_TIME;
        } else if (value instanceof List) {
            return ARRAY;
        } else if (value instanceof Map) {
            return INLINE_TABLE;
        } else if (value instanceof TableArray) {
            return ARRAY_OF_TABLES;
        }
        return TABLE;
    }
}
