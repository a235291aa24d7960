package dev.retort.models;

import dev.retort.dialect.SchemaSnapshot;

/**
 * Where the schema the project wants comes from. Implementations are immutable; {@link
 * ModelSources#parse} makes the built-in ones from the {@code models} setting.
 */
public interface ModelSource {
    /**
     * The models as a schema of {@code context}'s database kind, read back from a database.
     *
     * @throws ModelException when the models cannot be read or built
     */
    SchemaSnapshot read(ModelContext context);

    /** The setting this source was made from, such as {@code sql:schema.sql}, for messages. */
    String description();
}
