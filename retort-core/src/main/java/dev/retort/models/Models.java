package dev.retort.models;

import dev.retort.schema.Schema;

/**
 * A project's models written in Java with the schema DSL, named in {@code retort.toml} as
 * {@code models = "java:com.example.AppModels"}. The class needs a public no-argument constructor.
 *
 * <pre>{@code
 * public final class AppModels implements Models {
 *     public Schema schema() {
 *         return Schema.of(
 *                 List.of(Table.of("users", column("id", bigint()).primaryKey().autoIncrement(),
 *                         column("email", varchar(255)).notNull())),
 *                 List.of(Index.on("ix_users_email", "users", "email").unique()));
 *     }
 * }
 * }</pre>
 */
public interface Models {
    /** The schema the project wants. */
    Schema schema();
}
