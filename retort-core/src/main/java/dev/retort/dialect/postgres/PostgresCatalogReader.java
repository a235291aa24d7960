package dev.retort.dialect.postgres;

import dev.retort.dialect.TableSnapshot;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.DataType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one table of the current schema from PostgreSQL's catalog ({@code pg_class},
 * {@code pg_attribute}, {@code pg_constraint}, {@code pg_index}). Serial columns read as
 * auto-increment columns without a default; constraints keep the names PostgreSQL gave them.
 * Stateless.
 */
final class PostgresCatalogReader {
    private static final String TABLE = "SELECT c.oid, obj_description(c.oid, 'pg_class') FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND c.relname = ? AND c.relkind IN ('r', 'p')";

    private static final String COLUMNS = "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
            + " pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(a.attrelid, a.attnum),"
            + " t.typname, ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid"
            + " ORDER BY e.enumsortorder), a.attgenerated,"
            + " pg_get_serial_sequence(a.attrelid::regclass::text, a.attname) IS NOT NULL"
            + " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";

    private static final String CONSTRAINTS = "SELECT con.conname, con.contype,"
            + " ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)"
            + " JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),"
            + " f.relname,"
            + " ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)"
            + " JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),"
            + " con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,"
            + " pg_get_constraintdef(con.oid, true)"
            + " FROM pg_constraint con LEFT JOIN pg_class f ON f.oid = con.confrelid"
            + " WHERE con.conrelid = ? AND con.contype IN ('p', 'u', 'f', 'c') ORDER BY con.conname";

    private static final String INDEXES = "SELECT ic.relname, i.indisunique, i.indnkeyatts, am.amname,"
            + " pg_get_expr(i.indpred, i.indrelid, true),"
            + " ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnatts) k"
            + " ORDER BY k), i.indoption::int2[]"
            + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam"
            + " WHERE i.indrelid = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint con"
            + " WHERE con.conrelid = i.indrelid AND con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))"
            + " ORDER BY ic.relname";

    private static final String REFERENCING = "SELECT DISTINCT c.relname FROM pg_constraint con"
            + " JOIN pg_class c ON c.oid = con.conrelid"
            + " WHERE con.contype = 'f' AND con.confrelid = ? AND con.conrelid <> con.confrelid ORDER BY 1";

    static final String TYPE_EXISTS = "SELECT 1 FROM pg_type t WHERE t.typname = ? AND pg_type_is_visible(t.oid)";

