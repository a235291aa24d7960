package dev.retort.dialect.mariadb;

import dev.retort.dialect.Capability;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.StandardDialect;
import dev.retort.script.sql.SplitterSyntax;
import java.sql.Connection;
import java.util.List;

/**
 * MariaDB and MySQL: DDL commits implicitly, identifiers are quoted with backticks, backslash is
 * an escape character in string literals, and the command-line client needs {@code DELIMITER}
 * around statements that contain semicolons.
 */
public final class MariaDbDialect extends StandardDialect {
    /** Terminator used around compound statements in offline scripts. */
    static final String COMPOUND_DELIMITER = "$$";

    /** For {@link java.util.ServiceLoader}. */
    public MariaDbDialect() {}

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String displayName() {
        return "MariaDB/MySQL";
    }

    @Override
    public String exampleUrl() {
        return "mariadb://user:password@localhost:3306/app";
    }

    @Override
    public List<String> names() {
        return List.of("mariadb", "mysql");
    }

    private static final SplitterSyntax SYNTAX = SplitterSyntax.builder()
            .backslashEscapes(true)
            .delimiterCommand(true)
            .backtickIdentifiers(true)
            .hashComments(true)
            .dashCommentNeedsSpace(true)
            .compoundBlocks(true)
            .executableComments(true)
            .build();

    @Override
    public SplitterSyntax splitterSyntax() {
        return SYNTAX;
    }

    @Override
    public boolean supports(Capability capability) {
        return switch (capability) {
            case TRANSACTIONAL_DDL -> false;
        };
    }

    @Override
    protected String quoteIdentifier(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    @Override
    public String stringLiteral(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public String beginTransaction() {
        return "START TRANSACTION";
    }

    @Override
    public String scriptStatement(String statement) {
        if (statement.indexOf(';') < 0) {
            return statement + ";";
        }
        return "DELIMITER " + COMPOUND_DELIMITER + "\n" + statement + COMPOUND_DELIMITER + "\nDELIMITER ;";
    }

    @Override
    public MigrationLock lock(Connection connection, String name) {
        return new MariaDbLock(connection, name);
    }

    /** InnoDB whatever the server's default engine: Galera, where leases are needed, replicates only InnoDB. */
    @Override
    public String createLeaseTable(String table) {
        return super.createLeaseTable(table) + " ENGINE=InnoDB";
    }

    /** UTC by construction: the session's {@code time_zone} cannot shift it. */
    @Override
    public String currentTimeMillis() {
        return "TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', UTC_TIMESTAMP(6)) DIV 1000";
    }
}
