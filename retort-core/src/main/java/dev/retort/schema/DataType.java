package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A column type: one of a portable set that every dialect maps to its own type, or
 * {@link #raw(String)} SQL for anything dialect-specific. Immutable.
 *
 * <pre>{@code
 * import static dev.retort.schema.DataType.*;
 * column("email", varchar(255)); column("price", numeric(10, 2)); column("at", timestamp(true));
 * }</pre>
 *
 * @param kind which type
 * @param length the length of {@code VARCHAR} and {@code CHAR}, else 0
 * @param precision the precision of {@code NUMERIC}, else 0
 * @param scale the scale of {@code NUMERIC}, else 0
 * @param timeZone whether a {@code TIMESTAMP} or {@code TIME} keeps the time zone
 * @param name the type name of an {@code ENUM} or a {@code DOMAIN}, or the SQL of a {@code RAW} type; else empty
 * @param values the values of an {@code ENUM}, else empty
 * @param collation the collation of a text column where it is not the default (the table's on
 *     MariaDB/MySQL, the type's on PostgreSQL), as the database names it; else empty. Only text types,
 *     enums, domains and raw types have one: {@code varchar(255).collate("utf8mb4_bin")}
 */
public record DataType(
        Kind kind,
        int length,
        int precision,
        int scale,
        boolean timeZone,
        String name,
        List<String> values,
        String collation) {
    /** The types. */
    public enum Kind {
        /** 32-bit integer. */
        INTEGER,
        /** 64-bit integer. */
        BIGINT,
        /** 16-bit integer. */
        SMALLINT,
        /** true or false. */
        BOOLEAN,
        /** Text of at most {@code length} characters. */
        VARCHAR,
        /** Text of exactly {@code length} characters. */
        CHAR,
        /** Text of any length. */
        TEXT,
        /** Exact decimal with {@code precision} digits, {@code scale} after the point. */
        NUMERIC,
        /** 32-bit floating point. */
        REAL,
        /** 64-bit floating point. */
        DOUBLE,
        /** A calendar date. */
        DATE,
        /** A time of day. */
        TIME,
        /** A date and time, with or without time zone. */
        TIMESTAMP,
        /** A UUID. */
        UUID,
        /** A JSON document. */
        JSON,
        /** Bytes. */
        BINARY,
        /** One of a fixed list of values. */
        ENUM,
        /** A domain of the schema ({@link Domain}), by name: its base type with its default and checks. */
        DOMAIN,
        /** SQL written for one database, used as is. */
        RAW
    }

    /** Checks and copies. */
    public DataType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(collation, "collation");
        values = List.copyOf(values);
        if (!collation.isEmpty() && !isCollatable(kind)) {
            throw new IllegalArgumentException("a " + kind + " column has no collation; only text types do");
        }
    }

    /**
     * This type with collation {@code name} ({@code "C"}, {@code "utf8mb4_bin"}, {@code "NOCASE"}): a
     * text type, enum, domain or raw type only.
     *
     * @throws IllegalArgumentException for another type, or a blank name
     */
    public DataType collate(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a collation needs its name");
        }
        return new DataType(kind, length, precision, scale, timeZone, this.name, values, name.strip());
    }

    /** This type with the default collation. */
    public DataType withDefaultCollation() {
        return new DataType(kind, length, precision, scale, timeZone, name, values, "");
    }

    /** Whether columns of this type can have a collation of their own. */
    public boolean isCollatable() {
        return isCollatable(kind);
    }

    private static boolean isCollatable(Kind kind) {
        return switch (kind) {
            case VARCHAR, CHAR, TEXT, ENUM, DOMAIN, RAW -> true;
            default -> false;
        };
    }

    private static DataType simple(Kind kind) {
        return new DataType(kind, 0, 0, 0, false, "", List.of(), "");
    }

    /** {@code INTEGER}. */
    public static DataType integer() {
        return simple(Kind.INTEGER);
    }

    /** {@code BIGINT}. */
    public static DataType bigint() {
        return simple(Kind.BIGINT);
    }

    /** {@code SMALLINT}. */
    public static DataType smallint() {
        return simple(Kind.SMALLINT);
    }

    /** {@code BOOLEAN} (on MariaDB/MySQL, {@code TINYINT(1)}). */
    public static DataType bool() {
        return simple(Kind.BOOLEAN);
    }

    /** {@code VARCHAR(length)}. */
    public static DataType varchar(int length) {
        positive("varchar length", length);
        return new DataType(Kind.VARCHAR, length, 0, 0, false, "", List.of(), "");
    }

    /** {@code CHAR(length)}. */
    public static DataType character(int length) {
        positive("char length", length);
        return new DataType(Kind.CHAR, length, 0, 0, false, "", List.of(), "");
    }

    /** {@code TEXT}. */
    public static DataType text() {
        return simple(Kind.TEXT);
    }

    /** {@code NUMERIC(precision, scale)}. */
    public static DataType numeric(int precision, int scale) {
        positive("numeric precision", precision);
        if (scale < 0 || scale > precision) {
            throw new IllegalArgumentException("numeric scale must be from 0 to the precision, not " + scale);
        }
        return new DataType(Kind.NUMERIC, 0, precision, scale, false, "", List.of(), "");
    }

    /** {@code REAL}: 32-bit floating point. */
    public static DataType real() {
        return simple(Kind.REAL);
    }

    /** {@code DOUBLE PRECISION}: 64-bit floating point. */
    public static DataType doublePrecision() {
        return simple(Kind.DOUBLE);
    }

    /** {@code DATE}. */
    public static DataType date() {
        return simple(Kind.DATE);
    }

    /** {@code TIME}, with or without time zone. */
    public static DataType time(boolean withTimeZone) {
        return new DataType(Kind.TIME, 0, 0, 0, withTimeZone, "", List.of(), "");
    }

    /** {@code TIME} without time zone. */
    public static DataType time() {
        return time(false);
    }

    /** {@code TIMESTAMP}, with or without time zone. */
    public static DataType timestamp(boolean withTimeZone) {
        return new DataType(Kind.TIMESTAMP, 0, 0, 0, withTimeZone, "", List.of(), "");
    }

    /** {@code TIMESTAMP} without time zone. */
    public static DataType timestamp() {
        return timestamp(false);
    }

    /** A UUID ({@code UUID} on PostgreSQL, {@code CHAR(36)} elsewhere). */
    public static DataType uuid() {
        return simple(Kind.UUID);
    }

    /** A JSON document ({@code JSONB} on PostgreSQL, {@code JSON} on MariaDB/MySQL, {@code TEXT} on SQLite). */
    public static DataType json() {
        return simple(Kind.JSON);
    }

    /** Bytes ({@code BYTEA}, {@code BLOB}). */
    public static DataType binary() {
        return simple(Kind.BINARY);
    }

    /**
     * One of {@code values}: a named {@code ENUM} type on PostgreSQL, an inline {@code ENUM} on
     * MariaDB/MySQL, text with a check on SQLite.
     */
    public static DataType enumeration(String name, String... values) {
        Objects.requireNonNull(name, "name");
        if (values.length == 0) {
            throw new IllegalArgumentException("enum " + name + " needs at least one value");
        }
        return new DataType(Kind.ENUM, 0, 0, 0, false, name, List.of(values), "");
    }

    /**
     * The domain called {@code name} ({@link Domain}, PostgreSQL only): columns of it keep the domain as
     * their type, not its base type.
     */
    public static DataType domain(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a domain type needs the domain's name");
        }
        return new DataType(Kind.DOMAIN, 0, 0, 0, false, name, List.of(), "");
    }

    /** A type written in one database's SQL, used as is, such as {@code raw("CIDR")}. */
    public static DataType raw(String sql) {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a raw type needs its SQL");
        }
        return new DataType(Kind.RAW, 0, 0, 0, false, sql.strip(), List.of(), "");
    }

    private static void positive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, not " + value);
        }
    }
}
