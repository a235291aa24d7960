package dev.retort.render;

import dev.retort.schema.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DataType} as the Java a script writes: its factory ({@code varchar(255)},
 * {@code timestamp(true)}, {@code enumeration("mood", "sad", "ok")}, {@code text().collate("C")})
 * when that makes an equal value, else the record's constructor.
 */
final class TypeCode {
    private TypeCode() {}

    static Code type(DataType type, Imports imports) {
        if (!type.collation().isEmpty()) {
            Optional<Code.Call> factory = factory(type.withDefaultCollation());
            if (factory.isPresent()) {
                imports.member(DataType.class, factory.get().name());
                return Code.chain(factory.get(), List.of(Code.call("collate", Code.string(type.collation()))));
            }
        }
        Optional<Code.Call> factory = factory(type);
        if (factory.isPresent()) {
            imports.member(DataType.class, factory.get().name());
            return factory.get();
        }
        return Code.call(
                "new " + imports.type(DataType.class),
                Code.text(imports.type(DataType.Kind.class) + "." + type.kind().name()),
                number(type.length()),
                number(type.precision()),
                number(type.scale()),
                Code.text(Boolean.toString(type.timeZone())),
                Code.string(type.name()),
                SchemaCode.list(imports, type.values(), Code::string, false),
                Code.string(type.collation()));
    }

    /** The factory call that makes {@code type}, when one makes exactly it. */
    private static Optional<Code.Call> factory(DataType type) {
        Code.Call call = switch (type.kind()) {
            case INTEGER -> Code.call("integer");
            case BIGINT -> Code.call("bigint");
            case SMALLINT -> Code.call("smallint");
            case BOOLEAN -> Code.call("bool");
            case VARCHAR -> Code.call("varchar", number(type.length()));
            case CHAR -> Code.call("character", number(type.length()));
            case TEXT -> Code.call("text");
            case NUMERIC -> Code.call("numeric", number(type.precision()), number(type.scale()));
            case REAL -> Code.call("real");
            case DOUBLE -> Code.call("doublePrecision");
            case DATE -> Code.call("date");
            case TIME -> type.timeZone() ? Code.call("time", Code.text("true")) : Code.call("time");
            case TIMESTAMP -> type.timeZone() ? Code.call("timestamp", Code.text("true")) : Code.call("timestamp");
            case UUID -> Code.call("uuid");
            case JSON -> Code.call("json");
            case BINARY -> Code.call("binary");
            case ENUM -> enumeration(type);
            case DOMAIN -> Code.call("domain", Code.string(type.name()));
            case RAW -> Code.call("raw", Code.string(type.name()));
        };
        return remade(type).filter(type::equals).map(ignored -> call);
    }

    /** What the factory {@link #factory} names makes from {@code type}'s parts, if it accepts them. */
    private static Optional<DataType> remade(DataType type) {
        try {
            return Optional.of(
                    switch (type.kind()) {
                        case INTEGER -> DataType.integer();
                        case BIGINT -> DataType.bigint();
                        case SMALLINT -> DataType.smallint();
                        case BOOLEAN -> DataType.bool();
                        case VARCHAR -> DataType.varchar(type.length());
                        case CHAR -> DataType.character(type.length());
                        case TEXT -> DataType.text();
                        case NUMERIC -> DataType.numeric(type.precision(), type.scale());
                        case REAL -> DataType.real();
                        case DOUBLE -> DataType.doublePrecision();
                        case DATE -> DataType.date();
                        case TIME -> DataType.time(type.timeZone());
                        case TIMESTAMP -> DataType.timestamp(type.timeZone());
                        case UUID -> DataType.uuid();
                        case JSON -> DataType.json();
                        case BINARY -> DataType.binary();
                        case ENUM ->
                            DataType.enumeration(type.name(), type.values().toArray(String[]::new));
                        case DOMAIN -> DataType.domain(type.name());
                        case RAW -> DataType.raw(type.name());
                    });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Code.Call enumeration(DataType type) {
        List<Code> arguments = new ArrayList<>();
        arguments.add(Code.string(type.name()));
        type.values().forEach(value -> arguments.add(Code.string(value)));
        return Code.call("enumeration", arguments);
    }

    private static Code number(int value) {
        return Code.text(Integer.toString(value));
    }
}
