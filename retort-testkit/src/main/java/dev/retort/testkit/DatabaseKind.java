package dev.retort.testkit;

/** The kinds of database the kit provides. */
public enum DatabaseKind {
    /** A database on the run's PostgreSQL server. */
    POSTGRES("PostgreSQL", "postgresql"),
    /** A database on the run's MariaDB server. */
    MARIADB("MariaDB", "mariadb"),
    /** A SQLite file in a temporary folder; always available. */
    SQLITE("SQLite", "sqlite");

    private final String displayName;
    private final String scheme;

    DatabaseKind(String displayName, String scheme) {
        this.displayName = displayName;
        this.scheme = scheme;
    }

    /** The product name as people write it, e.g. {@code PostgreSQL}. */
    public String displayName() {
        return displayName;
    }

    /** The URL scheme, the same in JDBC URLs ({@code jdbc:postgresql:}) and user URLs. */
    public String scheme() {
        return scheme;
    }
}
