package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way of failing to reach a database gives exit 1 (exit 2 for a bad or missing URL), one
 * {@code error:} line naming the cause, a {@code hint:}, no stack trace unless {@code --verbose},
 * never the password (not even in the stack trace), and leaves the project and the database as
 * they were. Each URL carries the password {@value #PASSWORD} so a leak would be seen.
 */
class ConnectionFailuresIT {
    static final String PASSWORD = "s3cr3t-PW";

    @TempDir
    Path project;

    /** A folder outside the project, for files that must not count as changes to it. */
    @TempDir
    Path elsewhere;

    Cli cli;

    @BeforeEach
    void buildProject() throws IOException {
        cli = new Cli(project);
        assertEquals(
                0, cli.run("init", project.resolve("migrations").toString()).exitCode());
        Files.writeString(project.resolve("migrations/versions/a1a1_create_users.sql"), """
                -- Revision: a1a1
                -- Message: create users

                -- migrate:upgrade
                CREATE TABLE users (id INTEGER PRIMARY KEY);

                -- migrate:downgrade
                DROP TABLE users;
                """);
    }

    /** Every file of the project with its content, to prove a failed command changed nothing. */
    TreeMap<String, String> snapshot() throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        project.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /**
     * Runs {@code upgrade head --url URL} (and then {@code current}) and expects the failure: the
     * exit code, exactly one error line and its hint, no password, the project unchanged; then
     * again with {@code --verbose}: the same lines followed by a stack trace, still without the
     * password; then with {@code --json}: the error on standard output.
     */
    void fails(String url, int exitCode, String error, String hint) throws IOException {
        fails(List.of("upgrade", "current"), url, exitCode, error, hint);
    }

    /** {@link #fails(String, int, String, String)} for the given commands only ({@code upgrade}, {@code current}). */
    void fails(List<String> commands, String url, int exitCode, String error, String hint) throws IOException {
        TreeMap<String, String> before = snapshot();
        for (String command : commands) {
            String[] args = arguments(command, url);
            Cli.Result result = cli.run(args);
            assertEquals(exitCode, result.exitCode(), result.toString());
            assertEquals("", result.out(), result.toString());
            assertEquals("error: " + error + "\nhint: " + hint + "\n", result.err());
            noPassword(result);

            Cli.Result verbose = cli.run(append(args, "--verbose"));
            assertEquals(exitCode, verbose.exitCode(), verbose.toString());
            // --verbose may show the statements it ran before the error, then the stack trace.
            assertTrue(verbose.err().contains("error: " + error + "\nhint: " + hint + "\n"), verbose.toString());
            assertTrue(verbose.err().contains("\tat dev.retort."), verbose.toString());
            noPassword(verbose);
        }
        Cli.Result json = cli.run(append(arguments(commands.get(0), url), "--json"));
        assertEquals(exitCode, json.exitCode(), json.toString());
        assertTrue(json.out().contains("\"message\": \"" + error.replace("\"", "\\\"") + "\""), json.toString());
        assertEquals("", json.err());
        noPassword(json);
        assertEquals(before, snapshot(), "a failed command must not change the project");
    }

    static String[] arguments(String command, String url) {
        return command.equals("upgrade")
                ? new String[] {"--url", url, "upgrade", "head"}
                : new String[] {"--url", url, command};
    }

    static void noPassword(Cli.Result result) {
        assertFalse(result.out().contains(PASSWORD), "the password is shown:\n" + result);
        assertFalse(result.err().contains(PASSWORD), "the password is shown:\n" + result);
    }

    static String[] append(String[] args, String... more) {
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    /** {@code URL} with {@code user:PASSWORD@} in place of its user, and another database name. */
    static String withPassword(TestDatabase database, String user, String databaseName) {
        String url = database.url();
        int at = url.indexOf('@');
        String scheme = url.substring(0, url.indexOf("://") + 3);
        String rest = url.substring(at + 1);
        return scheme + user + ":" + PASSWORD + "@" + rest.substring(0, rest.indexOf('/') + 1) + databaseName;
    }

    static String missingName() {
        return "rt_missing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static List<String> tables(TestDatabase database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.open();
                ResultSet rows = connection
                        .getMetaData()
                        .getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    // No server needed: nothing listens on port 1, and .invalid never resolves (RFC 2606).

    @Test
    void postgresConnectionRefused() throws IOException {
        fails(
                "postgresql://u:" + PASSWORD + "@127.0.0.1:1/db",
                1,
                "could not connect to PostgreSQL at 127.0.0.1:1: connection refused (is the server running?)",
                "start PostgreSQL, or fix the host and port in the URL");
    }

    @Test
    void postgresJdbcUrlConnectionRefusedNamesItsHostAndPort() throws IOException {
        fails(
                "jdbc:postgresql://127.0.0.1:1/db?user=u&password=" + PASSWORD,
                1,
                "could not connect to PostgreSQL at 127.0.0.1:1: connection refused (is the server running?)",
                "start PostgreSQL, or fix the host and port in the URL");
    }

    @Test
    void mariadbConnectionRefused() throws IOException {
        fails(
                "mariadb://u:" + PASSWORD + "@127.0.0.1:1/db",
                1,
                "could not connect to MariaDB/MySQL at 127.0.0.1:1: connection refused (is the server running?)",
                "start the server, or fix the host and port in the URL");
    }

    @Test
    void postgresUnknownHost() throws IOException {
        fails(
                "postgresql://u:" + PASSWORD + "@no-such-host.invalid/db",
                1,
                "could not connect to PostgreSQL: unknown host 'no-such-host.invalid'",
                "check the host name in the URL");
    }

    @Test
    void mariadbUnknownHost() throws IOException {
        fails(
                "mysql://u:" + PASSWORD + "@no-such-host.invalid/db",
                1,
                "could not connect to MariaDB/MySQL: unknown host 'no-such-host.invalid'",
                "check the host name in the URL");
    }

    @Test
    void driverMessageQuotingTheJdbcUrlIsRedacted() throws IOException {
        // The PostgreSQL driver puts the whole JDBC URL, password included, in this message.
        String url = "jdbc:postgresql://127.0.0.1:x1/db?user=u&password=" + PASSWORD;
        String redacted = "jdbc:postgresql://127.0.0.1:x1/db?user=u&password=***";
        fails(
                url,
                1,
                "could not connect to " + redacted + ": Unable to parse URL " + redacted,
                "check the URL, and that the database server is running");
    }

    @Test
    void postgresBadDriverSettingIsNotCalledConnectionRefused() throws IOException {
        fails(
                "postgresql://u:" + PASSWORD + "@127.0.0.1:1/db?sslmode=bogus",
                1,
                "could not connect to postgresql://u:***@127.0.0.1:1/db?sslmode=bogus: Invalid sslmode value: bogus",
                "check the URL, and that the database server is running");
    }

    // Bad URLs are configuration errors: exit 2, with an example of a good URL.

    @Test
    void urlWithoutScheme() throws IOException {
        fails(
                "localhost/db",
                2,
                "the database URL 'localhost/db' has no scheme",
                "write the URL like sqlite:///app.db, postgresql://user:password@localhost:5432/app,"
                        + " mariadb://user:password@localhost:3306/app (or as a jdbc: URL)");
    }

    @Test
    void urlWithBadPort() throws IOException {
        fails(
                "postgresql://u:" + PASSWORD + "@h:99999/db",
                2,
                "bad database URL: 'postgresql://u:***@h:99999/db' has an invalid port '99999': expected a number"
                        + " from 1 to 65535",
                "write it like postgresql://user:password@localhost:5432/app (or as a jdbc: URL)");
        fails(
                "postgresql://h:99999/db",
                2,
                "bad database URL: 'postgresql://h:99999/db' has an invalid port '99999': expected a number from 1"
                        + " to 65535",
                "write it like postgresql://user:password@localhost:5432/app (or as a jdbc: URL)");
    }

    @Test
    void urlWithUnclosedIpv6Host() throws IOException {
        fails(
                "postgresql://u:" + PASSWORD + "@[::1/db",
                2,
                "bad database URL: 'postgresql://u:***@[::1/db' has no ']' after the IPv6 address of its host",
                "write it like postgresql://user:password@localhost:5432/app (or as a jdbc: URL)");
    }

    @Test
    void sqliteUrlWithTwoSlashes() throws IOException {
        fails(
                "sqlite://x.db",
                2,
                "bad database URL: 'sqlite://x.db' is not a file database URL: put three slashes before a relative"
                        + " path (sqlite:///app.db) and four before an absolute one (sqlite:////var/app.db)",
                "write it like sqlite:///app.db (or as a jdbc: URL)");
        assertFalse(Files.exists(project.resolve("x.db")));
    }

    @Test
    void unknownScheme() throws IOException {
        fails(
                "oracle://u:" + PASSWORD + "@h/db",
                2,
                "unknown database URL scheme 'oracle'",
                "write the URL like sqlite:///app.db, postgresql://user:password@localhost:5432/app,"
                        + " mariadb://user:password@localhost:3306/app (or as a jdbc: URL)");
        // Without "scheme://", what precedes the first colon is taken for the scheme.
        fails(
                "u:" + PASSWORD + "@localhost/db",
                2,
                "unknown database URL scheme 'u'",
                "write the URL like sqlite:///app.db, postgresql://user:password@localhost:5432/app,"
                        + " mariadb://user:password@localhost:3306/app (or as a jdbc: URL)");
    }

    @Test
    void noUrlAnywhere() throws IOException {
        Files.writeString(project.resolve("retort.toml"), "script_location = \"migrations\"\n");
        TreeMap<String, String> before = snapshot();
        for (String[] args : List.of(new String[] {"upgrade", "head"}, new String[] {"current"})) {
            Cli.Result result = cli.run(args);
            assertEquals(2, result.exitCode(), result.toString());
            assertEquals("", result.out());
            assertEquals(
                    "error: no database URL is configured\n"
                            + "hint: set url in retort.toml, set DATABASE_URL, or pass --url\n",
                    result.err());
        }
        assertEquals(before, snapshot());
    }

    // SQLite files that cannot be used.

    @Test
    void sqliteFolderDoesNotExist() throws IOException {
        Path folder = project.resolve("no/such/folder");
        fails(
                "sqlite:///" + folder.resolve("app.db"),
                1,
                "cannot open the SQLite database <tmp>/no/such/folder/app.db: the folder <tmp>/no/such/folder does"
                        + " not exist",
                "create the folder, or fix the path in the URL");
        assertFalse(Files.exists(project.resolve("no")));
    }

    @Test
    void sqliteDatabaseOpenedReadOnly() throws IOException, SQLException {
        // The tests run as root, which file permissions do not stop; SQLite's read-only open mode
        // (sqlite-jdbc's open_mode property, SQLITE_OPEN_READONLY = 1) refuses every write. The
        // file lies outside the project because the migration lock file is made beside it.
        Path file = elsewhere.resolve("read-only.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE existing (id INTEGER)");
        }
        byte[] before = Files.readAllBytes(file);
        fails(
                List.of("upgrade"),
                "sqlite:///" + file + "?open_mode=1",
                1,
                "the SQLite database file " + file + " is read-only",
                "make it and its folder writable (chmod u+w), or point the URL at a writable copy");
        assertArrayEquals(before, Files.readAllBytes(file), "the read-only database changed");
        Cli.Result current = cli.run("--url", "sqlite:///" + file + "?open_mode=1", "current");
        assertEquals(0, current.exitCode(), "reading works: " + current);
    }

    // The JDBC driver missing from the class path: only a separate JVM can leave it out.

    @Test
    void postgresDriverMissing() throws IOException, InterruptedException {
        List<String> classPath = Jvm.classPath().stream()
                .filter(entry -> !entry.toLowerCase(Locale.ROOT).contains("postgresql"))
                .toList();
        TreeMap<String, String> before = snapshot();
        Cli.Result result = Jvm.run(
                project, classPath, "--url", "postgresql://u:" + PASSWORD + "@127.0.0.1:5432/db", "upgrade", "head");
        assertEquals(1, result.exitCode(), result.toString());
        assertEquals("", result.out(), result.toString());
        assertEquals(
                "error: no JDBC driver for PostgreSQL is on the class path\n"
                        + "hint: add org.postgresql:postgresql to the class path\n",
                result.err());
        noPassword(result);
        assertEquals(before, snapshot());
    }

    /** Runs {@code retort} as its own process, as {@code bin/retort} does. */
    static final class Jvm {
        private Jvm() {}

        static Cli.Result run(Path project, List<String> classPath, String... args)
                throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    String.join(File.pathSeparator, classPath),
                    "dev.retort.cli.Main",
                    "-c",
                    project.resolve("retort.toml").toString()));
            command.addAll(List.of(args));
            Path out = Files.createTempFile("retort-out", ".txt");
            Path err = Files.createTempFile("retort-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(project.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                builder.environment().remove("DATABASE_URL");
                builder.environment().remove("RETORT_CONFIG");
                Process process = builder.start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("retort did not finish in 2 minutes: " + command);
                }
                String root = project.toAbsolutePath().toString();
                return new Cli.Result(
                        process.exitValue(),
                        Files.readString(out).replace(root, "<tmp>"),
                        Files.readString(err).replace(root, "<tmp>"));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }

        /**
         * The test class path without SLF4J, which only the test tools bring: {@code retort.jar}
         * lacks it, and drivers log differently when it is present.
         */
        static List<String> classPath() {
            return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.contains("slf4j"))
                    .collect(Collectors.toList());
        }
    }

    /** Failures that need the PostgreSQL server, which trusts every local login (DEVELOPERS.md). */
    @Nested
    class Postgres {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

        private boolean exists(String name) throws SQLException {
            try (Connection connection = POSTGRES.database().open();
                    PreparedStatement query =
                            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        }

        @Test
        void missingDatabase() throws IOException, SQLException {
            TestDatabase database = POSTGRES.database();
            String missing = missingName();
            String where = database.url()
                    .substring(database.url().indexOf('@') + 1, database.url().lastIndexOf('/'));
            fails(
                    withPassword(database, database.user(), missing),
                    1,
                    "database '" + missing + "' does not exist on PostgreSQL at " + where,
                    "create it (createdb " + missing + "), or fix the database name in the URL");
            assertFalse(exists(missing), "the missing database was created");
            assertEquals(List.of(), tables(database));
        }

        @Test
        void unknownUser() throws IOException, SQLException {
            // Trust authentication accepts any password, so a wrong one cannot be tested here; a
            // role that does not exist is refused before the password counts.
            TestDatabase database = POSTGRES.database();
            String where = database.url()
                    .substring(database.url().indexOf('@') + 1, database.url().lastIndexOf('/'));
            fails(
                    withPassword(database, "rt_no_such_role", database.name()),
                    1,
                    "PostgreSQL at " + where + " does not let user 'rt_no_such_role' in: FATAL: role"
                            + " \"rt_no_such_role\" does not exist",
                    "check the user in the URL, and pg_hba.conf on the server");
            assertEquals(List.of(), tables(database));
        }

        @Test
        void passwordIsRedactedWhenTheLoginWorks() {
            TestDatabase database = POSTGRES.database();
            String url = withPassword(database, database.user(), database.name());
            Cli.Result result = cli.run("--url", url, "current", "--verbose");
            assertEquals(0, result.exitCode(), result.toString());
            noPassword(result);
            assertEquals("Current revision(s) for " + url.replace(PASSWORD, "***") + ":\n", result.out());
        }
    }

    /** Failures that need the MariaDB server, where a user with a password is made for the class. */
    @Nested
    class MariaDb {
        @RegisterExtension
        static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

        static final String USER = "rt_cli_" + UUID.randomUUID().toString().substring(0, 8);

        @BeforeAll
        static void createUser() throws SQLException {
            try (Connection connection = MARIADB.database().open();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
                statement.execute("GRANT ALL ON `rt\\_%`.* TO '" + USER + "'@'%'");
            }
        }

        @AfterAll
        static void dropUser() throws SQLException {
            try (Connection connection = MARIADB.database().open();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP USER '" + USER + "'@'%'");
            }
        }

        private boolean exists(String name) throws SQLException {
            try (Connection connection = MARIADB.database().open();
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        }

        private String where() {
            String url = MARIADB.database().url();
            return url.substring(url.indexOf('@') + 1, url.lastIndexOf('/'));
        }

        @Test
        void wrongPassword() throws IOException, SQLException {
            TestDatabase database = MARIADB.database();
            fails(
                    withPassword(database, database.user(), database.name()),
                    1,
                    "MariaDB/MySQL at " + where() + " denied access to user '" + database.user()
                            + "' (wrong password?)",
                    "check the user and password in the URL (or in DATABASE_URL)");
            assertEquals(List.of(), tables(database));
        }

        @Test
        void wrongPasswordInItsOwnProcessPrintsOnlyTheErrorLines() throws IOException, InterruptedException {
            // The driver logs the refusal itself unless told not to; only a separate JVM shows it.
            TestDatabase database = MARIADB.database();
            Cli.Result result = Jvm.run(
                    project,
                    Jvm.classPath(),
                    "--url",
                    withPassword(database, database.user(), database.name()),
                    "upgrade",
                    "head");
            assertEquals(1, result.exitCode(), result.toString());
            assertEquals("", result.out(), result.toString());
            assertEquals(
                    "error: MariaDB/MySQL at " + where() + " denied access to user '" + database.user()
                            + "' (wrong password?)\n"
                            + "hint: check the user and password in the URL (or in DATABASE_URL)\n",
                    result.err());
        }

        @Test
        void missingDatabase() throws IOException, SQLException {
            String missing = missingName();
            fails(
                    withPassword(MARIADB.database(), USER, missing),
                    1,
                    "database '" + missing + "' does not exist on MariaDB/MySQL at " + where(),
                    "create it (CREATE DATABASE " + missing + "), or fix the database name in the URL");
            assertFalse(exists(missing), "the missing database was created");
        }

        @Test
        void rightPasswordWorksAndIsRedacted() throws SQLException {
            TestDatabase database = MARIADB.newDatabase();
            try (Connection connection = database.open();
                    Statement statement = connection.createStatement()) {
                statement.execute("GRANT ALL ON `" + database.name() + "`.* TO '" + USER + "'@'%'");
            }
            String url = withPassword(database, USER, database.name());
            Cli.Result result = cli.run("--url", url, "upgrade", "head", "--verbose");
            assertEquals(0, result.exitCode(), result.toString());
            noPassword(result);
            assertTrue(result.out().startsWith("Upgraded " + url.replace(PASSWORD, "***") + " to a1a1"), result.out());
            assertTrue(tables(database).contains("users"));
        }
    }
}
