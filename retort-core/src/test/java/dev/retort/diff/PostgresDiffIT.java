package dev.retort.diff;

import static dev.retort.schema.Column.column;
import static dev.retort.schema.DataType.enumeration;
import static dev.retort.schema.DataType.integer;
import static dev.retort.schema.DataType.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.TableLookup;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The diff contract on PostgreSQL. */
class PostgresDiffIT extends SchemaDiffIT {
    @RegisterExtension
    static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

    private static final Dialect DIALECT =
            Dialects.installed().named("postgresql").orElseThrow();

    @Override
    Dialect dialect() {
        return DIALECT;
    }

    @Override
    String collation() {
        return "C";
    }

    @Override
    TestDatabase newDatabase() {
        return POSTGRES.newDatabase();
    }

    private static long types(Connection connection, String name) throws SQLException {
        return queryLong(connection, "SELECT count(*) FROM pg_type WHERE typname = '" + name + "'");
    }

    @Test
    void anEnumTypeGoesWithTheLastColumnOfIt() throws SQLException {
        Table plain = Table.of("moods", column("id", integer()).primaryKey());
        roundTrip(
                Schema.of(moods("sad", "ok")),
                Schema.of(plain),
                List.of(),
                connection -> assertEquals(0, types(connection, "mood")));
        Table texts = Table.of("moods", column("id", integer()).primaryKey(), column("mood", text()));
        roundTrip(
                Schema.of(moods("sad", "ok")),
                Schema.of(texts),
                List.of(),
                connection -> assertEquals(0, types(connection, "mood")));
        Table two = Table.of(
                "moods",
                column("id", integer()).primaryKey(),
                column("mood", enumeration("mood", "sad", "ok")),
                column("other", enumeration("mood", "sad", "ok")));
        roundTrip(
                Schema.of(two),
                Schema.of(moods("sad", "ok")),
                List.of(),
                connection -> assertEquals(1, types(connection, "mood")));
    }

    @Test
    void aSharedEnumTypeChangesOnceForAllItsColumns() throws SQLException {
        Table diary = Table.of(
                "diary",
                column("day", integer()).primaryKey(),
                column("mood", enumeration("mood", "sad", "ok")).defaultSql("'ok'::mood"));
        Table wider = Table.of(
                "diary",
                column("day", integer()).primaryKey(),
                column("mood", enumeration("mood", "sad", "ok", "happy")).defaultSql("'ok'::mood"));
        List<String> rows =
                List.of("INSERT INTO moods (id, mood) VALUES (1, 'sad')", "INSERT INTO diary (day) VALUES (1)");
        roundTrip(
                Schema.of(diary, moods("sad", "ok")),
                Schema.of(wider, moods("sad", "ok", "happy")),
                rows,
                connection -> assertEquals(1, queryLong(connection, "SELECT count(*) FROM diary WHERE mood = 'ok'")));
    }

    @Test
    void addingAnEnumValueIsOneStatementThatNeedsItsOwnCommitToBeUsed() throws SQLException {
        SchemaDiff diff = SchemaComparer.compare(Schema.of(moods("sad", "ok")), Schema.of(moods("sad", "ok", "happy")));
        assertEquals(
                List.of("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok'"),
                DIALECT.render(diff.upgrade().get(0), TableLookup.NONE));
        assertEquals(
                List.of(
                        "ALTER TYPE mood RENAME TO mood_old",
                        "CREATE TYPE mood AS ENUM ('sad', 'ok')",
                        "ALTER TABLE moods ALTER COLUMN mood TYPE mood USING mood::text::mood",
                        "DROP TYPE mood_old"),
                DIALECT.render(diff.downgrade().get(0), TableLookup.NONE));
    }
}
