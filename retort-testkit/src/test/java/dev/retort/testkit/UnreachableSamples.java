package dev.retort.testkit;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Test classes whose server is a closed port, run by the kit's own tests through a launcher. */
final class UnreachableSamples {
    static final String CLOSED_POSTGRES = "jdbc:postgresql://127.0.0.1:1/test";
    static final String CLOSED_MARIADB = "jdbc:mariadb://127.0.0.1:1/test";

    private UnreachableSamples() {}

    static class PostgresOnCi {
        @RegisterExtension
        static final DatabaseExtension DATABASE = DatabaseExtension.of(
                DatabaseKind.POSTGRES, Map.of("CI", "true", "RETORT_TEST_POSTGRES_URL", CLOSED_POSTGRES)::get);

        @Test
        void needsTheServer(TestDatabase database) {}
    }

    static class PostgresLocally {
        @RegisterExtension
        static final DatabaseExtension DATABASE = DatabaseExtension.of(
                DatabaseKind.POSTGRES, Map.of("CI", "false", "RETORT_TEST_POSTGRES_URL", CLOSED_POSTGRES)::get);

        @Test
        void needsTheServer(TestDatabase database) {}

        @Nested
        class Inner {
            @Test
            void needsItToo(TestDatabase database) {}
        }
    }

    static class MariaDbOnCi {
        @RegisterExtension
        static final DatabaseExtension DATABASE = DatabaseExtension.of(
                DatabaseKind.MARIADB, Map.of("CI", "TRUE", "RETORT_TEST_MARIADB_URL", CLOSED_MARIADB)::get);

        @Test
        void needsTheServer(TestDatabase database) {}
    }

    static class MariaDbLocally {
        @RegisterExtension
        static final DatabaseExtension DATABASE =
                DatabaseExtension.of(DatabaseKind.MARIADB, Map.of("RETORT_TEST_MARIADB_URL", CLOSED_MARIADB)::get);

        @Test
        void needsTheServer(TestDatabase database) {}
    }
}
