package dev.retort.render;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.DataType;
import dev.retort.schema.Domain;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.RangeType;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Schema values as the Java expressions a script writes for them: the model DSL
 * ({@code column("email", varchar(255)).notNull()}, {@code foreignKey(...).onDelete(CASCADE)}) where
 * it makes an equal value, else the record's constructor, so that the code always makes exactly
 * the value it was given.
 */
final class SchemaCode {
    private final Imports imports;

    SchemaCode(Imports imports) {
        this.imports = imports;
    }

    /**
     * The elements to pass to {@code Table.of(name, ...)}, when that (with {@code .comment(...)} for a
     * comment) makes exactly {@code table}; empty when only the constructor can.
     */
    static Optional<List<TableElement>> elements(Table table) {
        List<TableElement> elements = new ArrayList<>(table.columns());
        List<String> marked = table.columns().stream()
                .filter(Column::isPrimaryKey)
                .map(Column::name)
                .toList();
        Optional<PrimaryKey> key = table.primaryKey();
        if (key.isPresent() && marked.isEmpty()) {
            elements.add(key.get());
        }
        elements.addAll(table.uniques());
        elements.addAll(table.foreignKeys());
        elements.addAll(table.checks());
        try {
            Table made = Table.of(table.name(), elements.toArray(TableElement[]::new));
            made = table.comment().map(made::comment).orElse(made);
            return made.equals(table) ? Optional.of(elements) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An expression making {@code table}: {@code Table.of(...)}, or its constructor. */
    Code table(Table table) {
        Optional<List<TableElement>> elements = elements(table);
        if (elements.isPresent()) {
            List<Code> arguments = new ArrayList<>();
            arguments.add(Code.string(table.name()));
            elements.get().forEach(element -> arguments.add(element(element)));
            Code made = new Code.Call(imports.type(Table.class) + ".of", arguments, arguments.size() > 2);
            return Code.chain(
                    made,
                    table.comment()
                            .map(text -> List.of(Code.call("comment", Code.string(text))))
                            .orElse(List.of()));
        }
        return new Code.Call(
                "new " + imports.type(Table.class),
                List.of(
                        Code.string(table.name()),
                        list(table.columns(), this::column, true),
                        optional(table.primaryKey().map(this::constraint)),
                        list(table.uniques(), this::constraint, false),
                        list(table.foreignKeys(), this::constraint, false),
                        list(table.checks(), this::constraint, false),
                        optional(table.comment().map(Code::string))),
                true);
    }

    Code element(TableElement element) {
        return element instanceof Column column ? column(column) : constraint((Constraint) element);
    }

    /** {@code column("name", type)} with what differs from a plain nullable column chained on. */
    Code column(Column column) {
        List<Code.Call> calls = new ArrayList<>();
        boolean nullable = true;
        if (column.isPrimaryKey()) {
            calls.add(Code.call("primaryKey"));
            nullable = false;
        }
        if (column.isNullable() != nullable) {
            calls.add(Code.call(column.isNullable() ? "nullable" : "notNull"));
        }
        column.defaultSql().ifPresent(sql -> calls.add(Code.call("defaultSql", Code.string(sql))));
        if (column.identity() == Identity.BY_DEFAULT) {
            calls.add(Code.call("autoIncrement"));
        } else if (column.isAutoIncrement()) {
            calls.add(Code.call("identity", identity(column.identity())));
        }
        column.comment().ifPresent(text -> calls.add(Code.call("comment", Code.string(text))));
        Code made = Code.call(imports.member(Column.class, "column"), Code.string(column.name()), type(column.type()));
        return Code.chain(made, calls);
    }

    /** {@code Sequence.named("s")} with what differs from the defaults chained on. */
    Code sequence(Sequence sequence) {
        Sequence plain = Sequence.named(sequence.name());
        List<Code.Call> calls = new ArrayList<>();
        if (!sequence.type().equals(plain.type())) {
            calls.add(Code.call("typed", type(sequence.type())));
        }
        if (sequence.start() != plain.start()) {
            calls.add(Code.call("startWith", Code.text(sequence.start() + "L")));
        }
        if (sequence.increment() != plain.increment()) {
            calls.add(Code.call("incrementBy", Code.text(sequence.increment() + "L")));
        }
        sequence.minValue().ifPresent(value -> calls.add(Code.call("minValue", Code.text(value + "L"))));
        sequence.maxValue().ifPresent(value -> calls.add(Code.call("maxValue", Code.text(value + "L"))));
        if (sequence.cache() != plain.cache()) {
            calls.add(Code.call("cache", Code.text(sequence.cache() + "L")));
        }
        if (sequence.cycle()) {
            calls.add(Code.call("cycle", Code.text("true")));
        }
        sequence.ownedBy()
                .ifPresent(owner ->
                        calls.add(Code.call("ownedBy", Code.string(owner.table()), Code.string(owner.column()))));
        return Code.chain(Code.call(imports.type(Sequence.class) + ".named", Code.string(sequence.name())), calls);
    }

    /** {@code Domain.named("d", integer())} with its NOT NULL, default and checks chained on. */
    Code domain(Domain domain) {
        List<Code.Call> calls = new ArrayList<>();
        if (!domain.isNullable()) {
            calls.add(Code.call("notNull"));
        }
        domain.defaultSql().ifPresent(value -> calls.add(Code.call("defaultSql", Code.string(value))));
        for (CheckConstraint check : domain.checks()) {
            calls.add(Code.call("check", Code.string(check.name().orElseThrow()), Code.string(check.condition())));
        }
        return Code.chain(
                Code.call(imports.type(Domain.class) + ".named", Code.string(domain.name()), type(domain.type())),
                calls);
    }

    /** {@code RangeType.of("r", uuid())} with its options chained on. */
    Code range(RangeType range) {
        List<Code.Call> calls = new ArrayList<>();
        range.subtypeOpclass().ifPresent(value -> calls.add(Code.call("subtypeOpclass", Code.string(value))));
        range.collation().ifPresent(value -> calls.add(Code.call("collation", Code.string(value))));
        range.canonical().ifPresent(value -> calls.add(Code.call("canonical", Code.string(value))));
        range.subtypeDiff().ifPresent(value -> calls.add(Code.call("subtypeDiff", Code.string(value))));
        return Code.chain(
                Code.call(imports.type(RangeType.class) + ".of", Code.string(range.name()), type(range.subtype())),
                calls);
    }

    /** {@code Identity.ALWAYS} and the others. */
    Code identity(Identity kind) {
        return Code.text(imports.type(Identity.class) + "." + kind.name());
    }

    /** {@code varchar(255)}, {@code timestamp(true)}, {@code enumeration("mood", "sad", "ok")}... */
    Code type(DataType type) {
        return TypeCode.type(type, imports);
    }

    /** A constraint as a table element or an argument: the DSL for named ones, else the constructor. */
    Code constraint(Constraint constraint) {
        if (constraint instanceof PrimaryKey key) {
            return key.name()
                    .map(name -> call(PrimaryKey.class, "namedPrimaryKey", name, key.columns()))
                    .orElseGet(() -> call(PrimaryKey.class, "primaryKey", null, key.columns()));
        } else if (constraint instanceof UniqueConstraint unique) {
            return unique.name()
                    .map(name -> call(UniqueConstraint.class, "unique", name, unique.columns()))
                    .orElseGet(() -> Code.call(
                            "new " + imports.type(UniqueConstraint.class),
                            optional(Optional.empty()),
                            list(unique.columns(), Code::string, false)));
        } else if (constraint instanceof CheckConstraint check) {
            Code condition = Code.string(check.condition());
            return check.name()
                    .map(name -> (Code)
                            Code.call(imports.member(CheckConstraint.class, "check"), Code.string(name), condition))
                    .orElseGet(() -> Code.call(
                            "new " + imports.type(CheckConstraint.class), optional(Optional.empty()), condition));
        }
        return foreignKey((ForeignKey) constraint);
    }

    private Code call(Class<?> type, String factory, String name, List<String> columns) {
        List<Code> arguments = new ArrayList<>();
        if (name != null) {
            arguments.add(Code.string(name));
        }
        columns.forEach(column -> arguments.add(Code.string(column)));
        return Code.call(imports.member(type, factory), arguments);
    }

    /** {@code foreignKey(...)} with its actions and deferral chained on, else the constructor. */
    Code foreignKey(ForeignKey key) {
        Code columns = list(key.columns(), Code::string, false);
        Code referenced = list(key.referencedColumns(), Code::string, false);
        if (key.name().isPresent() && (key.deferrable() || !key.initiallyDeferred())) {
            List<Code.Call> calls = new ArrayList<>();
            if (key.onDelete() != ReferentialAction.NO_ACTION) {
                calls.add(Code.call("onDelete", action(key.onDelete())));
            }
            if (key.onUpdate() != ReferentialAction.NO_ACTION) {
                calls.add(Code.call("onUpdate", action(key.onUpdate())));
            }
            if (key.deferrable()) {
                calls.add(Code.call("deferrable", Code.text(Boolean.toString(key.initiallyDeferred()))));
            }
            Code made = Code.call(
                    imports.member(ForeignKey.class, "foreignKey"),
                    Code.string(key.name().get()),
                    columns,
                    Code.string(key.referencedTable()),
                    referenced);
            return Code.chain(made, calls);
        }
        return new Code.Call(
                "new " + imports.type(ForeignKey.class),
                List.of(
                        optional(key.name().map(Code::string)),
                        columns,
                        Code.string(key.referencedTable()),
                        referenced,
                        action(key.onDelete()),
                        action(key.onUpdate()),
                        Code.text(Boolean.toString(key.deferrable())),
                        Code.text(Boolean.toString(key.initiallyDeferred()))),
                false);
    }

    private Code action(ReferentialAction action) {
        return Code.text(imports.member(ReferentialAction.class, action.name()));
    }

    /** {@code Index.on(name, table, elements...)} with unique, where, include and using chained on. */
    Code index(Index index) {
        List<Code> arguments = new ArrayList<>();
        arguments.add(Code.string(index.name()));
        arguments.add(Code.string(index.table()));
        index.elements().forEach(element -> arguments.add(Code.string(element)));
        List<Code.Call> calls = new ArrayList<>();
        if (index.isUnique()) {
            calls.add(Code.call("unique"));
        }
        index.where().ifPresent(condition -> calls.add(Code.call("where", Code.string(condition))));
        if (!index.include().isEmpty()) {
            calls.add(Code.call(
                    "include", index.include().stream().map(Code::string).toList()));
        }
        index.method().ifPresent(method -> calls.add(Code.call("using", Code.string(method))));
        return Code.chain(Code.call(imports.type(Index.class) + ".on", arguments), calls);
    }

    /** {@code List.of(...)}, one item a line when {@code eachOnALine} and there are several. */
    static <T> Code list(Imports imports, List<T> items, Function<T, Code> code, boolean eachOnALine) {
        List<Code> arguments = items.stream().map(code).toList();
        return new Code.Call(imports.type(List.class) + ".of", arguments, eachOnALine && arguments.size() > 1);
    }

    <T> Code list(List<T> items, Function<T, Code> code, boolean eachOnALine) {
        return list(imports, items, code, eachOnALine);
    }

    /** {@code Optional.of(...)} or {@code Optional.empty()}. */
    Code optional(Optional<Code> value) {
        String type = imports.type(Optional.class);
        return value.map(code -> Code.call(type + ".of", code)).orElseGet(() -> Code.call(type + ".empty"));
    }
}
