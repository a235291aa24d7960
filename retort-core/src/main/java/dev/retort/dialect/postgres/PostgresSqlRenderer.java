package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.RenderException;
import dev.retort.dialect.StandardSqlRenderer;
import dev.retort.dialect.TableLookup;
import dev.retort.dialect.TableSnapshot;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.schema.Column;
import dev.retort.schema.DataType;
import dev.retort.schema.Identity;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL's statements: standard SQL, with enums as named types and type changes that say how to
 * convert the values ({@code USING}).
 *
 * <p>An enum type is created ({@code CREATE TYPE ... AS ENUM}) before the table or column that first
 * uses it, unless the live database already has it; it is dropped after the table that uses it when
 * no other table does. Offline, where nothing is known, each table and column with an enum creates
 * its type, and dropping a table whose definition is known drops them: offline scripts assume an
 * enum type belongs to one table. A dropped column, or one changed to another type, drops its enum type
 * the same way. Values added to an enum type are {@code ALTER TYPE ... ADD VALUE}; values removed or
 * reordered rebuild the type ({@link PostgresEnums}). An identity column changes kind with {@code SET
 * GENERATED}, comes with {@code ADD GENERATED ... AS IDENTITY} and goes with {@code DROP IDENTITY}; a
 * {@code serial} column's sequence is made or dropped with it, and both continue after the largest
 * value the column holds.
 */
final class PostgresSqlRenderer extends StandardSqlRenderer {
    private final PostgresEnums enums;

    PostgresSqlRenderer(Dialect dialect) {
        super(dialect);
        this.enums = new PostgresEnums(dialect);
    }

    @Override
    public String type(DataType type) {
        return collated(PostgresTypes.sql(type, this::objectName), type);
    }

