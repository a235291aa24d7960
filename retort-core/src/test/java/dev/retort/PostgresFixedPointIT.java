package dev.retort;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.DatabaseKind;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    /** The extensions the loaded schema uses (uuid-ossp, cube, ...), installed as a DBA would. */
    @Override
    void prepare(TestDatabase loaded, TestDatabase empty) throws Exception {
        List<String> extensions = new ArrayList<>();
        try (Connection connection = loaded.open();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname")) {
            while (rows.next()) {
                extensions.add(rows.getString(1));
            }
        }
        try (Connection connection = empty.open();
                Statement statement = connection.createStatement()) {
            for (String extension : extensions) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS \"" + extension + "\"");
            }
        }
    }

    /** Every schema: adventureworks and musicbrainz keep their tables in schemas of their own. */
    @Override
    List<String> includeSchemas() {
        return List.of("*");
    }

    @Override
    Map<String, String> unsupported() {
        return Map.of(
                "musicbrainz",
                "its domains and checks call functions of its own (musicbrainz.controlled_for_whitespace), and"
                        + " Retort does not model functions yet");
    }
}
