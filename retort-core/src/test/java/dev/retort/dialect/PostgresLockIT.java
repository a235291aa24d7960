package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PostgreSQL's advisory lock: the contract, and the key its Javadoc tells DBAs to compute. */
class PostgresLockIT extends LockContractIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    private static final Dialect DIALECT =
            Dialects.installed().named("postgresql").orElseThrow();
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();

    /** PostgresLock's Javadoc: the key as SQL, for a name given as the parameter. */
    private static final String KEY_SQL = "SELECT ('x' || left(encode(sha256(convert_to(current_database(), 'UTF8')"
            + " || '\\x00'::bytea || convert_to(?, 'UTF8')), 'hex'), 16))::bit(64)::bigint";

    @Override
    Contender contender(TestDatabase database, String name) throws SQLException {
        // As Retort will connect: the holder is shown by its application name.
        String application = "retort-it@" + ProcessHandle.current().pid() + "-" + CONNECTIONS.incrementAndGet();
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", application);
        Connection connection = connect(database, properties);
        return new Contender(DIALECT.lock(connection, name), "'" + application + "'", List.of(connection));
    }

    @Override
    TestDatabase anotherDatabase() {
        return POSTGRES.newDatabase();
    }

    @Override
    List<String> holderArguments(TestDatabase database, String name) {
        return arguments("native", DIALECT.name(), database, name, Duration.ZERO);
    }

    @Override
    Duration freedAfterKill() {
        return Duration.ofSeconds(5);
    }

    @Test
    void theDocumentedSqlComputesTheKeyOfTheLockHeld(TestDatabase database) throws Exception {
        try (Contender holder = contender(database, NAME);
                Connection other = database.open();
                PreparedStatement held = other.prepareStatement("SELECT count(*) FROM pg_locks"
                        + " WHERE locktype = 'advisory' AND granted AND objsubid = 1"
                        + " AND ((classid::bigint << 32) | objid::bigint) = (" + KEY_SQL + ")")) {
            holder.lock().acquire(LONG, QUIET);
            held.setString(1, NAME);
            try (ResultSet rows = held.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
        }
    }
}
