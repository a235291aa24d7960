package dev.retort.models;

import dev.retort.dialect.SchemaSnapshot;

/**
 * Models as another live database ({@code models = "url:postgresql://host/reference"}): its tables
 * as they are. Immutable.
 */
final class DatabaseModels implements ModelSource {
    private final String url;

    DatabaseModels(String url) {
        this.url = url;
    }

    @Override
    public SchemaSnapshot read(ModelContext context) {
        return context.reflectDatabase(url);
    }

    @Override
    public String description() {
        return "url:" + url;
    }
}
