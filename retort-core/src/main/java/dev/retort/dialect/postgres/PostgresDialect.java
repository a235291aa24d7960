package dev.retort.dialect.postgres;

import dev.retort.dialect.Capability;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.StandardDialect;
import dev.retort.script.sql.SplitterSyntax;
import java.sql.Connection;
import java.util.List;

/** PostgreSQL: transactional DDL, standard quoting. */
public final class PostgresDialect extends StandardDialect {
    /** For {@link java.util.ServiceLoader}. */
    public PostgresDialect() {}

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public String exampleUrl() {
        return "postgresql://user:password@localhost:5432/app";
    }

    @Override
    public List<String> names() {
        return List.of("postgresql", "postgres", "pgsql");
    }

    private static final SplitterSyntax SYNTAX = SplitterSyntax.builder()
            .dollarQuotes(true)
            .escapeStringPrefix(true)
            .nestedBlockComments(true)
            .compoundBlocks(true)
            .build();

    @Override
    public SplitterSyntax splitterSyntax() {
        return SYNTAX;
    }

    @Override
    public boolean supports(Capability capability) {
        return switch (capability) {
            case TRANSACTIONAL_DDL -> true;
        };
    }

    @Override
    public MigrationLock lock(Connection connection, String name) {
        return new PostgresLock(connection, name);
    }

    @Override
    public String currentTimeMillis() {
        return "CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT)";
    }
}
