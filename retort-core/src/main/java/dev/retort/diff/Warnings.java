package dev.retort.diff;

import dev.retort.schema.Column;
import dev.retort.schema.DataType;
import dev.retort.schema.Domain;
import dev.retort.schema.RangeType;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The warnings of a diff, each worded in one place. */
final class Warnings {
    /** Integer kinds from smallest to largest, and floating point ones. */
    private static final Map<DataType.Kind, Integer> RANK = Map.of(
            DataType.Kind.SMALLINT, 1,
            DataType.Kind.INTEGER, 2,
            DataType.Kind.BIGINT, 3,
            DataType.Kind.REAL, 11,
            DataType.Kind.DOUBLE, 12);

    private Warnings() {}

    static DiffWarning droppedTable(Table table) {
        return new DiffWarning(
                DiffWarning.Kind.DESTRUCTIVE,
                table.name(),
                Optional.empty(),
                "dropping table " + table.name() + " deletes its rows",
                Optional.empty());
    }

    static DiffWarning droppedColumn(String table, Column column) {
        return new DiffWarning(
                DiffWarning.Kind.DESTRUCTIVE,
                table,
                Optional.of(column.name()),
                "dropping column " + table + "." + column.name() + " deletes its values",
                Optional.empty());
    }

    /** A warning when {@code wanted}'s type holds less than {@code old}'s: values may be cut or refused. */
    static Optional<DiffWarning> narrowing(String table, Column old, Column wanted) {
        if (!narrows(old.type(), wanted.type())) {
            return Optional.empty();
        }
        return Optional.of(new DiffWarning(
                DiffWarning.Kind.DESTRUCTIVE,
                table,
                Optional.of(old.name()),
                "changing the type of " + table + "." + old.name() + " from " + describe(old.type()) + " to "
                        + describe(wanted.type()) + " narrows it: values that do not fit are cut or refused",
                Optional.empty()));
    }

    /**
     * A warning when a column's collation changes: its values are converted, and where the character set
     * changes too (MariaDB/MySQL), characters the new one lacks are lost; its indexes are rebuilt.
     */
    static Optional<DiffWarning> collationChanged(String table, Column old, Column wanted) {
        String from = old.type().collation();
        String to = wanted.type().collation();
        if (from.equals(to)) {
            return Optional.empty();
        }
        return Optional.of(new DiffWarning(
                DiffWarning.Kind.CAUTION,
                table,
                Optional.of(old.name()),
                "the collation of " + table + "." + old.name() + " changes from " + collation(from) + " to "
                        + collation(to) + ": its values are converted (where the character set changes, characters"
                        + " the new one lacks are lost) and its indexes rebuilt, and comparisons and ordering change",
                Optional.empty()));
    }

    private static String collation(String name) {
        return name.isEmpty() ? "the default" : name;
    }

    /**
     * A warning when {@code wanted}'s enum type is {@code old}'s with values added: a named enum type
     * (PostgreSQL's) cannot use them in the transaction that adds them, and its downgrade rebuilds the
     * type, which fails while rows hold them.
     */
    static Optional<DiffWarning> enumValuesAdded(String table, Column old, Column wanted) {
        DataType from = old.type();
        DataType to = wanted.type();
        if (from.kind() != DataType.Kind.ENUM
                || to.kind() != DataType.Kind.ENUM
                || !from.name().equals(to.name())) {
            return Optional.empty();
        }
        List<String> added = to.values().stream()
                .filter(value -> !from.values().contains(value))
                .toList();
        if (added.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DiffWarning(
                DiffWarning.Kind.CAUTION,
                table,
                Optional.of(old.name()),
                "enum " + to.name() + " of " + table + "." + old.name() + " gains " + quoted(added)
                        + ": where enum types are types of their own, a value added cannot be used before the"
                        + " transaction that adds it commits, so a revision that also uses it (in a default or a"
                        + " data migration) needs Transactional: false or a second revision (older servers refuse"
                        + " to add it inside a transaction at all); the downgrade removes"
                        + " the values by rebuilding the type, which fails while rows hold them",
                Optional.empty()));
    }

    private static String quoted(List<String> values) {
        return values.stream().map(value -> "'" + value + "'").collect(Collectors.joining(", "));
    }

