package dev.retort.dialect.sqlite;

import dev.retort.dialect.RenderException;
import dev.retort.schema.DataType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's types. SQLite stores every value as INTEGER, REAL, TEXT or BLOB and takes a column's
 * preference (its affinity) from words in the declared type, so declared types stay readable
 * ({@code VARCHAR(255)}, {@code BOOLEAN}, {@code TIMESTAMP}) and still get the right affinity.
 * A UUID is {@code CHAR(36)} and JSON is {@code TEXT}, as {@link DataType} documents; an enum is
 * {@code TEXT} with a check, which the renderer adds. Declared types map back to the portable kinds
 * where they are written as this class writes them.
 */
final class SqliteTypes {
    private static final Pattern SIZED =
            Pattern.compile("(VARCHAR|CHAR|NUMERIC)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    private SqliteTypes() {}

    /** {@code type} in a column definition. */
    static String sql(DataType type) {
        return switch (type.kind()) {
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + type.length() + ")";
            case CHAR -> "CHAR(" + type.length() + ")";
            case TEXT, JSON, ENUM -> "TEXT";
            case NUMERIC -> "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case TIME -> type.timeZone() ? "TIME WITH TIME ZONE" : "TIME";
            case TIMESTAMP -> type.timeZone() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
            case UUID -> "CHAR(36)";
            case BINARY -> "BLOB";
            case RAW -> type.name();
            case DOMAIN ->
                throw new RenderException(
                        "Retort does not support domains on SQLite, so a column cannot be" + " of the domain "
                                + type.name() + ": use its base type, with a check constraint on the column");
        };
    }

    /** The type a column declared as {@code declared} has. */
    static DataType fromDeclared(String declared) {
        String type = declared.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        Matcher sized = SIZED.matcher(type);
        if (sized.matches()) {
            int size = Integer.parseInt(sized.group(2));
            return switch (sized.group(1)) {
                case "VARCHAR" -> DataType.varchar(size);
                case "CHAR" -> DataType.character(size);
                default -> DataType.numeric(size, sized.group(3) == null ? 0 : Integer.parseInt(sized.group(3)));
            };
        }
        return switch (type) {
            case "INTEGER" -> DataType.integer();
            case "BIGINT" -> DataType.bigint();
            case "SMALLINT" -> DataType.smallint();
            case "BOOLEAN" -> DataType.bool();
            case "TEXT" -> DataType.text();
            case "REAL" -> DataType.real();
            case "DOUBLE" -> DataType.doublePrecision();
            case "DATE" -> DataType.date();
            case "TIME" -> DataType.time(false);
            case "TIME WITH TIME ZONE" -> DataType.time(true);
            case "TIMESTAMP" -> DataType.timestamp(false);
            case "TIMESTAMP WITH TIME ZONE" -> DataType.timestamp(true);
            case "BLOB", "" -> DataType.binary();
            default -> DataType.raw(declared.strip());
        };
    }
}
