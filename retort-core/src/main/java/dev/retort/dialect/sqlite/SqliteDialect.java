package dev.retort.dialect.sqlite;

import dev.retort.dialect.Capability;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.StandardDialect;
import dev.retort.script.sql.SplitterSyntax;
import java.sql.Connection;
import java.util.List;

/** SQLite: the embedded default; DDL is transactional. */
public final class SqliteDialect extends StandardDialect {
    /** For {@link java.util.ServiceLoader}. */
    public SqliteDialect() {}

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String displayName() {
        return "SQLite";
    }

    @Override
    public String exampleUrl() {
        return "sqlite:///app.db";
    }

    @Override
    public List<String> names() {
        return List.of("sqlite", "sqlite3");
    }

    private static final SplitterSyntax SYNTAX = SplitterSyntax.builder()
            .bracketIdentifiers(true)
            .backtickIdentifiers(true)
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
        return new SqliteLock(connection, name);
    }

    /** Julian day 2440587.5 is 1970-01-01T00:00Z. */
    @Override
    public String currentTimeMillis() {
        return "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";
    }
}