    static boolean narrows(DataType from, DataType to) {
        DataType.Kind kind = from.kind();
        if (kind == to.kind()) {
            return switch (kind) {
                case VARCHAR, CHAR -> to.length() < from.length();
                case NUMERIC ->
                    to.scale() < from.scale() || to.precision() - to.scale() < from.precision() - from.scale();
                case ENUM -> !to.values().containsAll(from.values());
                default -> false;
            };
        }
        boolean fromText = kind == DataType.Kind.TEXT || kind == DataType.Kind.VARCHAR;
        boolean toShortText = to.kind() == DataType.Kind.VARCHAR || to.kind() == DataType.Kind.CHAR;
        if (fromText && toShortText) {
            return true;
        }
        Integer fromRank = RANK.get(kind);
        Integer toRank = RANK.get(to.kind());
        return fromRank != null && toRank != null && toRank / 10 == fromRank / 10 && toRank < fromRank;
    }

    static DiffWarning droppedSequence(Sequence sequence) {
        return new DiffWarning(
                DiffWarning.Kind.DESTRUCTIVE,
                sequence.name(),
                Optional.empty(),
                "sequence " + sequence.name() + " is dropped, and with it the value it has reached: the downgrade"
                        + " makes it again from its start",
                Optional.empty());
    }

    static DiffWarning replacedRange(RangeType range) {
        return new DiffWarning(
                DiffWarning.Kind.DESTRUCTIVE,
                range.name(),
                Optional.empty(),
                "range type " + range.name() + " changes, and a range type cannot be altered: it is dropped and created"
                        + " again, which the database refuses while a column uses it; change those columns to another"
                        + " type first",
                Optional.empty());
    }

    static DiffWarning replacedDomain(Domain before, Domain after) {
        return new DiffWarning(
                DiffWarning.Kind.DESTRUCTIVE,
                before.name(),
                Optional.empty(),
                "domain " + before.name() + " changes its base type ("
                        + before.type().kind() + " to "
                        + after.type().kind() + "), which ALTER DOMAIN cannot do: it is dropped and created again,"
                        + " which the database refuses while a column uses it; change those columns to another type"
                        + " first",
                Optional.empty());
    }

    static DiffWarning unnamed(String table, String what) {
        return new DiffWarning(
                DiffWarning.Kind.UNSUPPORTED,
                table,
                Optional.empty(),
                "the unnamed " + what + " of table " + table
                        + " cannot be dropped by name, so it is left in place: name it, or drop it by hand",
                Optional.empty());
    }

    /** A drop and an add of columns of the same type in one table, paired in order: likely renames. */
    static List<DiffWarning> likelyRenames(String table, List<Column> dropped, List<Column> added) {
        List<DiffWarning> warnings = new ArrayList<>();
        List<Column> candidates = new ArrayList<>(added);
        for (Column old : dropped) {
            for (Column fresh : candidates) {
                if (fresh.type().equals(old.type())) {
                    candidates.remove(fresh);
                    warnings.add(new DiffWarning(
                            DiffWarning.Kind.LIKELY_RENAME,
                            table,
                            Optional.of(old.name()),
                            "column " + table + "." + old.name() + " is dropped and " + fresh.name()
                                    + " of the same type added: if it was renamed, rename it to keep its values",
                            Optional.of("op.alterColumn(" + quoted(table) + ", " + quoted(old.name())
                                    + ", c -> c.rename(" + quoted(fresh.name()) + "))")));
                    break;
                }
            }
        }
        return warnings;
    }

    /** A dropped and an added table with the same columns: a likely rename. */
    static DiffWarning renamedTable(Table old, Table fresh) {
        return new DiffWarning(
                DiffWarning.Kind.LIKELY_RENAME,
                old.name(),
                Optional.empty(),
                "table " + old.name() + " is dropped and " + fresh.name()
                        + " with the same columns created: if it was renamed, rename it to keep its rows",
                Optional.of("op.renameTable(" + quoted(old.name()) + ", " + quoted(fresh.name()) + ")"));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String describe(DataType type) {
        return switch (type.kind()) {
            case VARCHAR, CHAR -> type.kind() + "(" + type.length() + ")";
            case NUMERIC -> "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case RAW, ENUM -> type.name();
            default -> type.kind().toString();
        };
    }
}
