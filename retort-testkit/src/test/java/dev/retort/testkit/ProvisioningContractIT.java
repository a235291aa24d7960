package dev.retort.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What every kind of test database must do: be fresh and empty, differ between classes, be
 * dropped afterwards, and fail a class that leaks a connection. One subclass per kind.
 */
abstract class ProvisioningContractIT {
    private final DatabaseExtension extension;

    ProvisioningContractIT(DatabaseExtension extension) {
        this.extension = extension;
    }

    /** Two sample classes extending {@link ProvisioningSamples.Recording}, with this kind's extension. */
    abstract List<Class<?>> recordingSamples();

    /** A sample class extending {@link ProvisioningSamples.Leaking}, with this kind's extension. */
    abstract Class<?> leakingSample();

    /** A provisioner of this kind made outside the extension, for testing the leak check directly. */
    abstract Provisioner newProvisioner();

    /** Whether {@code target} still exists, asked through {@code probe}. */
    abstract boolean exists(TestDatabase probe, TestDatabase target) throws SQLException;

    @BeforeEach
    void forgetEarlierSamples() throws SQLException {
        forgetSamples();
    }

    @AfterEach
    void closeWhatSamplesLeaked() throws SQLException {
        forgetSamples();
    }

    private static void forgetSamples() throws SQLException {
        for (Connection connection : ProvisioningSamples.LEAKED) {
            connection.close();
        }
        ProvisioningSamples.LEAKED.clear();
        ProvisioningSamples.SEEN.clear();
    }

    @Test
    void theClassDatabaseIsNamedForTheClassAndEmpty(TestDatabase database) throws SQLException {
        String owner = DatabaseNames.ownerPart(getClass().getSimpleName());
        assertTrue(database.name().matches("rt_" + owner + "_[a-z0-9]{8}(\\.db)?"), database.name());
        assertTrue(database.url().startsWith(database.kind().scheme() + ":"), database.url());
        assertTrue(database.url().endsWith("/" + database.name()), database.url());
        assertEquals(List.of(), tables(database));
    }

    @Test
    void aNewDatabaseIsAnotherEmptyOne(TestDatabase database) throws SQLException {
        execute(database, "CREATE TABLE marker (id INT)");
        TestDatabase another = extension.newDatabase();
        assertNotEquals(database.name(), another.name());
        assertEquals(List.of(), tables(another));
        execute(another, "CREATE TABLE other (id INT)");
        assertEquals(List.of("marker"), tables(database));
        execute(database, "DROP TABLE marker");
    }

    @Test
    void classesGetDifferentDatabasesThatAreDroppedAfterwards(TestDatabase probe) throws SQLException {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(recordingSamples().stream()
                        .map(DiscoverySelectors::selectClass)
                        .toArray(DiscoverySelector[]::new))
                .execute();
        results.allEvents().assertStatistics(stats -> stats.failed(0).aborted(0).skipped(0));
        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        List<TestDatabase> seen = new ArrayList<>(ProvisioningSamples.SEEN);
        assertEquals(2, seen.size());
        assertNotEquals(seen.get(0).name(), seen.get(1).name());
        assertFalse(exists(probe, seen.get(0)), seen.get(0)::toString);
        assertFalse(exists(probe, seen.get(1)), seen.get(1)::toString);
    }

    @Test
    void aClassThatLeavesAConnectionOpenFailsAndItsDatabaseIsDroppedAnyway(TestDatabase probe) throws SQLException {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(leakingSample()))
                .execute();
        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
        TestDatabase leaked = ProvisioningSamples.SEEN.get(0);
        String failure = results.containerEvents()
                .failed()
                .list()
                .get(0)
                .getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::getMessage)
                .orElseThrow();
        assertEquals(LeakCheck.message(1, leaked, leakingSample().getSimpleName()), failure);
        assertTrue(failure.startsWith("retort-testkit: 1 connection to "), failure);
        assertFalse(exists(probe, leaked), leaked::toString);
    }

    @Test
    void theLeakCheckCountsTheConnectionsStillOpen() throws SQLException {
        try (Provisioner provisioner = newProvisioner()) {
            assertTrue(provisioner.reachability().isReachable(), provisioner.reachability()::toString);
            TestDatabase database = provisioner.create("LeakCheckIT");
            try {
                try (Connection first = database.open();
                        Connection second = database.open()) {
                    assertFalse(first.isClosed() || second.isClosed());
                    AssertionError leak = assertThrows(
                            AssertionError.class,
                            () -> LeakCheck.assertNoOpenConnections(provisioner, database, "Owner", Duration.ZERO));
                    assertEquals(LeakCheck.message(2, database, "Owner"), leak.getMessage());
                    assertTrue(leak.getMessage().contains("2 connections to "), leak.getMessage());
                }
                LeakCheck.assertNoOpenConnections(provisioner, database, "Owner", LeakCheck.GRACE);
            } finally {
                provisioner.drop(database);
            }
            assertFalse(exists(extension.database(), database), database::toString);
        }
    }

    static List<String> tables(TestDatabase database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.open();
                ResultSet rows = connection
                        .getMetaData()
                        .getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
