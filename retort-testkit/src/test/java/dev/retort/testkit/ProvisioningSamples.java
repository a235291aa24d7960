package dev.retort.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies of sample test classes that the provisioning ITs run through a launcher; each IT
 * subclasses them with its own kind's extension on a static field.
 */
final class ProvisioningSamples {
    /** The databases the recording samples were given, in order. */
    static final List<TestDatabase> SEEN = Collections.synchronizedList(new ArrayList<>());
    /** The connections the leaking sample left open, for the IT to close. */
    static final List<Connection> LEAKED = Collections.synchronizedList(new ArrayList<>());

    private ProvisioningSamples() {}

    abstract static class Recording {
        @Test
        void recordsItsDatabase(TestDatabase database) throws SQLException {
            try (Connection connection = database.open()) {
                connection.createStatement().close();
            }
            SEEN.add(database);
        }
    }

    abstract static class Leaking {
        @Test
        void leavesAConnectionOpen(TestDatabase database) throws SQLException {
            SEEN.add(database);
            LEAKED.add(database.open());
        }
    }
}
