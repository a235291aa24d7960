package dev.retort.dialect.mariadb;

import dev.retort.dialect.RenderException;
import dev.retort.schema.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MariaDB/MySQL's types: the portable kinds as MariaDB writes them, and the column types its
 * catalog ({@code information_schema.COLUMNS.COLUMN_TYPE}) gives back, mapped to the portable
 * kinds where the mapping is exact.
 *
 * <p>A timestamp without time zone is {@code DATETIME(6)}, a wall-clock value stored as given; one
 * with time zone is {@code TIMESTAMP(6)}, an instant stored in UTC and shown in the session's time
 * zone, which is as close as MariaDB comes (its range ends in 2038). Both keep microseconds, as
 * PostgreSQL does. {@code TIME} keeps no time zone on MariaDB, with or without one asked for.
 */
final class MariaDbTypes {
    private static final Pattern INTEGER = Pattern.compile("(int|bigint|smallint)(?:\\(\\d+\\))?");
    private static final Pattern SIZED = Pattern.compile("(varchar|char|decimal)\\((\\d+)(?:,(\\d+))?\\)");
    private static final Pattern ENUM = Pattern.compile("enum\\((.*)\\)", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|''|\\\\.)*)'");

    private MariaDbTypes() {}

    /** {@code type} in a column definition; {@code literal} writes the values of an enum. */
    static String sql(DataType type, UnaryOperator<String> literal) {
        return switch (type.kind()) {
            case INTEGER -> "INT";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + type.length() + ")";
            case CHAR -> "CHAR(" + type.length() + ")";
            case TEXT -> "TEXT";
            case NUMERIC -> "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> type.timeZone() ? "TIMESTAMP(6)" : "DATETIME(6)";
            case UUID -> "CHAR(36)";
            case JSON -> "JSON";
            case BINARY -> "LONGBLOB";
            case ENUM -> "ENUM(" + type.values().stream().map(literal).collect(Collectors.joining(", ")) + ")";
            case RAW -> type.name();
            case DOMAIN ->
                throw new RenderException(
                        "Retort does not support domains on MariaDB, so a column cannot be" + " of the domain "
                                + type.name() + ": use its base type, with a check constraint on the column");
        };
    }

    /**
     * The type MariaDB calls {@code columnType}, for the column {@code column} (whose name an enum
     * takes, since MariaDB's enums have none); {@code json} when MariaDB's own {@code json_valid}
     * check marks a {@code longtext} column as JSON.
     */
    static DataType fromCatalog(String columnType, String column, boolean json) {
        String type = columnType.strip().toLowerCase(Locale.ROOT);
        Matcher integer = INTEGER.matcher(type);
        if (integer.matches()) {
            return switch (integer.group(1)) {
                case "int" -> DataType.integer();
                case "bigint" -> DataType.bigint();
                default -> DataType.smallint();
            };
        }
        Matcher sized = SIZED.matcher(type);
        if (sized.matches()) {
            int size = Integer.parseInt(sized.group(2));
            return switch (sized.group(1)) {
                case "varchar" -> DataType.varchar(size);
                case "char" -> DataType.character(size);
                default -> DataType.numeric(size, sized.group(3) == null ? 0 : Integer.parseInt(sized.group(3)));
            };
        }
        Matcher enumeration = ENUM.matcher(columnType.strip());
        if (type.startsWith("enum(") && enumeration.matches()) {
            return DataType.enumeration(column, values(enumeration.group(1)).toArray(String[]::new));
        }
        return switch (type) {
            case "tinyint(1)" -> DataType.bool();
            case "text" -> DataType.text();
            case "float" -> DataType.real();
            case "double" -> DataType.doublePrecision();
            case "date" -> DataType.date();
            case "time" -> DataType.time();
            case "datetime(6)" -> DataType.timestamp(false);
            case "timestamp(6)" -> DataType.timestamp(true);
            case "json" -> DataType.json();
            case "longtext" -> json ? DataType.json() : DataType.raw(columnType);
            case "longblob" -> DataType.binary();
            default -> DataType.raw(columnType);
        };
    }

    /** The values of {@code 'a','b''c'}. */
    private static List<String> values(String list) {
        List<String> values = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(list);
        while (quoted.find()) {
            values.add(quoted.group(1).replace("''", "'").replace("\\\\", "\\"));
        }
        return values;
    }
}
