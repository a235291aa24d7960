package dev.retort.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Standard SQL, which most of each database's SQL is: double-quoted identifiers, {@code ''} in
 * string literals, {@code BEGIN}/{@code COMMIT}, statements ended by {@code ;}. A dialect extends
 * it and overrides only what its database does differently.
 */
public abstract class StandardDialect implements Dialect {
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    /** Words that must be quoted to be used as names in every supported database. */
    private static final Set<String> RESERVED = Set.of(
            "all",
            "alter",
            "and",
            "as",
            "begin",
            "between",
            "by",
            "case",
            "check",
            "column",
            "constraint",
            "create",
            "default",
            "delete",
            "desc",
            "distinct",
            "drop",
            "else",
            "end",
            "exists",
            "foreign",
            "from",
            "grant",
            "group",
            "having",
            "in",
            "index",
            "insert",
            "into",
            "is",
            "join",
            "key",
            "like",
            "limit",
            "not",
            "null",
            "on",
            "or",
            "order",
            "primary",
            "references",
            "select",
            "set",
            "table",
            "then",
            "to",
            "union",
            "unique",
            "update",
            "user",
            "using",
            "values",
            "when",
            "where",
            "with");

    /** For subclasses. */
    protected StandardDialect() {}

    @Override
    public String identifier(String name) {
        if (PLAIN_IDENTIFIER.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        return quoteIdentifier(name);
    }

    /** {@code name} in the database's identifier quotes. */
    protected String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public String beginTransaction() {
        return "BEGIN";
    }

    @Override
    public String commitTransaction() {
        return "COMMIT";
    }

    @Override
    public String scriptStatement(String statement) {
        return statement + ";";
    }

    /** Standard SQL, with the types every supported database has. */
    @Override
    public String createLeaseTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "name VARCHAR(255) NOT NULL PRIMARY KEY, "
                + "holder VARCHAR(64) NOT NULL, "
                + "host VARCHAR(255) NOT NULL, "
                + "pid BIGINT NOT NULL, "
                + "acquired_at BIGINT NOT NULL, "
                + "expires_at BIGINT NOT NULL)";
    }

    @Override
    public String toString() {
        return name();
    }
}
