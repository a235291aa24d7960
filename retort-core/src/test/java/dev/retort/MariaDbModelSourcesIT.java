package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.Schema;
import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MariaDB: scratch databases are dropped afterwards, and made with the project database's character set. */
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

    @Test
    void modelsAreBuiltWithTheProjectDatabasesCharacterSet() throws Exception {
        Files.writeString(
                folder.resolve("schema.sql"),
                "CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(40) COLLATE latin1_swedish_ci);\n");
        TestDatabase project = newDatabase();
        try (Connection connection = project.open();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE `" + project.name() + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
        }
        try (Connection connection = project.open()) {
            Schema models = read(connection, "sql:schema.sql").schema();

            // built with the project's default, which the column's collation is, so it reads as the default
            assertEquals(
                    "",
                    models.table("notes")
                            .orElseThrow()
                            .column("body")
                            .orElseThrow()
                            .type()
                            .collation());
        }
    }

    @Override
    String otherKindUrl() {
        return "sqlite:///other.db";
    }
}
