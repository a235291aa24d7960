package dev.retort.render;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The changes of an {@link AlterColumn} as the calls on {@link AlterColumn.Changes} that make them:
 * {@code c.type(varchar(320)).existingType(varchar(255)).notNull()}. Every part has its call, so the
 * result is exact.
 */
final class AlterColumnCode {
    private AlterColumnCode() {}

    /** The calls, in the order a person reads them: name, type, nullability, default, comment. */
    static List<Code.Call> changes(AlterColumn alter, SchemaCode schema) {
        List<Code.Call> calls = new ArrayList<>();
        alter.newName().ifPresent(name -> calls.add(Code.call("rename", Code.string(name))));
        alter.type().ifPresent(type -> calls.add(Code.call("type", schema.type(type))));
        alter.existingType().ifPresent(type -> calls.add(Code.call("existingType", schema.type(type))));
        alter.nullable().ifPresent(nullable -> calls.add(Code.call(nullable ? "nullable" : "notNull")));
        alter.existingNullable()
                .ifPresent(nullable -> calls.add(Code.call("existingNullable", Code.text(nullable.toString()))));
        alter.serverDefault()
                .ifPresent(setting -> calls.add(setting.value()
                        .map(sql -> Code.call("defaultSql", Code.string(sql)))
                        .orElseGet(() -> Code.call("dropDefault"))));
        setting(alter.existingServerDefault(), "existingDefaultSql", calls);
        setting(alter.comment(), "comment", calls);
        setting(alter.existingComment(), "existingComment", calls);
        alter.identity().ifPresent(kind -> calls.add(Code.call("identity", schema.identity(kind))));
        alter.existingIdentity().ifPresent(kind -> calls.add(Code.call("existingIdentity", schema.identity(kind))));
        return calls;
    }

    /** {@code method("value")}, or {@code method(null)} for "none", as those methods take it. */
    private static void setting(Optional<Setting<String>> setting, String method, List<Code.Call> calls) {
        setting.ifPresent(value ->
                calls.add(Code.call(method, value.value().map(Code::string).orElse(Code.text("null")))));
    }
}
