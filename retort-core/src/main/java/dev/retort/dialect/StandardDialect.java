package dev.retort.dialect;

import dev.retort.ops.Operation;
import dev.retort.schema.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Standard SQL, which most of each database's SQL is: double-quoted identifiers, {@code ''} in
 * string literals, typed date and time literals, {@code BEGIN}/{@code COMMIT}, statements ended by
 * {@code ;}, and the statements of {@link StandardSqlRenderer}. A dialect extends it and overrides
 * only what its database does differently.
 */
public abstract class StandardDialect implements Dialect {
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    /** Words that must be quoted to be used as names in every supported database. */
    private static final Set<String> RESERVED = Set.of(
            "all",
            "alter",
            "and",
            "as",
            "begin",
            "between",
            "by",
            "case",
            "check",
            "column",
            "constraint",
            "create",
            "default",
            "delete",
            "desc",
            "distinct",
            "drop",
            "else",
            "end",
            "exists",
            "foreign",
            "from",
            "grant",
            "group",
            "having",
            "in",
            "index",
            "insert",
            "into",
            "is",
            "join",
            "key",
            "like",
            "limit",
            "not",
            "null",
            "on",
            "or",
            "order",
            "primary",
            "references",
            "select",
            "set",
            "table",
            "then",
            "to",
            "union",
            "unique",
            "update",
            "user",
            "using",
            "values",
            "when",
            "where",
            "with");

    /** For subclasses. */
    protected StandardDialect() {}

    @Override
    public String identifier(String name) {
        if (PLAIN_IDENTIFIER.matcher(name).matches() && !isReserved(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        return quoteIdentifier(name);
    }

    /**
     * Whether {@code word} (in lower case) must be quoted to be used as a name. Standard: the words
     * reserved in every supported database; a dialect adds its own.
     */
    protected boolean isReserved(String word) {
        return RESERVED.contains(word);
    }

    /** {@code name} in the database's identifier quotes. */
    protected String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The renderer of this dialect's statements. */
    protected abstract StandardSqlRenderer renderer();

    @Override
    public List<String> render(Operation operation, TableLookup tables) {
        return renderer().render(operation, tables);
    }

    @Override
    public String typeSql(DataType type) {
        return renderer().type(type);
    }

    /**
     * Reads the tables that {@link #tableNamesQuery} lists one by one. A dialect whose catalog answers
     * for all tables at once reads them in bulk instead.
     */
    @Override
    public SchemaSnapshot readSchema(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(tableNamesQuery())) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        List<TableSnapshot> tables = new ArrayList<>();
        for (String name : names) {
            readTable(connection, name).ifPresent(tables::add);
        }
        return new SchemaSnapshot(tables);
    }

    /**
     * The query listing the names of the tables {@link #readSchema} reads, in name order: ordinary and
     * partitioned tables of the current schema, not views, partitions or the database's own tables.
     */
    protected abstract String tableNamesQuery();

    /** Runs {@link #tableSizesQuery}, where the dialect has one. */
    @Override
    public Map<String, Long> tableSizes(Connection connection) throws SQLException {
        Optional<String> query = tableSizesQuery();
        if (query.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query.get())) {
            while (rows.next()) {
                sizes.put(rows.getString(1), rows.getLong(2));
            }
        }
        return sizes;
    }

    /**
     * The query giving each table of the current schema with its size on disk in bytes (its name, then
     * the size), where the database tells sizes. Default: none.
     */
    protected Optional<String> tableSizesQuery() {
        return Optional.empty();
    }

    @Override
    public TableLookup tableLookup(Connection connection) {
        return table -> {
            try {
                return readTable(connection, table);
            } catch (SQLException failure) {
                throw unreadable("table '" + table + "'", failure);
            }
        };
    }

    /** The exception for {@code what} (such as {@code table 'users'}), which could not be read. */
    protected final RenderException unreadable(String what, SQLException failure) {
        return new RenderException(
                "could not read " + what + " from " + displayName() + ": " + failure.getMessage(), failure);
    }

