package dev.retort;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.DatabaseKind;
import dev.retort.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The autogenerate fixed point on the corpus's postgresql schemas. */
class PostgresFixedPointIT extends FixedPointContractIT {
    @RegisterExtension
    static final DatabaseExtension DATABASES = DatabaseExtension.postgres();

    @Override
    String dialectName() {
        return "postgresql";
    }

    @Override
    TestDatabase newDatabase() {
        return DATABASES.newDatabase();
    }

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Override
    Map<String, String> unsupported() {
        return Map.of(
                "adventureworks",
                "its tables live in schemas other than public; Retort compares the connection's current schema only",
                "musicbrainz",
                "its tables live in schemas other than public; Retort compares the connection's current schema only",
                "hatchet",
                "it uses a range type of its own (uuidrange), and Retort does not model user-defined types yet");
    }
}
