package dev.retort;

import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.bigint;
import static dev.retort.schema.DataType.domain;
import static dev.retort.schema.DataType.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.models.Models;
import dev.retort.schema.Domain;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PostgreSQL: scratch schemas live in a transaction that is rolled back. */
class PostgresModelSourcesIT extends ModelSourcesContractIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    @Override
    String dialectName() {
        return "postgresql";
    }

    @Override
    TestDatabase newDatabase() {
        return POSTGRES.newDatabase();
    }

    @Override
    List<String> leftovers(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'retort_scratch%'")) {
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

    @Test
    void javaModelsDeclareDomainsAndSequencesTheirTablesUse() throws Exception {
        try (Connection connection = newDatabase().open()) {
            Schema models =
                    read(connection, "java:" + BillingModels.class.getName()).schema();

            Domain email = models.domain("email_address").orElseThrow();
            assertEquals(1, email.checks().size(), email.toString());
            Sequence numbers = models.sequence("invoice_numbers").orElseThrow();
            assertEquals(1000, numbers.start());
            assertEquals(Optional.empty(), numbers.ownedBy());
            Sequence owned = models.sequence("invoice_seq").orElseThrow();
            assertEquals(Optional.of(new Sequence.Owner("invoices", "id")), owned.ownedBy());
            Table invoices = models.table("invoices").orElseThrow();
            assertEquals(
                    domain("email_address"),
                    invoices.column("billed_to").orElseThrow().type());
            assertEquals(
                    Optional.of("nextval('invoice_numbers'::regclass)"),
                    invoices.column("number").orElseThrow().defaultSql());
            assertEquals(List.of(), leftovers(connection));
        }
    }

    /** Models with a domain, a free sequence a default draws from, and a sequence a column owns. */
    public static final class BillingModels implements Models {
        /** Made by Retort through its public no-argument constructor. */
        public BillingModels() {}

        @Override
        public Schema schema() {
            return new Schema(
                    List.of(Table.of(
                            "invoices",
                            column("id", bigint()).primaryKey(),
                            column("number", bigint()).notNull().defaultSql("nextval('invoice_numbers')"),
                            column("billed_to", domain("email_address")).notNull())),
                    List.of(),
                    List.of(
                            Sequence.named("invoice_numbers").startWith(1000),
                            Sequence.named("invoice_seq").ownedBy("invoices", "id")),
                    List.of(Domain.named("email_address", text()).check("email_has_at", "VALUE LIKE '%@%'")));
        }
    }
}
