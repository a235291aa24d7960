package dev.retort.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariaDbProvisioningIT extends ProvisioningContractIT {
    @RegisterExtension
    static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

    MariaDbProvisioningIT() {
        super(MARIADB);
    }

    static class FirstSample extends ProvisioningSamples.Recording {
        @RegisterExtension
        static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();
    }

    static class SecondSample extends ProvisioningSamples.Recording {
        @RegisterExtension
        static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();
    }

    static class LeakingSample extends ProvisioningSamples.Leaking {
        @RegisterExtension
        static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();
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
        ServerDialect dialect = new MariaDbServerDialect();
        return new ServerProvisioner(dialect, ServerSettings.fromEnvironment(dialect, System::getenv));
    }

    @Override
    boolean exists(TestDatabase probe, TestDatabase target) throws SQLException {
        try (Connection connection = probe.open();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            query.setString(1, target.name());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }
}
