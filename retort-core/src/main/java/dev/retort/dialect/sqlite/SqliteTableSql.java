package dev.retort.dialect.sqlite;

import dev.retort.dialect.sqlite.SqliteTokens.Kind;
import dev.retort.dialect.sqlite.SqliteTokens.Token;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.DataType;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What SQLite keeps of a table only in its {@code CREATE TABLE} statement: the names of its
 * constraints, its checks, its unique constraints and foreign keys as written (with deferrability),
 * and per column AUTOINCREMENT, COLLATE, a generated expression, and the check that makes it an enum.
 * Column constraints are read as the table constraints they amount to.
 *
 * @param columns what each column says besides its type, nullability and default
 * @param primaryKeyName the primary key's constraint name, if it has one
 * @param uniques the unique constraints, column ones included
 * @param foreignKeys the foreign keys, column ones included
 * @param checks the check constraints, column ones included, but not those that make enums
 */
record SqliteTableSql(
        List<ColumnSql> columns,
        Optional<String> primaryKeyName,
        List<UniqueConstraint> uniques,
        List<ForeignKeySql> foreignKeys,
        List<CheckConstraint> checks) {
    private static final Set<String> COLUMN_CONSTRAINTS = Set.of(
            "CONSTRAINT",
            "PRIMARY",
            "NOT",
            "NULL",
            "UNIQUE",
            "CHECK",
            "DEFAULT",
            "COLLATE",
            "REFERENCES",
            "GENERATED",
            "AS");

    /**
     * What one column says besides its type, nullability and default.
     *
     * @param name the column
     * @param autoIncrement whether its primary key says AUTOINCREMENT
     * @param collate its {@code COLLATE name} clause
     * @param generated its {@code GENERATED ALWAYS AS (...) STORED} clause
     * @param enumType the enum its named {@code CHECK (column IN (...))} makes it
     */
    record ColumnSql(
            String name,
            boolean autoIncrement,
            Optional<String> collate,
            Optional<String> generated,
            Optional<DataType> enumType) {}

    /**
     * A foreign key as written; {@code referencedColumns} is empty when it names none (then it means
     * the referenced table's primary key).
     */
    record ForeignKeySql(
            Optional<String> name,
            List<String> columns,
            String referencedTable,
            List<String> referencedColumns,
            ReferentialAction onDelete,
            ReferentialAction onUpdate,
            boolean deferrable,
            boolean initiallyDeferred) {}

    /** Reads a {@code CREATE TABLE} statement. */
    static SqliteTableSql parse(String sql) {
        return new Reader(sql).read();
    }

    /** What one column says, if the statement has the column. */
    Optional<ColumnSql> column(String name) {
        return columns.stream()
                .filter(column -> column.name().equalsIgnoreCase(name))
                .findFirst();
    }

    /** Reads one statement. One thread at a time. */
    private static final class Reader {
        private final String sql;
        private final List<Token> tokens;
        private final List<ColumnSql> columns = new ArrayList<>();
        private Optional<String> primaryKeyName = Optional.empty();
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<ForeignKeySql> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();

        Reader(String sql) {
            this.sql = sql;
            this.tokens = SqliteTokens.of(sql);
        }

        SqliteTableSql read() {
            int open = 0;
            while (open < tokens.size() && !tokens.get(open).isSymbol('(')) {
                open++;
            }
            int close = SqliteTokens.closing(tokens, open);
            for (List<Token> element : SqliteTokens.split(tokens, open + 1, close)) {
                Token first = element.get(0);
                if (first.is("CONSTRAINT")
                        || first.is("PRIMARY")
                        || first.is("UNIQUE")
                        || first.is("CHECK")
                        || first.is("FOREIGN")) {
                    tableConstraint(element);
                } else {
                    column(element);
                }
            }
            return new SqliteTableSql(columns, primaryKeyName, uniques, foreignKeys, checks);
        }

        private void tableConstraint(List<Token> element) {
            int i = 0;
            Optional<String> name = Optional.empty();
            if (element.get(0).is("CONSTRAINT")) {
                name = Optional.of(element.get(1).name());
                i = 2;
            }
            Token kind = element.get(i);
            if (kind.is("PRIMARY")) {
                primaryKeyName = name;
            } else if (kind.is("UNIQUE")) {
                uniques.add(new UniqueConstraint(name, columnList(element, i + 1)));
            } else if (kind.is("CHECK")) {
                checks.add(new CheckConstraint(name, group(element, i + 1)));
            } else if (kind.is("FOREIGN")) {
                int open = next(element, i, '(');
                List<String> columns = columnList(element, open);
                int references = SqliteTokens.closing(element, open) + 1;
                foreignKeys.add(references(element, references, name, columns));
            }
        }

        private void column(List<Token> element) {
            String name = element.get(0).name();
            int i = 1;
            while (i < element.size() && !isColumnConstraint(element.get(i))) {
                i = element.get(i).isSymbol('(') ? SqliteTokens.closing(element, i) + 1 : i + 1;
            }
            boolean autoIncrement = false;
            Optional<String> collate = Optional.empty();
            Optional<String> generated = Optional.empty();
            Optional<DataType> enumType = Optional.empty();
            Optional<String> constraintName = Optional.empty();
            while (i < element.size()) {
                Token token = element.get(i);
                if (token.is("CONSTRAINT")) {
                    constraintName = Optional.of(element.get(i + 1).name());
                    i += 2;
                    continue;
                }
                int start = i;
                if (token.is("PRIMARY")) {
                    primaryKeyName = constraintName;
                    i += 2;
                    while (i < element.size()
                            && (element.get(i).is("ASC") || element.get(i).is("DESC"))) {
                        i++;
                    }
                    i = conflictClause(element, i);
                    if (i < element.size() && element.get(i).is("AUTOINCREMENT")) {
                        autoIncrement = true;
                        i++;
                    }
                } else if (token.is("NOT")) {
                    i = conflictClause(element, i + 2);
                } else if (token.is("NULL")) {
                    i = conflictClause(element, i + 1);
                } else if (token.is("UNIQUE")) {
                    uniques.add(new UniqueConstraint(constraintName, List.of(name)));
                    i = conflictClause(element, i + 1);
                } else if (token.is("CHECK")) {
                    int open = i + 1;
                    String condition = group(element, open);
                    Optional<DataType> enumeration =
                            constraintName.flatMap(enumName -> enumeration(enumName, name, element, open));
                    if (enumeration.isPresent()) {
                        enumType = enumeration;
                    } else {
                        checks.add(new CheckConstraint(constraintName, condition));
                    }
                    i = SqliteTokens.closing(element, i + 1) + 1;
                } else if (token.is("DEFAULT")) {
                    i++;
                    if (element.get(i).isSymbol('(')) {
                        i = SqliteTokens.closing(element, i) + 1;
                    } else {
                        i += element.get(i).isSymbol('-') || element.get(i).isSymbol('+') ? 2 : 1;
                    }
                } else if (token.is("COLLATE")) {
                    collate = Optional.of(SqliteTokens.text(sql, element, i, i + 1));
                    i += 2;
                } else if (token.is("REFERENCES")) {
                    ForeignKeySql key = references(element, i, constraintName, List.of(name));
                    foreignKeys.add(key);
                    i = endOfReferences(element, i);
                } else if (token.is("GENERATED") || token.is("AS")) {
                    int open = next(element, i, '(');
                    int end = SqliteTokens.closing(element, open) + 1;
                    if (end < element.size()
                            && (element.get(end).is("STORED")
                                    || element.get(end).is("VIRTUAL"))) {
                        end++;
                    }
                    generated = Optional.of(SqliteTokens.text(sql, element, start, end - 1));
                    i = end;
                } else {
                    i++;
                }
                constraintName = Optional.empty();
            }
            columns.add(new ColumnSql(name, autoIncrement, collate, generated, enumType));
        }

        private static boolean isColumnConstraint(Token token) {
            return token.kind() == Kind.WORD
                    && COLUMN_CONSTRAINTS.contains(token.text().toUpperCase(Locale.ROOT));
        }

        /** Past {@code ON CONFLICT action}, when it is at {@code i}. */
        private static int conflictClause(List<Token> element, int i) {
            if (i + 1 < element.size()
                    && element.get(i).is("ON")
                    && element.get(i + 1).is("CONFLICT")) {
                return i + 3;
            }
            return i;
        }

        /** {@code REFERENCES table [(columns)] [actions] [DEFERRABLE ...]} from {@code i}. */
        private ForeignKeySql references(List<Token> element, int i, Optional<String> name, List<String> columns) {
            String table = element.get(i + 1).name();
            int j = i + 2;
            List<String> referenced = List.of();
            if (j < element.size() && element.get(j).isSymbol('(')) {
                referenced = columnList(element, j);
                j = SqliteTokens.closing(element, j) + 1;
            }
            ReferentialAction onDelete = ReferentialAction.NO_ACTION;
            ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
            boolean deferrable = false;
            boolean initiallyDeferred = false;
            while (j < element.size()) {
                Token token = element.get(j);
                if (token.is("ON") && j + 2 < element.size()) {
                    boolean delete = element.get(j + 1).is("DELETE");
                    Token action = element.get(j + 2);
                    ReferentialAction value;
                    if (action.is("SET")) {
                        value = element.get(j + 3).is("NULL")
                                ? ReferentialAction.SET_NULL
                                : ReferentialAction.SET_DEFAULT;
                        j += 4;
                    } else if (action.is("NO")) {
                        value = ReferentialAction.NO_ACTION;
                        j += 4;
                    } else {
                        value = action.is("CASCADE") ? ReferentialAction.CASCADE : ReferentialAction.RESTRICT;
                        j += 3;
                    }
                    if (delete) {
                        onDelete = value;
                    } else {
                        onUpdate = value;
                    }
                } else if (token.is("MATCH")) {
                    j += 2;
                } else if (token.is("NOT")
                        && j + 1 < element.size()
                        && element.get(j + 1).is("DEFERRABLE")) {
                    j += 2;
                } else if (token.is("DEFERRABLE")) {
                    deferrable = true;
                    j++;
                } else if (token.is("INITIALLY") && j + 1 < element.size()) {
                    initiallyDeferred = element.get(j + 1).is("DEFERRED");
                    j += 2;
                } else {
                    break;
                }
            }
            return new ForeignKeySql(
                    name, columns, table, referenced, onDelete, onUpdate, deferrable, initiallyDeferred);
        }

        /** Where the foreign key clause at {@code i} ends: at the next column constraint it does not own. */
        private static int endOfReferences(List<Token> element, int i) {
            int j = i + 2;
            if (j < element.size() && element.get(j).isSymbol('(')) {
                j = SqliteTokens.closing(element, j) + 1;
            }
            while (j < element.size()) {
                Token token = element.get(j);
                if (token.is("ON")) {
                    j += element.get(j + 2).is("SET") || element.get(j + 2).is("NO") ? 4 : 3;
                } else if (token.is("MATCH") || token.is("INITIALLY")) {
                    j += 2;
                } else if (token.is("NOT")
                        && j + 1 < element.size()
                        && element.get(j + 1).is("DEFERRABLE")) {
                    j += 2;
                } else if (token.is("DEFERRABLE")) {
                    j++;
                } else {
                    break;
                }
            }
            return j;
        }

        /** The names in the parenthesized list at {@code open}: {@code (a, b COLLATE x DESC)}. */
        private static List<String> columnList(List<Token> element, int open) {
            int close = SqliteTokens.closing(element, open);
            return SqliteTokens.split(element, open + 1, close).stream()
                    .map(part -> part.get(0).name())
                    .toList();
        }

        /** The text inside the parentheses at {@code open}. */
        private String group(List<Token> element, int open) {
            return SqliteTokens.text(sql, element, open + 1, SqliteTokens.closing(element, open) - 1);
        }

        private static int next(List<Token> element, int from, char symbol) {
            int i = from;
            while (i < element.size() && !element.get(i).isSymbol(symbol)) {
                i++;
            }
            return i;
        }

        /** The enum of {@code CHECK (column IN ('a', 'b'))} at {@code open}, if the check is one. */
        private static Optional<DataType> enumeration(String enumName, String column, List<Token> element, int open) {
            int close = SqliteTokens.closing(element, open);
            List<Token> inside = element.subList(open + 1, close);
            if (inside.size() < 5
                    || !inside.get(0).isName()
                    || !inside.get(0).name().equalsIgnoreCase(column)
                    || !inside.get(1).is("IN")
                    || !inside.get(2).isSymbol('(')
                    || !inside.get(inside.size() - 1).isSymbol(')')) {
                return Optional.empty();
            }
            List<String> values = new ArrayList<>();
            for (int i = 3; i < inside.size() - 1; i++) {
                Token token = inside.get(i);
                boolean valueExpected = (i - 3) % 2 == 0;
                if (valueExpected && token.kind() == Kind.STRING) {
                    values.add(token.name());
                } else if (valueExpected || !token.isSymbol(',')) {
                    return Optional.empty();
                }
            }
            return values.isEmpty()
                    ? Optional.empty()
                    : Optional.of(DataType.enumeration(enumName, values.toArray(String[]::new)));
        }
    }
}
