package dev.retort.dialect.postgres;

import dev.retort.dialect.SchemaSnapshot;
import dev.retort.dialect.TableSnapshot;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.DataType;
import dev.retort.schema.Domain;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.RangeType;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tables of the current schema from PostgreSQL's catalog ({@code pg_class},
 * {@code pg_attribute}, {@code pg_constraint}, {@code pg_index}): all of them, or one by name, with
 * the same queries, each asked once for all the tables read, so a schema of 500 tables takes five
 * round trips, not 2000. Serial columns read as {@link Identity#SEQUENCE} columns without a default;
 * columns of a domain of the current schema have the domain as their type, not its base type;
 * constraints keep the names PostgreSQL gave them. Stateless.
 */
final class PostgresCatalogReader {
    private static final String TABLES = "SELECT c.oid, " + qualified("n", "c.relname") + ", td.description"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_description td ON td.objoid = c.oid AND td.classoid = 'pg_class'::regclass"
            + " AND td.objsubid = 0"
            + " WHERE c.relkind IN ('r', 'p')";

    /**
     * The tables of the current schema and of the other schemas the one parameter names, those of the
     * current schema first. Partitions are read by name, but not listed: their partitioned table stands
     * for them.
     */
    private static final String ALL_TABLES = TABLES + " AND " + inScope("n") + " AND NOT c.relispartition"
            + " ORDER BY n.nspname <> current_schema(), n.nspname, c.relname";

    /** One table by schema (the current one when null) and name. */
    private static final String ONE_TABLE = TABLES + " AND n.nspname = coalesce(?, current_schema()) AND c.relname = ?";

    /**
     * The condition on {@code pg_namespace.nspname} of every schema besides the current one a user can
     * have made: not PostgreSQL's own, not Retort's scratch schemas.
     */
    static final String USER_NAMESPACE = "nspname !~ '^pg_' AND nspname <> 'information_schema'"
            + " AND nspname !~ '^retort_scratch' AND nspname <> current_schema()";

    private static final String USER_NAMESPACES =
            "SELECT nspname FROM pg_namespace WHERE " + USER_NAMESPACE + " ORDER BY nspname";

    // Every query below reads the tables whose oids are its one parameter, and starts its rows with
    // the oid of the table each row belongs to, in table order.
    private static final String COLUMNS = "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod),"
            + " a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, cd.description, "
            + qualified("tn", "t.typname") + ","
            + " CASE WHEN t.typtype = 'e' THEN ARRAY(SELECT e.enumlabel FROM pg_enum e"
            + " WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) END, a.attgenerated,"
            // what pg_get_serial_sequence looks for: a sequence owned by the column
            + " EXISTS (SELECT 1 FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid"
            + " WHERE dep.classid = 'pg_class'::regclass AND dep.objsubid = 0"
            + " AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid = a.attrelid"
            + " AND dep.refobjsubid = a.attnum AND dep.deptype IN ('a', 'i') AND s.relkind = 'S'),"
            // a domain of a schema read is the column's type by its name
            + " CASE WHEN t.typtype = 'd' AND " + inScope("tn") + " THEN " + qualified("tn", "t.typname") + " END,"
            // the column's collation where it is not its type's (named without its schema)
            + " CASE WHEN a.attcollation <> t.typcollation THEN"
            + " (SELECT co.collname FROM pg_collation co WHERE co.oid = a.attcollation) END"
            + " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
            + " JOIN pg_namespace tn ON tn.oid = t.typnamespace"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " LEFT JOIN pg_description cd ON cd.objoid = a.attrelid AND cd.classoid = 'pg_class'::regclass"
            + " AND cd.objsubid = a.attnum"
            + " WHERE a.attrelid = ANY(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum";

    private static final String CONSTRAINTS = "SELECT con.conrelid, con.conname, con.contype,"
            + " ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)"
            + " JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),"
            + " " + qualified("fn", "f.relname") + ","
            + " ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)"
            + " JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),"
            + " con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,"
            + " CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid, true) END"
            + " FROM pg_constraint con LEFT JOIN pg_class f ON f.oid = con.confrelid"
            + " LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace"
            + " WHERE con.conrelid = ANY(?) AND con.contype IN ('p', 'u', 'f', 'c')"
            + " ORDER BY con.conrelid, con.conname";

    private static final String INDEXES = "SELECT i.indrelid, ic.relname, i.indisunique, i.indnkeyatts, am.amname,"
            + " pg_get_expr(i.indpred, i.indrelid, true),"
            + " ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnatts) k"
            + " ORDER BY k), i.indoption::int2[]"
            + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam"
            + " WHERE i.indrelid = ANY(?) AND NOT EXISTS (SELECT 1 FROM pg_constraint con"
            + " WHERE con.conrelid = i.indrelid AND con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))"
            + " ORDER BY i.indrelid, ic.relname";

    private static final String REFERENCING = "SELECT DISTINCT con.confrelid, " + qualified("n", "c.relname")
            + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE con.contype = 'f' AND con.confrelid = ANY(?) AND con.conrelid <> con.confrelid"
            + " ORDER BY 1, 2";

    /**
     * The sequences of the schemas read but those behind identity columns (an internal dependency)
     * and serial columns (owned by a column whose default takes from a sequence), with their owners.
     */
    private static final String SEQUENCES = "SELECT " + qualified("n", "c.relname")
            + ", format_type(s.seqtypid, NULL), s.seqstart,"
            + " s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, " + qualified("owner_n", "owner.relname")
            + ", a.attname"
            + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.objsubid = 0"
            + " AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')"
            + " LEFT JOIN pg_class owner ON owner.oid = d.refobjid"
            + " LEFT JOIN pg_namespace owner_n ON owner_n.oid = owner.relnamespace"
            + " LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
            + " LEFT JOIN pg_attrdef ad ON ad.adrelid = d.refobjid AND ad.adnum = d.refobjsubid"
            + " WHERE " + inScope("n") + " AND d.deptype IS DISTINCT FROM 'i'"
            + " AND NOT coalesce(pg_get_expr(ad.adbin, ad.adrelid) LIKE 'nextval(%', false)"
            + " ORDER BY 1";

    /** The domains of the schemas read: base type (with its enum values), NOT NULL, default, checks. */
    private static final String DOMAINS = "SELECT " + qualified("n", "t.typname")
            + ", format_type(t.typbasetype, t.typtypmod), t.typnotnull,"
            + " t.typdefault, " + qualified("bn", "b.typname")
            + ", CASE WHEN b.typtype = 'e' THEN ARRAY(SELECT e.enumlabel FROM pg_enum e"
            + " WHERE e.enumtypid = b.oid ORDER BY e.enumsortorder) END,"
            + " ARRAY(SELECT con.conname FROM pg_constraint con WHERE con.contypid = t.oid AND con.contype = 'c'"
            + " ORDER BY con.conname),"
            + " ARRAY(SELECT pg_get_constraintdef(con.oid, true) FROM pg_constraint con WHERE con.contypid = t.oid"
            + " AND con.contype = 'c' ORDER BY con.conname)"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_type b ON b.oid = t.typbasetype"
            + " JOIN pg_namespace bn ON bn.oid = b.typnamespace"
            + " WHERE t.typtype = 'd' AND " + inScope("n") + " ORDER BY 1";

    /** The range types of the schemas read, not an extension's; options only where not the defaults. */
    private static final String RANGES = "SELECT " + qualified("n", "t.typname") + ", format_type(r.rngsubtype, NULL), "
            + qualified("sn", "s.typname") + ", CASE WHEN NOT oc.opcdefault THEN oc.opcname END,"
            + " CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> s.typcollation THEN co.collname END,"
            + " NULLIF(r.rngcanonical::regproc::text, '-'), NULLIF(r.rngsubdiff::regproc::text, '-')"
            + " FROM pg_range r JOIN pg_type t ON t.oid = r.rngtypid JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " JOIN pg_type s ON s.oid = r.rngsubtype JOIN pg_namespace sn ON sn.oid = s.typnamespace"
            + " JOIN pg_opclass oc ON oc.oid = r.rngsubopc LEFT JOIN pg_collation co ON co.oid = r.rngcollation"
            + " WHERE " + inScope("n")
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e') ORDER BY 1";

    /** Whether a type exists: by schema (the current one when null) and name. */
    static final String TYPE_EXISTS = "SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE n.nspname = coalesce(?, current_schema()) AND t.typname = ?";

    /** The tables with a column of a type, by schema (the current one when null) and name. */
    static final String TABLES_USING_TYPE = "SELECT DISTINCT " + qualified("cn", "c.relname") + " FROM pg_attribute a"
            + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace"
            + " JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE n.nspname = coalesce(?, current_schema()) AND t.typname = ? AND c.relkind IN ('r', 'p')"
            + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1";

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")*)\"");
    private static final Map<String, ReferentialAction> ACTIONS = Map.of(
            "a", ReferentialAction.NO_ACTION,
            "r", ReferentialAction.RESTRICT,
            "c", ReferentialAction.CASCADE,
            "n", ReferentialAction.SET_NULL,
            "d", ReferentialAction.SET_DEFAULT);

    private PostgresCatalogReader() {}

    /**
     * Every table of the current schema and of the other schemas {@code otherSchemas} accepts (those of
     * the current schema first, each schema's in name order), but partitions; their sequences,
     * domains and range types; and those other schemas, empty ones too. A null {@code otherSchemas} reads the current
     * schema alone, without asking which schemas there are.
     */
    static SchemaSnapshot readSchema(Connection connection, Predicate<String> otherSchemas) throws SQLException {
        List<String> others = new ArrayList<>();
        if (otherSchemas != null) {
            try (PreparedStatement statement = connection.prepareStatement(USER_NAMESPACES);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (otherSchemas.test(rows.getString(1))) {
                        others.add(rows.getString(1));
                    }
                }
            }
        }
        String[] schemas = others.toArray(String[]::new);
        List<TableSnapshot> tables;
        try (PreparedStatement statement = connection.prepareStatement(ALL_TABLES)) {
            bindArray(connection, statement, 1, "text", schemas);
            tables = read(connection, statement, schemas);
        }
        return new SchemaSnapshot(
                tables,
                sequences(connection, schemas),
                domains(connection, schemas),
                others,
                ranges(connection, schemas));
    }

    private static void bindArray(
            Connection connection, PreparedStatement statement, int index, String type, Object[] values)
            throws SQLException {
        statement.setArray(index, connection.createArrayOf(type, values));
    }

    /** The range types of {@code schemas}, in name order. */
    static List<RangeType> ranges(Connection connection, String[] schemas) throws SQLException {
        return inSchemas(
                connection,
                RANGES,
                schemas,
                rows -> new RangeType(
                        rows.getString(1),
                        PostgresTypes.fromCatalog(rows.getString(2), rows.getString(3), List.of()),
                        Optional.ofNullable(rows.getString(4)),
                        Optional.ofNullable(rows.getString(5)),
                        Optional.ofNullable(rows.getString(6)),
                        Optional.ofNullable(rows.getString(7))));
    }

    /** The domains of {@code schemas}, in name order, their checks in name order. */
    static List<Domain> domains(Connection connection, String[] schemas) throws SQLException {
        return inSchemas(connection, DOMAINS, schemas, rows -> {
            DataType type = PostgresTypes.fromCatalog(rows.getString(2), rows.getString(5), strings(rows.getArray(6)));
            List<String> names = strings(rows.getArray(7));
            List<String> definitions = strings(rows.getArray(8));
            List<CheckConstraint> checks = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                checks.add(CheckConstraint.check(names.get(i), checkCondition(definitions.get(i))));
            }
            return new Domain(
                    rows.getString(1), type, !rows.getBoolean(3), Optional.ofNullable(rows.getString(4)), checks);
        });
    }

    /** The sequences of {@code schemas} of their own, limits left empty where they are the defaults. */
    static List<Sequence> sequences(Connection connection, String[] schemas) throws SQLException {
        return inSchemas(connection, SEQUENCES, schemas, rows -> {
            DataType type = PostgresTypes.fromCatalog(rows.getString(2), null, List.of());
            long increment = rows.getLong(4);
            long min = rows.getLong(5);
            long max = rows.getLong(6);
            long typeMax = type.kind() == DataType.Kind.SMALLINT
                    ? Short.MAX_VALUE
                    : type.kind() == DataType.Kind.INTEGER ? Integer.MAX_VALUE : Long.MAX_VALUE;
            long typeMin = type.kind() == DataType.Kind.SMALLINT
                    ? Short.MIN_VALUE
                    : type.kind() == DataType.Kind.INTEGER ? Integer.MIN_VALUE : Long.MIN_VALUE;
            long defaultMin = increment > 0 ? 1 : typeMin;
            long defaultMax = increment > 0 ? typeMax : -1;
            String ownerTable = rows.getString(9);
            Optional<Sequence.Owner> owner = ownerTable == null
                    ? Optional.empty()
                    : Optional.of(new Sequence.Owner(ownerTable, rows.getString(10)));
            return new Sequence(
                    rows.getString(1),
                    type,
                    rows.getLong(3),
                    increment,
                    min == defaultMin ? Optional.empty() : Optional.of(min),
                    max == defaultMax ? Optional.empty() : Optional.of(max),
                    rows.getLong(7),
                    rows.getBoolean(8),
                    owner);
        });
    }

    /** What {@code reader} makes of each row of {@code sql}, which asks for the {@code schemas} read. */
    private static <T> List<T> inSchemas(Connection connection, String sql, String[] schemas, RowReader<T> reader)
            throws SQLException {
        List<T> read = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindArray(connection, statement, 1, "text", schemas);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    read.add(reader.read(rows));
                }
            }
        }
        return read;
    }

    /** The table {@code name} ({@linkplain QualifiedName qualified} when outside the current schema), or empty. */
    static Optional<TableSnapshot> read(Connection connection, String name) throws SQLException {
        Optional<String> schema = QualifiedName.schemaOf(name);
        try (PreparedStatement statement = connection.prepareStatement(ONE_TABLE)) {
            statement.setString(1, schema.orElse(null));
            statement.setString(2, QualifiedName.localName(name));
            String[] schemas = schema.map(named -> new String[] {named}).orElse(new String[0]);
            return read(connection, statement, schemas).stream().findFirst();
        }
    }

    /** A table as its row of {@link #TABLES} has it. */
    private record Listed(long oid, String name, Optional<String> comment) {}

    /**
     * The tables that {@code listing}, a query on {@link #TABLES}, lists, in its order; columns of a
     * domain of {@code schemas} have the domain as their type.
     */
    private static List<TableSnapshot> read(Connection connection, PreparedStatement listing, String[] schemas)
            throws SQLException {
        List<Listed> listed = new ArrayList<>();
        try (ResultSet rows = listing.executeQuery()) {
            while (rows.next()) {
                listed.add(new Listed(rows.getLong(1), rows.getString(2), Optional.ofNullable(rows.getString(3))));
            }
        }
        if (listed.isEmpty()) {
            return List.of();
        }
        Long[] oids = listed.stream().map(Listed::oid).toArray(Long[]::new);
        Map<Long, List<Constraint>> constraints =
                byTable(connection, CONSTRAINTS, null, oids, PostgresCatalogReader::constraint);
        Map<Long, List<ColumnRow>> columns = byTable(connection, COLUMNS, schemas, oids, PostgresCatalogReader::column);
        Map<Long, String> names = new HashMap<>();
        listed.forEach(table -> names.put(table.oid(), table.name()));
        Map<Long, List<Index>> indexes =
                byTable(connection, INDEXES, null, oids, rows -> index(rows, names.get(rows.getLong(1))));
        Map<Long, List<String>> referencing = byTable(connection, REFERENCING, null, oids, rows -> rows.getString(2));
        List<TableSnapshot> tables = new ArrayList<>();
        for (Listed table : listed) {
            tables.add(snapshot(
                    table,
                    constraints.getOrDefault(table.oid(), List.of()),
                    columns.getOrDefault(table.oid(), List.of()),
                    indexes.getOrDefault(table.oid(), List.of()),
                    referencing.getOrDefault(table.oid(), List.of())));
        }
        return tables;
    }

    private static TableSnapshot snapshot(
            Listed listed,
            List<Constraint> constraints,
            List<ColumnRow> columnRows,
            List<Index> indexes,
            List<String> referencing) {
        Optional<PrimaryKey> primaryKey =
                only(constraints, PrimaryKey.class).stream().findFirst();
        Set<String> keyColumns =
                new HashSet<>(primaryKey.map(PrimaryKey::columns).orElse(List.of()));
        List<Column> columns = columnRows.stream()
                .map(row -> row.column(keyColumns.contains(row.name())))
                .toList();
        Table table = new Table(
                listed.name(),
                columns,
                primaryKey,
                only(constraints, UniqueConstraint.class),
                only(constraints, ForeignKey.class),
                only(constraints, CheckConstraint.class),
                listed.comment());
        return new TableSnapshot(table, indexes, Map.of(), Map.of(), referencing, true);
    }

    /** One row of a query that {@link #byTable} or {@link #inSchemas} runs, read without moving the cursor. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * Runs {@code sql} for the tables {@code oids} (after the {@code schemas} it asks for first, when
     * not null), and groups what {@code reader} makes of each row by the table in the row's first column,
     * keeping the query's order within each table.
     */
    private static <T> Map<Long, List<T>> byTable(
            Connection connection, String sql, String[] schemas, Long[] oids, RowReader<T> reader) throws SQLException {
        Map<Long, List<T>> grouped = new HashMap<>();
        Array parameter = connection.createArrayOf("oid", oids);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (schemas != null) {
                bindArray(connection, statement, index++, "text", schemas);
            }
            statement.setArray(index, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    grouped.computeIfAbsent(rows.getLong(1), oid -> new ArrayList<>())
                            .add(reader.read(rows));
                }
            }
        } finally {
            parameter.free();
        }
        return grouped;
    }

    /** A column as the catalog has it; whether it is in the primary key is known only later. */
    private record ColumnRow(
            String name,
            DataType type,
            boolean isNullable,
            Optional<String> defaultSql,
            Identity identity,
            Optional<String> comment) {
        Column column(boolean isPrimaryKey) {
            return new Column(name, type, isNullable, defaultSql, identity, isPrimaryKey, comment);
        }
    }

    private static ColumnRow column(ResultSet rows) throws SQLException {
        String domain = rows.getString(12);
        DataType type = domain != null
                ? DataType.domain(domain)
                : PostgresTypes.fromCatalog(rows.getString(3), rows.getString(8), strings(rows.getArray(9)));
        Optional<String> defaultSql = Optional.ofNullable(rows.getString(5));
        Identity identity = switch (rows.getString(6)) {
            case "a" -> Identity.ALWAYS;
            case "d" -> Identity.BY_DEFAULT;
            default -> Identity.NONE;
        };
        boolean serial = rows.getBoolean(11) && defaultSql.orElse("").startsWith("nextval(");
        String collation = rows.getString(13);
        if (collation != null && type.isCollatable()) {
            type = type.collate(collation);
        }
        if (!rows.getString(10).isEmpty()) {
            String collate = type.collation().isEmpty() ? "" : " COLLATE \"" + collation.replace("\"", "\"\"") + "\"";
            type = DataType.raw(type(type) + collate + " GENERATED ALWAYS AS (" + defaultSql.orElse("") + ") STORED");
            defaultSql = Optional.empty();
        } else if (serial) {
            defaultSql = Optional.empty();
            identity = Identity.SEQUENCE;
        }
        return new ColumnRow(
                rows.getString(2),
                type,
                !rows.getBoolean(4),
                defaultSql,
                identity,
                Optional.ofNullable(rows.getString(7)));
    }

    private static String type(DataType type) {
        return PostgresTypes.sql(type, name -> name);
    }

    private static <T extends Constraint> List<T> only(List<Constraint> constraints, Class<T> kind) {
        return constraints.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static Constraint constraint(ResultSet rows) throws SQLException {
        Optional<String> name = Optional.of(rows.getString(2));
        List<String> columns = strings(rows.getArray(4));
        return switch (rows.getString(3)) {
            case "p" -> new PrimaryKey(name, columns);
            case "u" -> new UniqueConstraint(name, columns);
            case "f" ->
                new ForeignKey(
                        name,
                        columns,
                        rows.getString(5),
                        strings(rows.getArray(6)),
                        ACTIONS.get(rows.getString(7)),
                        ACTIONS.get(rows.getString(8)),
                        rows.getBoolean(9),
                        rows.getBoolean(10));
            default -> new CheckConstraint(name, checkCondition(rows.getString(11)));
        };
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

    private static Index index(ResultSet rows, String table) throws SQLException {
        int keys = rows.getInt(4);
        List<String> definitions = strings(rows.getArray(7));
        Array optionArray = rows.getArray(8);
        Object[] options;
        try {
            options = (Object[]) optionArray.getArray();
        } finally {
            optionArray.free();
        }
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            elements.add(element(definitions.get(i), ((Number) options[i]).intValue()));
        }
        List<String> include = definitions.subList(keys, definitions.size()).stream()
                .map(PostgresCatalogReader::unquote)
                .toList();
        String method = rows.getString(5);
        return new Index(
                rows.getString(2),
                table,
                elements,
                rows.getBoolean(3),
                Optional.ofNullable(rows.getString(6)),
                include,
                method.equals("btree") ? Optional.empty() : Optional.of(method));
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

    /** Whether the type {@code name} exists ({@linkplain QualifiedName qualified} when outside the current schema). */
    static boolean typeExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TYPE_EXISTS)) {
            statement.setString(1, QualifiedName.schemaOf(name).orElse(null));
            statement.setString(2, QualifiedName.localName(name));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The tables with columns of the type {@code name}, qualified where outside the current schema. */
    static List<String> tablesUsingType(Connection connection, String name) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(TABLES_USING_TYPE)) {
            statement.setString(1, QualifiedName.schemaOf(name).orElse(null));
            statement.setString(2, QualifiedName.localName(name));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    /** The first column of {@code sql}'s rows, for the one array parameter {@code schemas}. */
    private static List<String> strings(Connection connection, String sql, String[] schemas) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindArray(connection, statement, 1, "text", schemas);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    /**
     * A SQL condition: the schema of alias {@code namespace} is the current one or one the array
     * parameter names.
     */
    private static String inScope(String namespace) {
        return "(" + namespace + ".nspname = current_schema() OR " + namespace + ".nspname = ANY(?))";
    }

    /**
     * A SQL expression naming an object as the schema model does: {@code name} alone in the current
     * schema, {@code schema.name} elsewhere ({@code namespace} is the alias of its {@code pg_namespace}).
     */
    private static String qualified(String namespace, String name) {
        return "CASE WHEN " + namespace + ".nspname = current_schema() OR " + namespace + ".nspname = 'pg_catalog'"
                + " THEN " + name + " ELSE " + namespace + ".nspname || '.' || " + name + " END";
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
