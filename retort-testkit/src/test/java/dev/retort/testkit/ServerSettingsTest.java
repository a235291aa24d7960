package dev.retort.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {
    private static ServerSettings postgres(Map<String, String> environment) {
        return ServerSettings.fromEnvironment(new PostgresServerDialect(), environment::get);
    }

    private static ServerSettings mariadb(Map<String, String> environment) {
        return ServerSettings.fromEnvironment(new MariaDbServerDialect(), environment::get);
    }

    @Test
    void postgresDefaultsToTrustOnLocalhostAsPostgresThenRoot() {
        ServerSettings settings = postgres(Map.of());
        assertEquals("127.0.0.1:5432", settings.address().hostAndPort());
        assertEquals("test", settings.address().database());
        assertEquals(List.of(new Credentials("postgres", ""), new Credentials("root", "")), settings.logins());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/rt_a", settings.address().jdbcUrl("rt_a"));
    }

    @Test
    void mariadbDefaultsToRootWithoutPasswordThenTheCiUser() {
        ServerSettings settings = mariadb(Map.of());
        assertEquals("127.0.0.1:3306", settings.address().hostAndPort());
        assertEquals(List.of(new Credentials("root", ""), new Credentials("retort", "retort")), settings.logins());
    }

    @Test
    void credentialsInTheUrlQueryAreTakenOutOfIt() {
        ServerSettings settings = postgres(Map.of(
                "RETORT_TEST_POSTGRES_URL",
                "jdbc:postgresql://db.example:6543/postgres?user=alice&password=s3cret&sslmode=disable"));
        assertEquals(List.of(new Credentials("alice", "s3cret")), settings.logins());
        assertEquals(
                "jdbc:postgresql://db.example:6543/rt_a?sslmode=disable",
                settings.address().jdbcUrl("rt_a"));
    }

    @Test
    void userAndPasswordVariablesWinOverTheUrl() {
        ServerSettings settings = mariadb(Map.of(
                "RETORT_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1/test?user=alice",
                "RETORT_TEST_MARIADB_USER", "retort",
                "RETORT_TEST_MARIADB_PASSWORD", "retort"));
        assertEquals(List.of(new Credentials("retort", "retort")), settings.logins());
        assertEquals(3306, settings.address().port());
    }

    @Test
    void blankVariablesMeanUnset() {
        assertEquals(
                postgres(Map.of()), postgres(Map.of("RETORT_TEST_POSTGRES_URL", " ", "RETORT_TEST_POSTGRES_USER", "")));
    }

    @Test
    void userUrlsAreTheOnesRetortUsersWrite() {
        ServerAddress postgres = postgres(Map.of()).address();
        ServerAddress mariadb = mariadb(Map.of()).address();
        assertEquals(
                "postgresql://postgres@127.0.0.1:5432/rt_a", postgres.userUrl(new Credentials("postgres", ""), "rt_a"));
        assertEquals("mariadb://root@127.0.0.1:3306/rt_a", mariadb.userUrl(new Credentials("root", ""), "rt_a"));
        assertEquals(
                "mariadb://retort:p%40ss%20w%3Ard@127.0.0.1:3306/rt_a",
                mariadb.userUrl(new Credentials("retort", "p@ss w:rd"), "rt_a"));
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedNamingTheVariable() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> mariadb(Map.of("RETORT_TEST_MARIADB_URL", "jdbc:mysql://127.0.0.1/test")));
        assertEquals(
                "RETORT_TEST_MARIADB_URL='jdbc:mysql://127.0.0.1/test' is not a MariaDB JDBC URL: it does not start"
                        + " with 'jdbc:mariadb://'; expected jdbc:mariadb://host:port/database",
                error.getMessage());
    }

    @Test
    void passwordsNeverShowInText() {
        assertFalse(new Credentials("retort", "s3cret").toString().contains("s3cret"));
        TestDatabase database = new TestDatabase(
                DatabaseKind.MARIADB,
                "rt_a",
                "jdbc:mariadb://h:1/rt_a",
                new Credentials("u", "s3cret"),
                "mariadb://u@h");
        assertFalse(database.toString().contains("s3cret"), database.toString());
    }
}
