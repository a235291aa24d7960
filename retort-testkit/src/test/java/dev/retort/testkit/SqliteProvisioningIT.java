package dev.retort.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteProvisioningIT extends ProvisioningContractIT {
    @RegisterExtension
    static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

    SqliteProvisioningIT() {
        super(SQLITE);
    }

    static class FirstSample extends ProvisioningSamples.Recording {
        @RegisterExtension
        static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();
    }

    static class SecondSample extends ProvisioningSamples.Recording {
        @RegisterExtension
        static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();
    }

    static class LeakingSample extends ProvisioningSamples.Leaking {
        @RegisterExtension
        static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();
    }

    @Override
    List<Class<?>> recordingSamples() {
        return List.of(FirstSample.class, SecondSample.class);
    }

    @Override
    Class<?> leakingSample() {
        return LeakingSample.class;
    }

    @Override
    Provisioner newProvisioner() {
        return new SqliteProvisioner();
    }

    @Override
    boolean exists(TestDatabase probe, TestDatabase target) {
        return Files.exists(file(target));
    }

    @Test
    void theDatabaseIsAFileWhoseUserUrlHasFourSlashes(TestDatabase database) {
        Path file = file(database);
        assertTrue(file.isAbsolute() && Files.isRegularFile(file), file::toString);
        assertEquals("sqlite:///" + file, database.url());
        assertEquals("", database.user());
    }

    @Nested
    class InANestedClass {
        @Test
        void theOuterClassDatabaseIsShared(TestDatabase database) {
            assertEquals(SQLITE.database().name(), database.name());
            assertTrue(Files.isRegularFile(file(database)), database::toString);
        }
    }

    private static Path file(TestDatabase database) {
        return Path.of(database.jdbcUrl().substring("jdbc:sqlite:".length()));
    }
}
