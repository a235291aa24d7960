package dev.retort.models;

import java.util.Objects;

/** Makes the built-in {@link ModelSource} a {@code models} setting names. Stateless. */
public final class ModelSources {
    private ModelSources() {}

    /**
     * The source {@code setting} names: {@code sql:FILE}, {@code java:CLASS} or {@code url:URL}.
     *
     * @throws ModelException for any other form
     */
    public static ModelSource parse(String setting) {
        Objects.requireNonNull(setting, "setting");
        int colon = setting.indexOf(':');
        String kind = colon < 0 ? "" : setting.substring(0, colon);
        String value = colon < 0 ? "" : setting.substring(colon + 1).strip();
        if (value.isEmpty()) {
            throw bad(setting);
        }
        return switch (kind) {
            case "sql" -> new SqlFileModels(value);
            case "java" -> new JavaModels(value);
            case "url" -> new DatabaseModels(value);
            default -> throw bad(setting);
        };
    }

    private static ModelException bad(String setting) {
        return new ModelException(
                "models = '" + setting + "' names no model source",
                "write models = \"sql:schema.sql\", \"java:com.example.AppModels\" or \"url:<database url>\"",
                null);
    }
}