    @Override
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        } else if (value instanceof String text) {
            return stringLiteral(text);
        } else if (value instanceof Character character) {
            return stringLiteral(character.toString());
        } else if (value instanceof Boolean bool) {
            return booleanLiteral(bool);
        } else if (value instanceof Double number) {
            return floatLiteral(number, number.toString());
        } else if (value instanceof Float number) {
            return floatLiteral(number, number.toString());
        } else if (value instanceof BigDecimal number) {
            return number.toPlainString();
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        } else if (value instanceof byte[] bytes) {
            return bytesLiteral(bytes);
        } else if (value instanceof UUID uuid) {
            return uuidLiteral(uuid);
        } else if (value instanceof Instant instant) {
            return offsetDateTimeLiteral(instant.atOffset(ZoneOffset.UTC));
        } else if (value instanceof OffsetDateTime dateTime) {
            return offsetDateTimeLiteral(dateTime);
        } else if (value instanceof LocalDateTime dateTime) {
            return typedLiteral("TIMESTAMP", isoDateTime(dateTime));
        } else if (value instanceof LocalDate date) {
            return typedLiteral("DATE", date.toString());
        } else if (value instanceof LocalTime time) {
            return typedLiteral("TIME", isoTime(time));
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as an SQL literal:"
                + " use a string, number, boolean, byte[], UUID, LocalDate, LocalTime, LocalDateTime,"
                + " OffsetDateTime or Instant");
    }

    /** A boolean literal. Standard: {@code TRUE} or {@code FALSE}. */
    protected String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /**
     * A floating-point literal, written as {@code text} when finite. Standard: NaN and infinities
     * have no literal.
     */
    protected String floatLiteral(double value, String text) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(displayName() + " cannot store the number " + text);
        }
        return text;
    }

    /** A byte-string literal. Standard: {@code X'0A1B'}. */
    protected String bytesLiteral(byte[] value) {
        return "X'" + HexFormat.of().withUpperCase().formatHex(value) + "'";
    }

    /** A UUID literal. Standard: its text as a string. */
    protected String uuidLiteral(UUID value) {
        return stringLiteral(value.toString());
    }

    /** A date-time with offset. Standard: {@code TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+01:00'}. */
    protected String offsetDateTimeLiteral(OffsetDateTime value) {
        return typedLiteral("TIMESTAMP WITH TIME ZONE", isoDateTime(value.toLocalDateTime()) + isoOffset(value));
    }

    /** A literal of a date or time type. Standard: {@code DATE '2026-01-02'}. */
    protected String typedLiteral(String type, String text) {
        return type + " " + stringLiteral(text);
    }

    /** {@code 03:04:05}, with the fraction of a second when there is one. */
    protected static String isoTime(LocalTime time) {
        StringBuilder text = new StringBuilder(
                String.format(Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond()));
        if (time.getNano() != 0) {
            text.append('.')
                    .append(String.format(Locale.ROOT, "%09d", time.getNano()).replaceAll("0+$", ""));
        }
        return text.toString();
    }

    /** {@code 2026-01-02 03:04:05}, with the fraction of a second when there is one. */
    protected static String isoDateTime(LocalDateTime dateTime) {
        return dateTime.toLocalDate() + " " + isoTime(dateTime.toLocalTime());
    }

    /** The offset of {@code value}: {@code +01:00}, and {@code +00:00} for UTC. */
    protected static String isoOffset(OffsetDateTime value) {
        return value.getOffset().equals(ZoneOffset.UTC)
                ? "+00:00"
                : value.getOffset().getId();
    }

    @Override
    public String beginTransaction() {
        return "BEGIN";
    }

    @Override
    public String commitTransaction() {
        return "COMMIT";
    }

    @Override
    public String scriptStatement(String statement) {
        return statement + ";";
    }

    /** Standard SQL, with the types every supported database has. */
    @Override
    public String createLeaseTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "name VARCHAR(255) NOT NULL PRIMARY KEY, "
                + "holder VARCHAR(64) NOT NULL, "
                + "host VARCHAR(255) NOT NULL, "
                + "pid BIGINT NOT NULL, "
                + "acquired_at BIGINT NOT NULL, "
                + "expires_at BIGINT NOT NULL)";
    }

    @Override
    public DatabaseUrl parseUrl(String url, Path baseDirectory) {
        return DatabaseUrl.parseNetwork(url);
    }

    @Override
    public JdbcTarget jdbcTarget(DatabaseUrl url, String applicationName) {
        Properties properties = new Properties();
        url.parameters().forEach(properties::setProperty);
        url.user().ifPresent(user -> properties.setProperty("user", user));
        url.password().ifPresent(password -> properties.setProperty("password", password));
        if (url.jdbc()) {
            return new JdbcTarget(url.original(), properties);
        }
        String host = url.host().orElse("localhost");
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        int port = url.port() > 0 ? url.port() : defaultPort();
        return new JdbcTarget(
                "jdbc:" + jdbcScheme() + "://" + hostPart + ":" + port + "/" + url.database(), properties);
    }

    /** The scheme after {@code jdbc:} in this database's JDBC URLs. */
    protected String jdbcScheme() {
        return name();
    }

    /** The port the database listens on unless told otherwise. */
    protected int defaultPort() {
        return 0;
    }

    @Override
    public Optional<ConnectionProblem> diagnose(SQLException failure, DatabaseUrl url) {
        return Optional.empty();
    }

    @Override
    public String identityColumn(String name) {
        return identifier(name) + " BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    }

    @Override
    public String toString() {
        return name();
    }
}