    static final String TABLES_USING_TYPE = "SELECT DISTINCT c.relname FROM pg_attribute a"
            + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid"
            + " WHERE t.typname = ? AND pg_type_is_visible(t.oid) AND c.relkind IN ('r', 'p')"
            + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1";

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")*)\"");
    private static final Map<String, ReferentialAction> ACTIONS = Map.of(
            "a", ReferentialAction.NO_ACTION,
            "r", ReferentialAction.RESTRICT,
            "c", ReferentialAction.CASCADE,
            "n", ReferentialAction.SET_NULL,
            "d", ReferentialAction.SET_DEFAULT);

    private PostgresCatalogReader() {}

    /** The table {@code name} of the current schema, or empty. */
    static Optional<TableSnapshot> read(Connection connection, String name) throws SQLException {
        long oid;
        String comment;
        try (PreparedStatement statement = connection.prepareStatement(TABLE)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                oid = rows.getLong(1);
                comment = rows.getString(2);
            }
        }
        List<Constraint> constraints = constraints(connection, oid);
        Optional<PrimaryKey> primaryKey =
                only(constraints, PrimaryKey.class).stream().findFirst();
        Set<String> keyColumns =
                new HashSet<>(primaryKey.map(PrimaryKey::columns).orElse(List.of()));
        Table table = new Table(
                name,
                columns(connection, oid, keyColumns),
                primaryKey,
                only(constraints, UniqueConstraint.class),
                only(constraints, ForeignKey.class),
                only(constraints, CheckConstraint.class),
                Optional.ofNullable(comment));
        return Optional.of(new TableSnapshot(
                table, indexes(connection, oid, name), Map.of(), Map.of(), referencing(connection, oid), true));
    }

    private static List<Column> columns(Connection connection, long oid, Set<String> keyColumns) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    DataType type =
                            PostgresTypes.fromCatalog(rows.getString(2), rows.getString(7), strings(rows.getArray(8)));
                    Optional<String> defaultSql = Optional.ofNullable(rows.getString(4));
                    boolean identity = !rows.getString(5).isEmpty();
                    boolean serial =
                            rows.getBoolean(10) && defaultSql.orElse("").startsWith("nextval(");
                    if (!rows.getString(9).isEmpty()) {
                        type = DataType.raw(type(type) + " GENERATED ALWAYS AS (" + defaultSql.orElse("") + ") STORED");
                        defaultSql = Optional.empty();
                    } else if (serial) {
                        defaultSql = Optional.empty();
                    }
                    columns.add(new Column(
                            name,
                            type,
                            !rows.getBoolean(3),
                            defaultSql,
                            identity || serial,
                            keyColumns.contains(name),
                            Optional.ofNullable(rows.getString(6))));
                }
            }
        }
        return columns;
    }

    private static String type(DataType type) {
        return PostgresTypes.sql(type, name -> name);
    }

    private static <T extends Constraint> List<T> only(List<Constraint> constraints, Class<T> kind) {
        return constraints.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The table's constraints, in name order. */
    private static List<Constraint> constraints(Connection connection, long oid) throws SQLException {
        List<Constraint> constraints = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CONSTRAINTS)) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Optional<String> name = Optional.of(rows.getString(1));
                    List<String> columns = strings(rows.getArray(3));
                    Constraint constraint = switch (rows.getString(2)) {
                        case "p" -> new PrimaryKey(name, columns);
                        case "u" -> new UniqueConstraint(name, columns);
                        case "f" ->
                            new ForeignKey(
                                    name,
                                    columns,
                                    rows.getString(4),
                                    strings(rows.getArray(5)),
                                    ACTIONS.get(rows.getString(6)),
                                    ACTIONS.get(rows.getString(7)),
                                    rows.getBoolean(8),
                                    rows.getBoolean(9));
                        default -> new CheckConstraint(name, checkCondition(rows.getString(10)));
                    };
                    constraints.add(constraint);
                }
            }
        }
        return constraints;
    }

    /** The condition of {@code CHECK ((price >= 0)) NOT VALID}: {@code price >= 0}. */
    static String checkCondition(String definition) {
        String condition = definition.strip();
        if (condition.startsWith("CHECK ")) {
            condition = condition.substring("CHECK ".length()).strip();
        }
        if (condition.endsWith(" NOT VALID")) {
            condition = condition
                    .substring(0, condition.length() - " NOT VALID".length())
                    .strip();
        }
        for (int i = 0; i < 2 && wrapped(condition); i++) {
            condition = condition.substring(1, condition.length() - 1).strip();
        }
        return condition;
    }

    /** Whether the parenthesis that opens {@code text} closes at its end. */
    private static boolean wrapped(String text) {
        if (!text.startsWith("(")) {
            return false;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    private static List<Index> indexes(Connection connection, long oid, String table) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(INDEXES)) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int keys = rows.getInt(3);
                    List<String> definitions = strings(rows.getArray(6));
                    Array optionArray = rows.getArray(7);
                    Object[] options = (Object[]) optionArray.getArray();
                    optionArray.free();
                    List<String> elements = new ArrayList<>();
                    for (int i = 0; i < keys; i++) {
                        elements.add(element(definitions.get(i), ((Number) options[i]).intValue()));
                    }
                    List<String> include = definitions.subList(keys, definitions.size()).stream()
                            .map(PostgresCatalogReader::unquote)
                            .toList();
                    String method = rows.getString(4);
                    indexes.add(new Index(
                            rows.getString(1),
                            table,
                            elements,
                            rows.getBoolean(2),
                            Optional.ofNullable(rows.getString(5)),
                            include,
                            method.equals("btree") ? Optional.empty() : Optional.of(method)));
                }
            }
        }
        return indexes;
    }

    /** An index element with its order: bit 1 of {@code option} is DESC, bit 2 NULLS FIRST. */
    private static String element(String definition, int option) {
        boolean descending = (option & 1) != 0;
        boolean nullsFirst = (option & 2) != 0;
        String element = unquote(definition);
        if (descending) {
            element += nullsFirst ? " DESC" : " DESC NULLS LAST";
        } else if (nullsFirst) {
            element += " NULLS FIRST";
        }
        return element;
    }

    /** A column name PostgreSQL quoted, unquoted; anything else as is. */
    private static String unquote(String definition) {
        Matcher quoted = QUOTED.matcher(definition);
        return quoted.matches() ? quoted.group(1).replace("\"\"", "\"") : definition;
    }

    private static List<String> referencing(Connection connection, long oid) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(REFERENCING)) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    /** Whether the type {@code name} exists and is visible in the search path. */
    static boolean typeExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TYPE_EXISTS)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The tables with columns of the type {@code name}. */
    static List<String> tablesUsingType(Connection connection, String name) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(TABLES_USING_TYPE)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((Object[]) array.getArray())
                    .map(String::valueOf)
                    .toList();
        } finally {
            array.free();
        }
    }
}
