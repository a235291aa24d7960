package dev.retort;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MariaDB: scratch databases are dropped afterwards. */
class MariaDbModelSourcesIT extends ModelSourcesContractIT {
    @RegisterExtension
    static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

    @Override
    String dialectName() {
        return "mariadb";
    }

    @Override
    TestDatabase newDatabase() {
        return MARIADB.newDatabase();
    }

    @Override
    List<String> leftovers(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW DATABASES LIKE 'retort\\_scratch%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @Override
    String otherKindUrl() {
        return "sqlite:///other.db";
    }
}
