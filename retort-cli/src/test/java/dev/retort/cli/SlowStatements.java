package dev.retort.cli;

/** SQL statements that take a while, for revisions that must last long enough to be waited on or killed. */
final class SlowStatements {
    private SlowStatements() {}

    /** Sleeps {@code seconds} on PostgreSQL. */
    static String postgres(double seconds) {
        return "SELECT pg_sleep(" + seconds + ")";
    }

    /** Sleeps {@code seconds} on MariaDB. */
    static String mariadb(double seconds) {
        return "DO SLEEP(" + seconds + ")";
    }

    /**
     * Counts to {@code count} on SQLite, which has no sleep: a recursive query, about 40 ms per
     * 100,000 on an idle machine, and slower when the machine is busy.
     */
    static String sqlite(int count) {
        return "WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < " + count
                + ") SELECT COUNT(*) FROM counter";
    }
}
