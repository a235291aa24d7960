package dev.retort.dialect.postgres;

import dev.retort.schema.DataType;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's types: the portable kinds as PostgreSQL writes them, and the names its catalog
 * ({@code format_type}) gives back, mapped to the portable kinds where the mapping is exact.
 */
final class PostgresTypes {
    private static final Pattern SIZED =
            Pattern.compile("(character varying|character|numeric)\\((\\d+)(?:,(\\d+))?\\)");

    private PostgresTypes() {}

    /** {@code type} in a column definition; {@code identifier} writes the name of an enum type or a domain. */
    static String sql(DataType type, UnaryOperator<String> identifier) {
        return switch (type.kind()) {
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + type.length() + ")";
            case CHAR -> "CHAR(" + type.length() + ")";
            case TEXT -> "TEXT";
            case NUMERIC -> "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case TIME -> type.timeZone() ? "TIME WITH TIME ZONE" : "TIME";
            case TIMESTAMP -> type.timeZone() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
            case UUID -> "UUID";
            case JSON -> "JSONB";
            case BINARY -> "BYTEA";
            case ENUM, DOMAIN -> identifier.apply(type.name());
            case RAW -> type.name();
        };
    }

    /**
     * The type that {@code format_type} calls {@code formatted}; {@code enumName} and {@code
     * enumValues} describe it when it is an enum type.
     */
    static DataType fromCatalog(String formatted, String enumName, List<String> enumValues) {
        if (!enumValues.isEmpty()) {
            return DataType.enumeration(enumName, enumValues.toArray(String[]::new));
        }
        String name = formatted.toLowerCase(Locale.ROOT);
        Matcher sized = SIZED.matcher(name);
        if (sized.matches()) {
            int size = Integer.parseInt(sized.group(2));
            return switch (sized.group(1)) {
                case "character varying" -> DataType.varchar(size);
                case "character" -> DataType.character(size);
                default -> DataType.numeric(size, sized.group(3) == null ? 0 : Integer.parseInt(sized.group(3)));
            };
        }
        return switch (name) {
            case "integer" -> DataType.integer();
            case "bigint" -> DataType.bigint();
            case "smallint" -> DataType.smallint();
            case "boolean" -> DataType.bool();
            case "text" -> DataType.text();
            case "real" -> DataType.real();
            case "double precision" -> DataType.doublePrecision();
            case "date" -> DataType.date();
            case "time without time zone" -> DataType.time(false);
            case "time with time zone" -> DataType.time(true);
            case "timestamp without time zone" -> DataType.timestamp(false);
            case "timestamp with time zone" -> DataType.timestamp(true);
            case "uuid" -> DataType.uuid();
            case "jsonb" -> DataType.json();
            case "bytea" -> DataType.binary();
            default -> DataType.raw(formatted);
        };
    }
}