    /** A {@code serial} column as {@code serial}, {@code bigserial} or {@code smallserial}; others as standard. */
    @Override
    protected String columnDefinition(String table, Column column) {
        if (column.identity() != Identity.SEQUENCE) {
            return super.columnDefinition(table, column);
        }
        checkAutoIncrement(table, column);
        StringBuilder sql = new StringBuilder(name(column.name())).append(' ').append(serialType(table, column));
        if (!column.isNullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    private static String serialType(String table, Column column) {
        return switch (column.type().kind()) {
            case INTEGER -> "SERIAL";
            case BIGINT -> "BIGSERIAL";
            case SMALLINT -> "SMALLSERIAL";
            default ->
                throw new RenderException("PostgreSQL makes serial columns only of integer types, and " + table + "."
                        + column.name() + " is " + column.type().name()
                        + ": make it integer(), bigint() or smallint(), or use Identity.BY_DEFAULT");
        };
    }

    /**
     * Before the other changes: a serial column loses its default and its sequence; an identity column
     * that stops being one, or becomes serial, drops its identity.
     */
    @Override
    protected List<String> identityGoes(AlterColumn alter, Identity before, Identity after, TableLookup tables) {
        String prefix = alterColumnPrefix(alter);
        if (before == Identity.SEQUENCE) {
            return List.of(
                    prefix + "DROP DEFAULT",
                    "DO $$BEGIN EXECUTE 'DROP SEQUENCE ' || " + serialSequence(alter) + "; END$$");
        }
        if (before != Identity.NONE && (after == Identity.NONE || after == Identity.SEQUENCE)) {
            return List.of(prefix + "DROP IDENTITY");
        }
        return List.of();
    }

    /**
     * After the other changes: a column becoming serial gets a sequence it owns and a default taking
     * from it; one becoming an identity column gets its identity; both continue after the largest value
     * the column holds. Between the identity kinds, {@code SET GENERATED}.
     */
    @Override
    protected List<String> identityComes(AlterColumn alter, Identity before, Identity after, TableLookup tables) {
        String prefix = alterColumnPrefix(alter);
        String table = objectName(alter.tableName());
        String column = name(alter.column());
        List<String> statements = new ArrayList<>();
        if (after == Identity.SEQUENCE) {
            String sequence = objectName(QualifiedName.sibling(
                    alter.tableName(), serialSequenceName(QualifiedName.localName(alter.tableName()), alter.column())));
            String as = alter.type()
                    .or(alter::existingType)
                    .or(() -> existingColumn(tables, alter.tableName(), alter.column())
                            .map(Column::type))
                    .filter(type -> type.kind() == DataType.Kind.INTEGER || type.kind() == DataType.Kind.SMALLINT)
                    .map(type -> " AS " + type(type))
                    .orElse("");
            statements.add("CREATE SEQUENCE " + sequence + as + " OWNED BY " + table + "." + column);
            statements.add(prefix + "SET DEFAULT nextval(" + dialect().stringLiteral(sequence) + "::regclass)");
        } else if (after != Identity.NONE && (before == Identity.NONE || before == Identity.SEQUENCE)) {
            statements.add(prefix + "ADD " + generated(after) + " AS IDENTITY");
        } else if (after != Identity.NONE) {
            return List.of(prefix + "SET " + generated(after));
        } else {
            return List.of();
        }
        statements.add("SELECT setval(" + serialSequence(alter) + ", coalesce(max(" + column + "), 0) + 1, false) FROM "
                + table);
        return statements;
    }

    /** {@code pg_get_serial_sequence('t', 'c')}: the sequence the column owns, whatever its name. */
    private String serialSequence(AlterColumn alter) {
        return "pg_get_serial_sequence(" + dialect().stringLiteral(objectName(alter.tableName())) + ", "
                + dialect().stringLiteral(alter.column()) + ")";
    }

    /**
     * The name PostgreSQL gives the sequence of a serial column: {@code table_column_seq}, the longer of
     * the two names cut until the whole fits in 63 bytes.
     */
    static String serialSequenceName(String table, String column) {
        int available = 63 - "_seq".length() - 1;
        String first = table;
        String second = column;
        while (bytes(first) + bytes(second) > available) {
            if (bytes(first) >= bytes(second)) {
                first = first.substring(0, first.length() - 1);
            } else {
                second = second.substring(0, second.length() - 1);
            }
        }
        return first + "_" + second + "_seq";
    }

    private static int bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
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
                    statements.add("DROP TYPE " + objectName(type));
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

    /**
     * A column that drops its enum type drops the type too, when no other column uses it.
     */
    @Override
    protected List<String> dropColumn(DropColumn drop, TableLookup tables) {
        List<String> statements = new ArrayList<>(super.dropColumn(drop, tables));
        drop.definition()
                .or(() -> existingColumn(tables, drop.tableName(), drop.column()))
                .map(Column::type)
                .filter(type -> type.kind() == DataType.Kind.ENUM)
                .ifPresent(type ->
                        statements.addAll(enums.dropIfUnused(type.name(), drop.tableName(), drop.column(), tables)));
        return statements;
    }

    /**
     * A new enum type is created first. The same enum type with other values changes the type itself
     * ({@link PostgresEnums}), not the column. A column that leaves an enum type drops it when no other
     * column uses it.
     */
    @Override
    protected List<String> alterColumn(AlterColumn alter, TableLookup tables) {
        List<String> statements = new ArrayList<>();
        Optional<DataType> existing = alter.existingType()
                .or(() -> existingColumn(tables, alter.tableName(), alter.column())
                        .map(Column::type));
        Optional<DataType> wanted = alter.type();
        if (wanted.isPresent() && PostgresEnums.changesValues(existing, wanted.get())) {
            DataType current = existingColumn(tables, alter.tableName(), alter.column())
                    .map(Column::type)
                    .filter(type -> type.kind() == DataType.Kind.ENUM
                            && type.name().equals(wanted.get().name()))
                    .orElse(existing.get());
            Optional<String> columnDefault = alter.existingServerDefault().flatMap(setting -> setting.value());
            statements.addAll(
                    enums.change(current, wanted.get(), alter.tableName(), alter.column(), columnDefault, tables));
            withoutType(alter).ifPresent(rest -> statements.addAll(super.alterColumn(rest, tables)));
            return statements;
        }
        wanted.filter(type -> type.kind() == DataType.Kind.ENUM)
                .ifPresent(type -> statements.addAll(createEnumTypes(Map.of(type.name(), type), tables)));
        statements.addAll(super.alterColumn(alter, tables));
        existing.filter(type -> type.kind() == DataType.Kind.ENUM)
                .filter(type -> wanted.isPresent()
                        && !(wanted.get().kind() == DataType.Kind.ENUM
                                && wanted.get().name().equals(type.name())))
                .ifPresent(type ->
                        statements.addAll(enums.dropIfUnused(type.name(), alter.tableName(), alter.column(), tables)));
        return statements;
    }

    /** {@code alter} without its change of type, or empty when that was all it changed. */
    private static Optional<AlterColumn> withoutType(AlterColumn alter) {
        if (alter.newName().isEmpty()
                && alter.nullable().isEmpty()
                && alter.serverDefault().isEmpty()
                && alter.comment().isEmpty()
                && alter.identity().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AlterColumn(
                alter.tableName(),
                alter.column(),
                alter.newName(),
                Optional.empty(),
                alter.existingType(),
                alter.nullable(),
                alter.existingNullable(),
                alter.serverDefault(),
                alter.existingServerDefault(),
                alter.comment(),
                alter.existingComment(),
                alter.identity(),
                alter.existingIdentity()));
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
                statements.add(enums.create(type));
            }
        }
        return statements;
    }
}
