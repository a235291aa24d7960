package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.TableLookup;
import dev.retort.dialect.TableSnapshot;
import dev.retort.schema.Column;
import dev.retort.schema.DataType;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The statements that change the values of an enum type in place, and that drop a type no column
 * uses any more. PostgreSQL adds values with {@code ALTER TYPE ... ADD VALUE}, but cannot remove or
 * reorder them: the type is then rebuilt (renamed away, made again, every column of it converted
 * through text, the old one dropped), which fails if rows hold a value that goes. Stateless.
 */
final class PostgresEnums {
    private final Dialect dialect;

    PostgresEnums(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Whether {@code from} and {@code to} are the same enum type with other values. */
    static boolean changesValues(Optional<DataType> from, DataType to) {
        return to.kind() == DataType.Kind.ENUM
                && from.filter(old -> old.kind() == DataType.Kind.ENUM)
                        .filter(old -> old.name().equals(to.name()))
                        .filter(old -> !old.values().equals(to.values()))
                        .isPresent();
    }

    /**
     * The statements that give enum type {@code to.name()} the values of {@code to}, when it has those
     * of {@code current}: nothing when they are the same (another column's change did it already), the
     * missing values added where only values come, else a rebuild that converts the columns of the
     * type: those {@code tables} knows, else {@code table.column} alone (offline).
     */
    List<String> change(
            DataType current,
            DataType to,
            String table,
            String column,
            Optional<String> columnDefault,
            TableLookup tables) {
        if (current.values().equals(to.values())) {
            return List.of();
        }
        if (isSubsequence(current.values(), to.values())) {
            return addValues(current.values(), to);
        }
        return rebuild(to, columnsOfType(to.name(), table, column, columnDefault, tables));
    }

    private List<String> addValues(List<String> current, DataType to) {
        List<String> statements = new ArrayList<>();
        List<String> present = new ArrayList<>(current);
        List<String> wanted = to.values();
        for (int i = 0; i < wanted.size(); i++) {
            String value = wanted.get(i);
            if (present.contains(value)) {
                continue;
            }
            String place = i == 0 ? " BEFORE " + literal(present.get(0)) : " AFTER " + literal(wanted.get(i - 1));
            // IF NOT EXISTS: every column of a shared type carries the change, and offline each one says it
            statements.add(
                    "ALTER TYPE " + objectName(to.name()) + " ADD VALUE IF NOT EXISTS " + literal(value) + place);
            present.add(value);
        }
        return statements;
    }

    private List<String> rebuild(DataType to, Map<String, Map<String, Optional<String>>> columns) {
        String type = objectName(to.name());
        String oldLocal = oldName(QualifiedName.localName(to.name()));
        String old = objectName(QualifiedName.sibling(to.name(), oldLocal));
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TYPE " + type + " RENAME TO " + name(oldLocal));
        statements.add(create(to));
        columns.forEach((table, byColumn) -> byColumn.forEach((column, defaultSql) -> {
            String prefix = "ALTER TABLE " + objectName(table) + " ALTER COLUMN " + name(column) + " ";
            defaultSql.ifPresent(ignored -> statements.add(prefix + "DROP DEFAULT"));
            statements.add(prefix + "TYPE " + type + " USING " + name(column) + "::text::" + type);
            defaultSql.ifPresent(value -> statements.add(prefix + "SET DEFAULT " + value));
        }));
        statements.add("DROP TYPE " + old);
        return statements;
    }

    /** {@code CREATE TYPE name AS ENUM (...)}. */
    String create(DataType type) {
        return "CREATE TYPE " + objectName(type.name()) + " AS ENUM ("
                + type.values().stream().map(this::literal).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * {@code DROP TYPE} of enum type {@code type} once {@code table.column} no longer uses it, when no
     * other column does; offline, where nothing is known, the type is taken to belong to that column.
     */
    List<String> dropIfUnused(String type, String table, String column, TableLookup tables) {
        if (tables.tablesUsingType(type).isPresent()) {
            int users = columnsOfType(type, table, column, Optional.empty(), tables).values().stream()
                    .mapToInt(Map::size)
                    .sum();
            if (users > 1) {
                return List.of();
            }
        }
        return List.of("DROP TYPE " + objectName(type));
    }

    /**
     * The columns of enum type {@code type} by table, each with its default: those the database has
     * (through {@code tables}), and {@code table.column} in any case (with {@code columnDefault} where
     * the database does not know it).
     */
    private static Map<String, Map<String, Optional<String>>> columnsOfType(
            String type, String table, String column, Optional<String> columnDefault, TableLookup tables) {
        Map<String, Map<String, Optional<String>>> columns = new LinkedHashMap<>();
        List<String> users = new ArrayList<>(tables.tablesUsingType(type).orElse(List.of()));
        if (!users.contains(table)) {
            users.add(table);
        }
        for (String user : users) {
            Optional<TableSnapshot> snapshot = tables.find(user);
            for (Column each : snapshot.map(found -> found.table().columns()).orElse(List.of())) {
                if (each.type().kind() == DataType.Kind.ENUM
                        && each.type().name().equals(type)) {
                    columns.computeIfAbsent(user, ignored -> new LinkedHashMap<>())
                            .put(each.name(), each.defaultSql());
                }
            }
        }
        columns.computeIfAbsent(table, ignored -> new LinkedHashMap<>()).putIfAbsent(column, columnDefault);
        return columns;
    }

    /** Whether {@code values} appear in {@code within} in the same order. */
    private static boolean isSubsequence(List<String> values, List<String> within) {
        int next = 0;
        for (String value : within) {
            if (next < values.size() && values.get(next).equals(value)) {
                next++;
            }
        }
        return next == values.size();
    }

    /** The name the old type takes while it is rebuilt, within PostgreSQL's 63 bytes. */
    private static String oldName(String type) {
        String suffix = "_old";
        String base = type;
        while (base.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + suffix.length() > 63) {
            base = base.substring(0, base.length() - 1);
        }
        return base + suffix;
    }

    private String name(String name) {
        return dialect.identifier(name);
    }

    /** A type's or table's name, {@linkplain QualifiedName qualified} where it is outside the current schema. */
    private String objectName(String name) {
        return QualifiedName.sql(name, this::name);
    }

    private String literal(String value) {
        return dialect.stringLiteral(value);
    }
}
