package dev.retort.dialect;

import dev.retort.script.sql.SplitterSyntax;
import java.util.List;

/**
 * Everything Retort needs to know about one database: its names, what it supports, and how to
 * write identifiers, literals, transactions and statements for it. Implementations are stateless
 * and thread-safe; list them in {@code META-INF/services/dev.retort.dialect.Dialect}.
 */
public interface Dialect {
    /** The canonical name users pass to {@code --dialect}, e.g. {@code postgresql}. */
    String name();

    /** The name to show people, e.g. {@code PostgreSQL}. */
    String displayName();

    /** A URL as users write it for this database, for examples in messages and help. */
    String exampleUrl();

    /** URL schemes and other names this dialect answers to, canonical name included. */
    List<String> names();

    /** Whether the database can do {@code capability}. */
    boolean supports(Capability capability);

    /** How this database's SQL is split into statements: quotes, comments, blocks, DELIMITER. */
    SplitterSyntax splitterSyntax();

    /** {@code name} as an identifier, quoted only when it has to be. */
    String identifier(String name);

    /** {@code value} as a string literal. */
    String stringLiteral(String value);

    /** The statement that starts a transaction, without terminator. */
    String beginTransaction();

    /** The statement that commits a transaction, without terminator. */
    String commitTransaction();

    /**
     * One statement as it appears in an offline script that the database's own command-line
     * client can run: the statement, its terminator, and whatever the client needs around it.
     */
    String scriptStatement(String statement);
}
