package dev.retort.dialect;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterDomain;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateDomain;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateRangeType;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropDomain;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropRangeType;
import dev.retort.ops.DropSchema;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders operations as standard SQL statements; a dialect's renderer extends it, supplies its
 * types, and overrides only the statements its database writes differently. Whatever a database may
 * lack is asked of {@link Dialect#supports}. Stateless and thread-safe.
 */
public abstract class StandardSqlRenderer {
    /** A column name, optionally followed by a sort order. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** A column name in double quotes or backticks: {@code "odd ref"}, {@code `odd ref`}. */
    private static final Pattern QUOTED_NAME = Pattern.compile("\"((?:[^\"]|\"\")+)\"|`((?:[^`]|``)+)`");

    /** An index element: its body, then an optional sort order and NULLS placement. */
    private static final Pattern ORDERED_ELEMENT =
            Pattern.compile("(?is)(.*?)((?:\\s+(?:ASC|DESC))?(?:\\s+NULLS\\s+(?:FIRST|LAST))?)");

    private final Dialect dialect;

    /** For {@code dialect}, whose identifiers, literals and capabilities it uses. */
    protected StandardSqlRenderer(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** The dialect this renderer writes for. */
    protected final Dialect dialect() {
        return dialect;
    }

    /**
     * The statements that carry out {@code operation}.
     *
     * @see Dialect#render
     */
    public final List<String> render(Operation operation, TableLookup tables) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(tables, "tables");
        if (operation instanceof CreateTable create) {
            return createTable(create.definition(), tables);
        } else if (operation instanceof DropTable drop) {
            return dropTable(drop, tables);
        } else if (operation instanceof RenameTable rename) {
            return renameTable(rename, tables);
        } else if (operation instanceof AddColumn add) {
            return addColumn(add, tables);
        } else if (operation instanceof DropColumn drop) {
            return dropColumn(drop, tables);
        } else if (operation instanceof AlterColumn alter) {
            return alterColumn(alter, tables);
        } else if (operation instanceof CreateIndex create) {
            return createIndex(create, tables);
        } else if (operation instanceof DropIndex drop) {
            return dropIndex(drop, tables);
        } else if (operation instanceof AddConstraint add) {
            return addConstraint(add, tables);
        } else if (operation instanceof DropConstraint drop) {
            return dropConstraint(drop, tables);
        } else if (operation instanceof SetTableComment comment) {
            return setTableComment(comment, tables);
        } else if (operation instanceof CreateSequence create) {
            return createSequence(create, tables);
        } else if (operation instanceof DropSequence drop) {
            return dropSequence(drop, tables);
        } else if (operation instanceof AlterSequence alter) {
            return alterSequence(alter, tables);
        } else if (operation instanceof CreateSchema create) {
            return createSchema(create);
        } else if (operation instanceof DropSchema drop) {
            return dropSchema(drop);
        } else if (operation instanceof CreateRangeType create) {
            return createRangeType(create);
        } else if (operation instanceof DropRangeType drop) {
            return dropRangeType(drop);
        } else if (operation instanceof CreateDomain create) {
            return createDomain(create, tables);
        } else if (operation instanceof DropDomain drop) {
            return dropDomain(drop, tables);
        } else if (operation instanceof AlterDomain alter) {
            return alterDomain(alter, tables);
        } else if (operation instanceof Execute || operation instanceof BulkInsert) {
            throw new IllegalArgumentException(operation.getClass().getSimpleName()
                    + " is not rendered: the caller runs it with its parameters bound");
        }
        throw new IllegalArgumentException("unknown operation " + operation);
    }

    /** {@code type} as a column type of this database, its {@code COLLATE} clause included. */
    public abstract String type(DataType type);

    /** {@code sql}, the type's own SQL, followed by {@code COLLATE name} where the type has a collation. */
    protected final String collated(String sql, DataType type) {
        return type.collation().isEmpty() ? sql : sql + " COLLATE " + name(type.collation());
    }

    // ---- tables

    /** {@code CREATE TABLE}, then the comments of the table and its columns. */
    protected List<String> createTable(Table table, TableLookup tables) {
        List<String> statements = new ArrayList<>();
        statements.add(createTableStatement(table.name(), table));
        if (dialect.supports(Capability.COMMENTS)) {
            table.comment().ifPresent(comment -> statements.add(tableComment(table.name(), Optional.of(comment))));
            for (Column column : table.columns()) {
                column.comment()
                        .ifPresent(comment ->
                                statements.add(columnComment(table.name(), column.name(), Optional.of(comment))));
            }
        }
        return statements;
    }

    /** The {@code CREATE TABLE} statement of {@code table}, under the name {@code name}. */
    protected String createTableStatement(String name, Table table) {
        return "CREATE TABLE " + objectName(name) + " (\n    " + String.join(",\n    ", tableElements(table)) + "\n)"
                + tableOptions(table);
    }

    /** What goes between the parentheses of {@code CREATE TABLE}: columns, then constraints. */
    protected List<String> tableElements(Table table) {
        List<String> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            elements.add(columnDefinition(table.name(), column));
        }
        elements.addAll(constraintElements(table, true));
        return elements;
    }

    /**
     * The table's constraints as elements of {@code CREATE TABLE}: its primary key (when {@code
     * withPrimaryKey}), unique constraints, foreign keys and checks.
     */
    protected List<String> constraintElements(Table table, boolean withPrimaryKey) {
        List<String> elements = new ArrayList<>();
        if (withPrimaryKey) {
            primaryKey(table).ifPresent(key -> elements.add(constraintDefinition(table.name(), key)));
        }
        for (UniqueConstraint unique : table.uniques()) {
            elements.add(constraintDefinition(table.name(), unique));
        }
        for (ForeignKey key : table.foreignKeys()) {
            elements.add(constraintDefinition(table.name(), key));
        }
        for (CheckConstraint check : table.checks()) {
            elements.add(constraintDefinition(table.name(), check));
        }
        return elements;
    }

    /** What follows the closing parenthesis of {@code CREATE TABLE}. Standard: nothing. */
    protected String tableOptions(Table table) {
        return "";
    }

    /**
     * The table's primary key: its constraint, or else one over the columns marked as primary key.
     */
    protected static Optional<PrimaryKey> primaryKey(Table table) {
        if (table.primaryKey().isPresent()) {
            return table.primaryKey();
        }
        List<String> columns = table.columns().stream()
                .filter(Column::isPrimaryKey)
                .map(Column::name)
                .toList();
        return columns.isEmpty() ? Optional.empty() : Optional.of(new PrimaryKey(Optional.empty(), columns));
    }

    /** {@code DROP TABLE}. */
    protected List<String> dropTable(DropTable drop, TableLookup tables) {
        return List.of("DROP TABLE " + objectName(drop.name()));
    }

    /** {@code ALTER TABLE ... RENAME TO}. */
    protected List<String> renameTable(RenameTable rename, TableLookup tables) {
        return List.of("ALTER TABLE " + objectName(rename.from()) + " RENAME TO "
                + name(QualifiedName.localName(rename.to())));
    }

    /** A table comment, or its removal: {@code COMMENT ON TABLE}. */
    protected String tableComment(String table, Optional<String> comment) {
        return "COMMENT ON TABLE " + objectName(table) + " IS "
                + comment.map(dialect::stringLiteral).orElse("NULL");
    }

    /** A column comment, or its removal: {@code COMMENT ON COLUMN}. */
    protected String columnComment(String table, String column, Optional<String> comment) {
        return "COMMENT ON COLUMN " + objectName(table) + "." + name(column) + " IS "
                + comment.map(dialect::stringLiteral).orElse("NULL");
    }

    /** The comment statements, or none where the database keeps no comments. */
    protected List<String> setTableComment(SetTableComment comment, TableLookup tables) {
        if (!dialect.supports(Capability.COMMENTS)) {
            return List.of();
        }
        return List.of(tableComment(comment.tableName(), comment.comment().value()));
    }

    // ---- columns

    /**
     * A column in {@code CREATE TABLE} or {@code ADD COLUMN}: name, type, default, identity, NOT NULL.
     */
    protected String columnDefinition(String table, Column column) {
        StringBuilder sql = new StringBuilder(name(column.name())).append(' ').append(type(column.type()));
        column.defaultSql().ifPresent(value -> sql.append(" DEFAULT ").append(defaultValue(value)));
        if (column.isAutoIncrement()) {
            checkAutoIncrement(table, column);
            sql.append(" ").append(generated(column.identity())).append(" AS IDENTITY");
        }
        if (!column.isNullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** {@code GENERATED ALWAYS} for {@link Identity#ALWAYS}, else {@code GENERATED BY DEFAULT}. */
    protected static String generated(Identity identity) {
        return identity == Identity.ALWAYS ? "GENERATED ALWAYS" : "GENERATED BY DEFAULT";
    }

    /** Refuses an auto-increment column that also has a default, or is not of an integer type. */
    protected void checkAutoIncrement(String table, Column column) {
        if (column.defaultSql().isPresent()) {
            throw new RenderException(dialect.displayName() + " cannot generate the values of column " + table + "."
                    + column.name() + " and also give it the default "
                    + column.defaultSql().get()
                    + ": remove the default or autoIncrement()");
        }
        DataType.Kind kind = column.type().kind();
        if (kind != DataType.Kind.INTEGER
                && kind != DataType.Kind.BIGINT
                && kind != DataType.Kind.SMALLINT
                && kind != DataType.Kind.RAW) {
            throw new RenderException(dialect.displayName() + " generates values only for integer columns, and "
                    + table + "." + column.name() + " is " + type(column.type())
                    + ": make it integer(), bigint() or smallint(), or remove autoIncrement()");
        }
    }

    /** A server default as the column definition writes it. Standard: as given. */
    protected String defaultValue(String sql) {
        return sql;
    }

    /** {@code ALTER TABLE ... ADD COLUMN}, then its comment. */
    protected List<String> addColumn(AddColumn add, TableLookup tables) {
        List<String> statements = new ArrayList<>();
        String definition = columnDefinition(add.tableName(), add.column());
        if (add.column().isPrimaryKey()) {
            definition += " PRIMARY KEY";
        }
        statements.add("ALTER TABLE " + objectName(add.tableName()) + " ADD COLUMN " + definition);
        if (dialect.supports(Capability.COMMENTS)) {
            add.column()
                    .comment()
                    .ifPresent(comment -> statements.add(
                            columnComment(add.tableName(), add.column().name(), Optional.of(comment))));
        }
        return statements;
    }

    /** {@code ALTER TABLE ... DROP COLUMN}. */
    protected List<String> dropColumn(DropColumn drop, TableLookup tables) {
        return List.of("ALTER TABLE " + objectName(drop.tableName()) + " DROP COLUMN " + name(drop.column()));
    }

    /**
     * One {@code ALTER TABLE ... ALTER COLUMN} per change, in the order: an identity that goes, type,
     * nullability, default, an identity that comes or changes, comment, and the rename last (an identity
     * column must be NOT NULL and have no default, so it goes before they change and comes after).
     */
    protected List<String> alterColumn(AlterColumn alter, TableLookup tables) {
        List<String> statements = new ArrayList<>();
        String prefix = "ALTER TABLE " + objectName(alter.tableName()) + " ALTER COLUMN " + name(alter.column()) + " ";
        Identity before = alter.existingIdentity()
                .or(() -> existingColumn(tables, alter.tableName(), alter.column())
                        .map(Column::identity))
                .orElse(Identity.NONE);
        alter.identity()
                .filter(after -> after != before)
                .ifPresent(after -> statements.addAll(identityGoes(alter, before, after, tables)));
        alter.type().ifPresent(type -> statements.add(prefix + changeType(alter, type, tables)));
        alter.nullable().ifPresent(nullable -> statements.add(prefix + (nullable ? "DROP NOT NULL" : "SET NOT NULL")));
        alter.serverDefault()
                .ifPresent(change -> statements.add(prefix
                        + change.value()
                                .map(value -> "SET DEFAULT " + defaultValue(value))
                                .orElse("DROP DEFAULT")));
        alter.identity()
                .filter(after -> after != before)
                .ifPresent(after -> statements.addAll(identityComes(alter, before, after, tables)));
        if (dialect.supports(Capability.COMMENTS)) {
            alter.comment()
                    .ifPresent(
                            change -> statements.add(columnComment(alter.tableName(), alter.column(), change.value())));
        }
        alter.newName().ifPresent(newName -> statements.add(renameColumn(alter.tableName(), alter.column(), newName)));
        return statements;
    }

    /**
     * What ends the identity {@code before} when the column's values are to be generated as {@code after}
     * instead, before the other changes of the column. Standard: {@code DROP IDENTITY} when it stops
     * being generated.
     */
    protected List<String> identityGoes(AlterColumn alter, Identity before, Identity after, TableLookup tables) {
        if (after != Identity.NONE) {
            return List.of();
        }
        return List.of(alterColumnPrefix(alter) + "DROP IDENTITY");
    }

    /**
     * What makes the column's values generated as {@code after}, once its other changes are made.
     * Standard: {@code ADD GENERATED ... AS IDENTITY} for a column that was not generated, {@code SET
     * GENERATED ...} for one that was.
     */
    protected List<String> identityComes(AlterColumn alter, Identity before, Identity after, TableLookup tables) {
        if (after == Identity.NONE) {
            return List.of();
        }
        if (before == Identity.NONE) {
            return List.of(alterColumnPrefix(alter) + "ADD " + generated(after) + " AS IDENTITY");
        }
        return List.of(alterColumnPrefix(alter) + "SET " + generated(after));
    }

    /** {@code ALTER TABLE t ALTER COLUMN c }, with the trailing space. */
    protected final String alterColumnPrefix(AlterColumn alter) {
        return "ALTER TABLE " + objectName(alter.tableName()) + " ALTER COLUMN " + name(alter.column()) + " ";
    }

    /** The clause after {@code ALTER COLUMN name} that changes its type. Standard: {@code SET DATA TYPE}. */
    protected String changeType(AlterColumn alter, DataType type, TableLookup tables) {
        return "SET DATA TYPE " + type(type);
    }

    /** {@code ALTER TABLE ... RENAME COLUMN ... TO}. */
    protected String renameColumn(String table, String column, String newName) {
        return "ALTER TABLE " + objectName(table) + " RENAME COLUMN " + name(column) + " TO " + name(newName);
    }

    /** The column as the live database has it, when {@code tables} knows the table and it has the column. */
    protected static Optional<Column> existingColumn(TableLookup tables, String table, String column) {
        return tables.find(table).flatMap(snapshot -> snapshot.table().column(column));
    }

    // ---- indexes

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table [USING m] (elements) [INCLUDE] [WHERE]}. */
    protected List<String> createIndex(CreateIndex create, TableLookup tables) {
        Index index = create.index();
        checkIndex(index);
        StringBuilder sql = new StringBuilder("CREATE ");
        if (index.isUnique()) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ");
        if (create.concurrently() && dialect.supports(Capability.CONCURRENT_INDEXES)) {
            sql.append("CONCURRENTLY ");
        }
        sql.append(name(index.name())).append(" ON ").append(objectName(index.table()));
        index.method().ifPresent(method -> sql.append(" USING ").append(method));
        sql.append(" (").append(indexElements(index)).append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(names(index.include())).append(')');
        }
        index.where().ifPresent(where -> sql.append(" WHERE ").append(where));
        return List.of(sql.toString());
    }

    /** Refuses what the database's indexes cannot have: a WHERE, INCLUDE columns, an access method. */
    protected void checkIndex(Index index) {
        String subject = " index " + index.name() + " on " + index.table();
        if (index.where().isPresent() && !dialect.supports(Capability.PARTIAL_INDEXES)) {
            throw new RenderException(dialect.displayName() + " has no partial indexes, so" + subject
                    + " cannot have WHERE " + index.where().get()
                    + ": index all rows (leave out where(...)), or enforce the condition otherwise");
        }
        if (!index.include().isEmpty() && !dialect.supports(Capability.INDEX_INCLUDE)) {
            throw new RenderException(dialect.displayName() + " has no INCLUDE columns, so" + subject
                    + " cannot include " + String.join(", ", index.include())
                    + ": add them to the index's columns, or leave out include(...)");
        }
        if (index.method().isPresent() && !dialect.supports(Capability.INDEX_METHODS)) {
            throw new RenderException(dialect.displayName() + " has no index access methods, so" + subject
                    + " cannot use " + index.method().get() + ": leave out using(...)");
        }
    }

    /** The index's elements, comma-separated. */
    protected String indexElements(Index index) {
        return index.elements().stream()
                .map(element -> indexElement(index, element))
                .collect(Collectors.joining(", "));
    }

    /**
     * One index element: a column name (quoted as needed; one in double quotes or backticks is a name
     * too, quoted as this database quotes), or an expression, then its sort order as written.
     */
    protected String indexElement(Index index, String element) {
        Matcher matcher = ORDERED_ELEMENT.matcher(element.strip());
        if (!matcher.matches()) {
            throw new IllegalStateException("unreachable: every element matches " + ORDERED_ELEMENT);
        }
        String body = matcher.group(1);
        String order = matcher.group(2).strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        Matcher quoted = QUOTED_NAME.matcher(body);
        String rendered;
        if (quoted.matches()) {
            rendered = quoted.group(1) != null
                    ? name(quoted.group(1).replace("\"\"", "\""))
                    : name(quoted.group(2).replace("``", "`"));
        } else {
            rendered = isPlainName(body) ? name(body) : indexExpression(index, body);
        }
        return order.isEmpty() ? rendered : rendered + " " + order;
    }

    /** Whether {@code text} is a plain column name rather than an expression. */
    public static boolean isPlainName(String text) {
        return PLAIN_NAME.matcher(text).matches();
    }

    /** An expression element of an index. Standard: in parentheses unless it is a call or already in them. */
    protected String indexExpression(Index index, String expression) {
        if (!dialect.supports(Capability.EXPRESSION_INDEXES)) {
            throw new RenderException(dialect.displayName() + " cannot index expressions, so index " + index.name()
                    + " on " + index.table() + " cannot have the element " + expression
                    + ": index a generated column holding the expression instead");
        }
        if (isCall(expression) || isParenthesized(expression)) {
            return expression;
        }
        return "(" + expression + ")";
    }

    /** Whether {@code text} is a function call: a name, then parentheses that close at its end. */
    protected static boolean isCall(String text) {
        Matcher name = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*\\s*").matcher(text);
        return name.lookingAt()
                && name.end() < text.length()
                && text.charAt(name.end()) == '('
                && closesAtEnd(text, name.end());
    }

    /** Whether {@code text} is one parenthesized expression. */
    protected static boolean isParenthesized(String text) {
        return text.startsWith("(") && closesAtEnd(text, 0);
    }

    /** Whether the parenthesis opened at {@code open} closes at the last character, skipping quotes. */
    private static boolean closesAtEnd(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    /** {@code DROP INDEX [CONCURRENTLY] name}. */
    protected List<String> dropIndex(DropIndex drop, TableLookup tables) {
        String concurrently =
                drop.concurrently() && dialect.supports(Capability.CONCURRENT_INDEXES) ? "CONCURRENTLY " : "";
        return List.of("DROP INDEX " + concurrently + objectName(QualifiedName.sibling(drop.tableName(), drop.name())));
    }

    // ---- constraints

    /** {@code ALTER TABLE ... ADD CONSTRAINT}. */
    protected List<String> addConstraint(AddConstraint add, TableLookup tables) {
        return List.of("ALTER TABLE " + objectName(add.tableName()) + " ADD "
                + constraintDefinition(add.tableName(), add.constraint()));
    }

    /** {@code ALTER TABLE ... DROP CONSTRAINT}. */
    protected List<String> dropConstraint(DropConstraint drop, TableLookup tables) {
        return List.of("ALTER TABLE " + objectName(drop.tableName()) + " DROP CONSTRAINT " + name(drop.name()));
    }

    /** A constraint as a table element: {@code [CONSTRAINT name] PRIMARY KEY (...)} and so on. */
    protected String constraintDefinition(String table, Constraint constraint) {
        String prefix =
                constraint.name().map(name -> "CONSTRAINT " + name(name) + " ").orElse("");
        if (constraint instanceof PrimaryKey key) {
            return prefix + "PRIMARY KEY (" + names(key.columns()) + ")";
        } else if (constraint instanceof UniqueConstraint unique) {
            return prefix + "UNIQUE (" + names(unique.columns()) + ")";
        } else if (constraint instanceof ForeignKey key) {
            return prefix + foreignKey(table, key);
        } else if (constraint instanceof CheckConstraint check) {
            return prefix + "CHECK (" + check.condition() + ")";
        }
        throw new IllegalArgumentException("unknown constraint " + constraint);
    }

    /** {@code FOREIGN KEY (...) REFERENCES t (...)} with its actions and deferrability. */
    protected String foreignKey(String table, ForeignKey key) {
        StringBuilder sql = new StringBuilder("FOREIGN KEY (")
                .append(names(key.columns()))
                .append(") REFERENCES ")
                .append(objectName(key.referencedTable()))
                .append(" (")
                .append(names(key.referencedColumns()))
                .append(')');
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(key.onDelete().sql());
        }
        if (key.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        if (key.deferrable()) {
            if (!dialect.supports(Capability.DEFERRABLE_CONSTRAINTS)) {
                throw new RenderException(dialect.displayName() + " checks foreign keys at once and cannot defer them,"
                        + " so foreign key " + key.name().orElse("(unnamed)") + " on " + table
                        + " cannot be DEFERRABLE: leave out deferrable(...) for this database");
            }
            sql.append(" DEFERRABLE");
            if (key.initiallyDeferred()) {
                sql.append(" INITIALLY DEFERRED");
            }
        }
        return sql.toString();
    }

    // ---- sequences

    /** {@code CREATE SEQUENCE name} with the options that are not the defaults. */
    protected List<String> createSequence(CreateSequence create, TableLookup tables) {
        Sequence sequence = create.sequence();
        checkSequences("created", sequence.name());
        return List.of("CREATE SEQUENCE " + objectName(sequence.name()) + sequenceOptions(Optional.empty(), sequence));
    }

    /** {@code DROP SEQUENCE name}. */
    protected List<String> dropSequence(DropSequence drop, TableLookup tables) {
        checkSequences("dropped", drop.name());
        return List.of("DROP SEQUENCE " + objectName(drop.name()));
    }

    /** {@code ALTER SEQUENCE name} with the options that change. */
    protected List<String> alterSequence(AlterSequence alter, TableLookup tables) {
        checkSequences("altered", alter.name());
        return List.of("ALTER SEQUENCE " + objectName(alter.name())
                + sequenceOptions(Optional.of(alter.existing()), alter.sequence()));
    }

    /** Refuses sequence operations where the database has no sequences. */
    protected void checkSequences(String done, String sequence) {
        if (!dialect.supports(Capability.SEQUENCES)) {
            throw new RenderException("Retort does not support sequences on " + dialect.displayName() + ", so sequence "
                    + sequence + " cannot be " + done
                    + ": use an auto-increment column (autoIncrement()) instead");
        }
    }

    /**
     * The options of {@code CREATE SEQUENCE} (no {@code existing}: those that are not the defaults) or
     * of {@code ALTER SEQUENCE} (those that differ from {@code existing}), each with a leading space:
     * {@code AS}, {@code INCREMENT BY}, {@code [NO] MINVALUE}, {@code [NO] MAXVALUE}, {@code START WITH},
     * {@code CACHE}, {@code [NO] CYCLE}, {@code OWNED BY}.
     */
    protected String sequenceOptions(Optional<Sequence> existing, Sequence sequence) {
        boolean altering = existing.isPresent();
        Sequence before = existing.orElse(Sequence.named(sequence.name()));
        StringBuilder sql = new StringBuilder();
        if (!before.type().equals(sequence.type())) {
            sql.append(" AS ").append(type(sequence.type()));
        }
        if (before.increment() != sequence.increment()) {
            sql.append(" INCREMENT BY ").append(sequence.increment());
        }
        if (!before.minValue().equals(sequence.minValue())) {
            sql.append(sequence.minValue().map(value -> " MINVALUE " + value).orElse(" NO MINVALUE"));
        }
        if (!before.maxValue().equals(sequence.maxValue())) {
            sql.append(sequence.maxValue().map(value -> " MAXVALUE " + value).orElse(" NO MAXVALUE"));
        }
        if (altering ? before.start() != sequence.start() : sequence.start() != defaultStart(sequence)) {
            sql.append(" START WITH ").append(sequence.start());
        }
        if (before.cache() != sequence.cache()) {
            sql.append(" CACHE ").append(sequence.cache());
        }
        if (before.cycle() != sequence.cycle()) {
            sql.append(sequence.cycle() ? " CYCLE" : " NO CYCLE");
        }
        if (!before.ownedBy().equals(sequence.ownedBy())) {
            sql.append(" OWNED BY ")
                    .append(sequence.ownedBy()
                            .map(owner -> objectName(owner.table()) + "." + name(owner.column()))
                            .orElse("NONE"));
        }
        return sql.toString();
    }

    /** Where a new sequence starts unless told: its smallest value ascending, its largest descending. */
    private static long defaultStart(Sequence sequence) {
        return sequence.increment() > 0
                ? sequence.minValue().orElse(1L)
                : sequence.maxValue().orElse(-1L);
    }

    // ---- domains

    /** {@code CREATE DOMAIN name AS type [DEFAULT ...] [NOT NULL] [CONSTRAINT c CHECK (...)]...}. */
    protected List<String> createDomain(CreateDomain create, TableLookup tables) {
        Domain domain = create.domain();
        checkDomains("created", domain.name());
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ")
                .append(objectName(domain.name()))
                .append(" AS ")
                .append(type(domain.type()));
        domain.defaultSql().ifPresent(value -> sql.append(" DEFAULT ").append(defaultValue(value)));
        if (!domain.isNullable()) {
            sql.append(" NOT NULL");
        }
        for (CheckConstraint check : domain.checks()) {
            sql.append(' ').append(constraintDefinition(domain.name(), check));
        }
        return List.of(sql.toString());
    }

    /** {@code DROP DOMAIN name}: refused by the database while a column uses it. */
    protected List<String> dropDomain(DropDomain drop, TableLookup tables) {
        checkDomains("dropped", drop.name());
        return List.of("DROP DOMAIN " + objectName(drop.name()));
    }

    /**
     * {@code ALTER DOMAIN} once for each change: checks that go or change are dropped first, then the
     * default and NOT NULL are set, then new and changed checks are added.
     */
    protected List<String> alterDomain(AlterDomain alter, TableLookup tables) {
        checkDomains("altered", alter.name());
        Domain before = alter.existing();
        Domain after = alter.domain();
        String prefix = "ALTER DOMAIN " + objectName(after.name());
        List<String> statements = new ArrayList<>();
        for (CheckConstraint check : before.checks()) {
            String checkName = check.name().orElseThrow();
            if (!after.check(checkName).equals(Optional.of(check))) {
                statements.add(prefix + " DROP CONSTRAINT " + name(checkName));
            }
        }
        if (!before.defaultSql().equals(after.defaultSql())) {
            statements.add(after.defaultSql()
                    .map(value -> prefix + " SET DEFAULT " + defaultValue(value))
                    .orElse(prefix + " DROP DEFAULT"));
        }
        if (before.isNullable() != after.isNullable()) {
            statements.add(prefix + (after.isNullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        for (CheckConstraint check : after.checks()) {
            if (!before.check(check.name().orElseThrow()).equals(Optional.of(check))) {
                statements.add(prefix + " ADD " + constraintDefinition(after.name(), check));
            }
        }
        return statements;
    }

    /** Refuses domain operations where the database has no domains. */
    protected void checkDomains(String done, String domain) {
        if (!dialect.supports(Capability.DOMAINS)) {
            throw new RenderException("Retort does not support domains on " + dialect.displayName() + ", so domain "
                    + domain + " cannot be " + done + ": use its base type, with a check constraint on each column");
        }
    }

    // ---- range types

    /**
     * {@code CREATE TYPE name AS RANGE (SUBTYPE = t [, SUBTYPE_OPCLASS = o] [, COLLATION = c]
     * [, CANONICAL = f] [, SUBTYPE_DIFF = f])}, where the database has range types.
     */
    protected List<String> createRangeType(CreateRangeType create) {
        RangeType range = create.range();
        checkRangeTypes("created", range.name());
        StringBuilder sql = new StringBuilder("CREATE TYPE ")
                .append(objectName(range.name()))
                .append(" AS RANGE (SUBTYPE = ")
                .append(type(range.subtype()));
        range.subtypeOpclass()
                .ifPresent(opclass -> sql.append(", SUBTYPE_OPCLASS = ").append(name(opclass)));
        range.collation().ifPresent(collation -> sql.append(", COLLATION = ").append(name(collation)));
        range.canonical().ifPresent(function -> sql.append(", CANONICAL = ").append(function));
        range.subtypeDiff()
                .ifPresent(function -> sql.append(", SUBTYPE_DIFF = ").append(function));
        return List.of(sql.append(')').toString());
    }

    /** {@code DROP TYPE name}: refused by the database while a column uses it. */
    protected List<String> dropRangeType(DropRangeType drop) {
        checkRangeTypes("dropped", drop.name());
        return List.of("DROP TYPE " + objectName(drop.name()));
    }

    /** Refuses range type operations where the database has no range types. */
    protected void checkRangeTypes(String done, String range) {
        if (!dialect.supports(Capability.RANGE_TYPES)) {
            throw new RenderException(dialect.displayName() + " has no range types, so range type " + range
                    + " cannot be " + done + ": store the bounds in two columns of the subtype");
        }
    }

    // ---- schemas

    /** {@code CREATE SCHEMA}, where the database has schemas. */
    protected List<String> createSchema(CreateSchema create) {
        checkSchemas("created", create.name());
        return List.of("CREATE SCHEMA " + name(create.name()));
    }

    /** {@code DROP SCHEMA}, where the database has schemas; it must be empty. */
    protected List<String> dropSchema(DropSchema drop) {
        checkSchemas("dropped", drop.name());
        return List.of("DROP SCHEMA " + name(drop.name()));
    }

    /** Refuses schema operations on a database without schemas, saying what to do instead. */
    protected void checkSchemas(String done, String schema) {
        if (!dialect.supports(Capability.SCHEMAS)) {
            throw new RenderException("Retort does not support schemas on " + dialect.displayName() + ", so schema "
                    + schema + " cannot be " + done + ": keep the tables in the database the URL names");
        }
    }

    // ---- names

    /** {@code name} as an identifier of this database. */
    protected final String name(String name) {
        return dialect.identifier(name);
    }

    /**
     * The name of a table, sequence, domain or type as an identifier of this database: {@code
     * "sales.orders"} (a {@linkplain QualifiedName qualified name}) as the schema's identifier, a dot
     * and the object's.
     */
    protected final String objectName(String name) {
        return QualifiedName.sql(name, this::name);
    }

    /** {@code names} as identifiers, comma-separated. */
    protected final String names(List<String> names) {
        return names.stream().map(this::name).collect(Collectors.joining(", "));
    }
}
