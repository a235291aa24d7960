package dev.retort.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresProvisioningIT extends ProvisioningContractIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    PostgresProvisioningIT() {
        super(POSTGRES);
    }

    static class FirstSample extends ProvisioningSamples.Recording {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();
    }

    static class SecondSample extends ProvisioningSamples.Recording {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();
    }

    static class LeakingSample extends ProvisioningSamples.Leaking {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();
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
        ServerDialect dialect = new PostgresServerDialect();
        return new ServerProvisioner(dialect, ServerSettings.fromEnvironment(dialect, System::getenv));
    }

    @Override
    boolean exists(TestDatabase probe, TestDatabase target) throws SQLException {
        try (Connection connection = probe.open();
                PreparedStatement query =
                        connection.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
            query.setString(1, target.name());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }
}
