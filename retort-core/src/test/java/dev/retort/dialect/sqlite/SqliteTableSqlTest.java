package dev.retort.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.sqlite.SqliteTableSql.ColumnSql;
import dev.retort.dialect.sqlite.SqliteTableSql.ForeignKeySql;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.DataType;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading what SQLite keeps only as SQL: constraint names, checks, enums, AUTOINCREMENT, index elements. */
class SqliteTableSqlTest {
    @Test
    void readsTableConstraintsWithTheirNames() {
        SqliteTableSql table = SqliteTableSql.parse("""
                CREATE TABLE "order" (
                    id INTEGER NOT NULL, -- the key, (with a comma)
                    "user id" INTEGER,
                    code TEXT,
                    /* a comment, here */
                    CONSTRAINT pk_order PRIMARY KEY (id),
                    CONSTRAINT uq_order_code UNIQUE (code COLLATE NOCASE DESC, "user id"),
                    UNIQUE (code),
                    CONSTRAINT fk_order_user FOREIGN KEY ("user id") REFERENCES [users] (id)
                        ON DELETE SET NULL ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED,
                    FOREIGN KEY (code) REFERENCES codes MATCH SIMPLE ON UPDATE CASCADE,
                    CONSTRAINT ck_order_code CHECK (length(code) > 2 AND code <> ','),
                    CHECK (id > 0)
                )""");
        assertEquals(Optional.of("pk_order"), table.primaryKeyName());
        assertEquals(
                List.of(
                        new UniqueConstraint(Optional.of("uq_order_code"), List.of("code", "user id")),
                        new UniqueConstraint(Optional.empty(), List.of("code"))),
                table.uniques());
        assertEquals(
                List.of(
                        new ForeignKeySql(
                                Optional.of("fk_order_user"),
                                List.of("user id"),
                                "users",
                                List.of("id"),
                                ReferentialAction.SET_NULL,
                                ReferentialAction.NO_ACTION,
                                true,
                                true),
                        new ForeignKeySql(
                                Optional.empty(),
                                List.of("code"),
                                "codes",
                                List.of(),
                                ReferentialAction.NO_ACTION,
                                ReferentialAction.CASCADE,
                                false,
                                false)),
                table.foreignKeys());
        assertEquals(
                List.of(
                        new CheckConstraint(Optional.of("ck_order_code"), "length(code) > 2 AND code <> ','"),
                        new CheckConstraint(Optional.empty(), "id > 0")),
                table.checks());
        assertEquals(
                List.of("id", "user id", "code"),
                table.columns().stream().map(ColumnSql::name).toList());
    }

    @Test
    void readsColumnConstraintsAsTableConstraints() {
        SqliteTableSql table = SqliteTableSql.parse("CREATE TABLE t (id INTEGER CONSTRAINT pk_t PRIMARY KEY"
                + " ASC ON CONFLICT ROLLBACK AUTOINCREMENT, email TEXT NOT NULL ON CONFLICT FAIL CONSTRAINT"
                + " uq_t_email UNIQUE DEFAULT 'x' COLLATE NOCASE, parent INTEGER REFERENCES t (id) ON DELETE"
                + " CASCADE NOT DEFERRABLE CHECK (parent <> id), n REAL DEFAULT -1.5 CONSTRAINT ck_n CHECK (n < 9),"
                + " twice INTEGER GENERATED ALWAYS AS (n * 2) STORED, half AS (n / 2))");
        assertEquals(Optional.of("pk_t"), table.primaryKeyName());
        assertEquals(
                new ColumnSql("id", true, Optional.empty(), Optional.empty(), Optional.empty()),
                table.columns().get(0));
        assertEquals(
                new ColumnSql("email", false, Optional.of("COLLATE NOCASE"), Optional.empty(), Optional.empty()),
                table.columns().get(1));
        assertEquals(
                Optional.of("GENERATED ALWAYS AS (n * 2) STORED"),
                table.column("TWICE").orElseThrow().generated());
        assertEquals(
                Optional.of("AS (n / 2)"), table.column("half").orElseThrow().generated());
        assertEquals(List.of(new UniqueConstraint(Optional.of("uq_t_email"), List.of("email"))), table.uniques());
        assertEquals(
                List.of(new ForeignKeySql(
                        Optional.empty(),
                        List.of("parent"),
                        "t",
                        List.of("id"),
                        ReferentialAction.CASCADE,
                        ReferentialAction.NO_ACTION,
                        false,
                        false)),
                table.foreignKeys());
        assertEquals(
                List.of(
                        new CheckConstraint(Optional.empty(), "parent <> id"),
                        new CheckConstraint(Optional.of("ck_n"), "n < 9")),
                table.checks());
    }

    @Test
    void aNamedInCheckOverTheColumnIsAnEnum() {
        SqliteTableSql table = SqliteTableSql.parse("CREATE TABLE t (mood TEXT DEFAULT 'happy' NOT NULL CONSTRAINT"
                + " mood CHECK (\"mood\" IN ('happy', 'it''s sad')), other TEXT CHECK (other IN ('a')), third TEXT"
                + " CONSTRAINT c CHECK (third IN ('a') OR third IS NULL))");
        assertEquals(
                Optional.of(DataType.enumeration("mood", "happy", "it's sad")),
                table.column("mood").orElseThrow().enumType());
        assertFalse(table.column("other").orElseThrow().enumType().isPresent());
        assertFalse(table.column("third").orElseThrow().enumType().isPresent());
        assertEquals(
                List.of(
                        new CheckConstraint(Optional.empty(), "other IN ('a')"),
                        new CheckConstraint(Optional.of("c"), "third IN ('a') OR third IS NULL")),
                table.checks());
    }

    @Test
    void readsIndexStatements() {
        assertEquals(
                Index.on("ix", "t", "a", "b DESC", "lower(c) ASC", "d COLLATE NOCASE"),
                SqliteIndexSql.parse(
                        "ix", "t", "CREATE INDEX ix ON t (a, \"b\" desc, lower(c) ASC, d COLLATE NOCASE)"));
        Index partial = SqliteIndexSql.parse(
                "ux", "t", "CREATE UNIQUE INDEX IF NOT EXISTS main.ux ON t(a) WHERE a IS NOT NULL AND b > 0");
        assertTrue(partial.isUnique());
        assertEquals(Optional.of("a IS NOT NULL AND b > 0"), partial.where());
        assertEquals(List.of("a"), partial.elements());
    }

    @Test
    void declaredTypesMapBackToThePortableKinds() {
        assertEquals(DataType.varchar(255), SqliteTypes.fromDeclared("varchar( 255 )"));
        assertEquals(DataType.numeric(10, 2), SqliteTypes.fromDeclared("NUMERIC(10, 2)"));
        assertEquals(DataType.timestamp(true), SqliteTypes.fromDeclared("timestamp  with time zone"));
        assertEquals(DataType.binary(), SqliteTypes.fromDeclared(""));
        assertEquals(DataType.raw("INT"), SqliteTypes.fromDeclared("INT"));
        for (DataType type : List.of(
                DataType.integer(),
                DataType.bigint(),
                DataType.smallint(),
                DataType.bool(),
                DataType.character(3),
                DataType.text(),
                DataType.real(),
                DataType.doublePrecision(),
                DataType.date(),
                DataType.time(),
                DataType.time(true),
                DataType.timestamp())) {
            assertEquals(type, SqliteTypes.fromDeclared(SqliteTypes.sql(type)));
        }
    }
}
