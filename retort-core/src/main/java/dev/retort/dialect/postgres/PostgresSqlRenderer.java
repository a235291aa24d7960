package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.StandardSqlRenderer;
import dev.retort.dialect.TableLookup;
import dev.retort.dialect.TableSnapshot;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropTable;
import dev.retort.schema.Column;
import dev.retort.schema.DataType;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PostgreSQL's statements: standard SQL, with enums as named types and type changes that say how to
 * convert the values ({@code USING}).
 *
 * <p>An enum type is created ({@code CREATE TYPE ... AS ENUM}) before the table or column that first
 * uses it, unless the live database already has it; it is dropped after the table that uses it when
 * no other table does. Offline, where nothing is known, each table and column with an enum creates
 * its type, and dropping a table whose definition is known drops them: offline scripts assume an
 * enum type belongs to one table.
 */
final class PostgresSqlRenderer extends StandardSqlRenderer {
    PostgresSqlRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String type(DataType type) {
        return PostgresTypes.sql(type, this::name);
    }

    @Override
    protected List<String> createTable(Table table, TableLookup tables) {
        List<String> statements = new ArrayList<>(createEnumTypes(enumTypes(table.columns()), tables));
        statements.addAll(super.createTable(table, tables));
        return statements;
    }

    @Override
    protected List<String> dropTable(DropTable drop, TableLookup tables) {
        Optional<Table> definition =
                drop.definition().or(() -> tables.find(drop.name()).map(TableSnapshot::table));
        List<String> statements = new ArrayList<>(super.dropTable(drop, tables));
        definition.ifPresent(table -> {
            for (String type : enumTypes(table.columns()).keySet()) {
                Optional<List<String>> users = tables.tablesUsingType(type);
                if (users.isEmpty() || users.get().stream().allMatch(user -> user.equals(drop.name()))) {
                    statements.add("DROP TYPE " + name(type));
                }
            }
        });
        return statements;
    }

    @Override
    protected List<String> addColumn(AddColumn add, TableLookup tables) {
        List<String> statements = new ArrayList<>(createEnumTypes(enumTypes(List.of(add.column())), tables));
        statements.addAll(super.addColumn(add, tables));
        return statements;
    }

    @Override
    protected List<String> alterColumn(AlterColumn alter, TableLookup tables) {
        List<String> statements = new ArrayList<>();
        alter.type()
                .filter(type -> type.kind() == DataType.Kind.ENUM)
                .ifPresent(type -> statements.addAll(createEnumTypes(Map.of(type.name(), type), tables)));
        statements.addAll(super.alterColumn(alter, tables));
        return statements;
    }

    /**
     * {@code TYPE t}, with {@code USING column::t} where PostgreSQL has no implicit conversion from the
     * existing type (as from text to a number, or to an enum).
     */
    @Override
    protected String changeType(AlterColumn alter, DataType type, TableLookup tables) {
        String clause = "TYPE " + type(type);
        Optional<DataType> existing = alter.existingType()
                .or(() -> existingColumn(tables, alter.tableName(), alter.column())
                        .map(Column::type));
        String column = name(alter.column());
        if (type.kind() == DataType.Kind.ENUM) {
            boolean fromOtherEnum = existing.filter(old -> old.kind() == DataType.Kind.ENUM)
                    .filter(old -> !old.name().equals(type.name()))
                    .isPresent();
            return clause + " USING " + column + (fromOtherEnum ? "::text" : "") + "::" + type(type);
        }
        if (existing.isPresent() && needsCast(existing.get(), type)) {
            return clause + " USING " + column + "::" + type(type);
        }
        return clause;
    }

    /** Whether PostgreSQL needs an explicit cast to store values of {@code from} as {@code to}. */
    private static boolean needsCast(DataType from, DataType to) {
        String target = family(to);
        if (from.kind() == DataType.Kind.RAW || to.kind() == DataType.Kind.RAW || target.equals("string")) {
            return false;
        }
        return !family(from).equals(target);
    }

    /** Groups of kinds that convert into each other without a cast. */
    private static String family(DataType type) {
        return switch (type.kind()) {
            case INTEGER, BIGINT, SMALLINT, NUMERIC, REAL, DOUBLE -> "number";
            case VARCHAR, CHAR, TEXT -> "string";
            case DATE, TIME, TIMESTAMP -> "datetime";
            case ENUM -> "enum " + type.name();
            default -> type.kind().name();
        };
    }

    /** The enum types of {@code columns}, by name, in the order they first appear. */
    private static Map<String, DataType> enumTypes(List<Column> columns) {
        Map<String, DataType> types = new LinkedHashMap<>();
        for (Column column : columns) {
            if (column.type().kind() == DataType.Kind.ENUM) {
                types.putIfAbsent(column.type().name(), column.type());
            }
        }
        return types;
    }

    /** {@code CREATE TYPE ... AS ENUM} for each type the database is not known to have. */
    private List<String> createEnumTypes(Map<String, DataType> types, TableLookup tables) {
        List<String> statements = new ArrayList<>();
        for (DataType type : types.values()) {
            if (!tables.typeExists(type.name()).orElse(false)) {
                statements.add("CREATE TYPE " + name(type.name()) + " AS ENUM ("
                        + type.values().stream()
                                .map(value -> dialect().stringLiteral(value))
                                .collect(Collectors.joining(", "))
                        + ")");
            }
        }
        return statements;
    }
}
