package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptReaderTest {
    private static final Path FILE = Path.of("versions/x.sql");

    private static MigrationScript read(String text) {
        return new SqlScriptReader(FILE, "x.sql").read(text);
    }

    private static SqlBody sql(MigrationScript script) {
        return (SqlBody) script.body();
    }

    private static InvalidScriptException fails(String text) {
        return assertThrows(InvalidScriptException.class, () -> read(text));
    }

    @Test
    void readsEveryHeaderAndBothSections() {
        MigrationScript script = read("""
                -- Revision: 3f2a9c1b7d4e
                -- Revises: 1975ea83b712
                -- Branch-Labels: auth
                -- Depends-On: 9a8b7c6d5e4f
                -- Message: add user full name
                -- Created: 2026-11-22 10:15:02

                -- migrate:upgrade
                ALTER TABLE users ADD COLUMN full_name VARCHAR(255);

                -- migrate:downgrade
                ALTER TABLE users DROP COLUMN full_name;
                """);
        assertEquals("3f2a9c1b7d4e", script.id());
        assertEquals(List.of("1975ea83b712"), script.revision().parents());
        assertEquals(List.of("auth"), script.revision().branchLabels());
        assertEquals(List.of("9a8b7c6d5e4f"), script.revision().dependsOn());
        assertEquals("add user full name", script.message());
        assertEquals("2026-11-22 10:15:02", script.created());
        assertTrue(script.transactional());
        assertEquals(
                "ALTER TABLE users ADD COLUMN full_name VARCHAR(255);\n",
                sql(script).upgrade().text());
        assertEquals(9, sql(script).upgrade().firstLine());
        assertEquals(
                "ALTER TABLE users DROP COLUMN full_name;\n",
                sql(script).downgrade().orElseThrow().text());
        assertEquals(12, sql(script).downgrade().orElseThrow().firstLine());
    }

    @Test
    void aBaseHasNoRevisesLineAndAMergeListsSeveral() {
        MigrationScript base = read("-- Revision: a1\n-- migrate:upgrade\n");
        assertEquals(List.of(), base.revision().parents());
        MigrationScript emptyRevises = read("-- Revision: a1\n-- Revises:\n-- migrate:upgrade\n");
        assertEquals(List.of(), emptyRevises.revision().parents());
        MigrationScript merge = read("-- Revision: m1\n-- Revises: a1, b2\n-- migrate:upgrade\n");
        assertEquals(List.of("a1", "b2"), merge.revision().parents());
    }

    @Test
    void aMissingDowngradeSectionMeansIrreversibleAndAnEmptyOneMeansNothingToUndo() {
        assertFalse(read("-- Revision: a1\n-- migrate:upgrade\nSELECT 1;\n").reversible());
        MigrationScript empty = read("-- Revision: a1\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n");
        assertEquals("", sql(empty).downgrade().orElseThrow().text().strip());
    }

    @Test
    void transactionalFalseAndFreeCommentsAndAlembicStyleNames() {
        MigrationScript script = read("""
                -- Revision ID: c0ncurrent
                -- Create Date: 2026-01-02 03:04:05
                -- Transactional: false
                -- Author: somebody (a free comment)
                -- migrate:upgrade
                CREATE INDEX CONCURRENTLY ix ON t (c);
                """);
        assertEquals("c0ncurrent", script.id());
        assertEquals("2026-01-02 03:04:05", script.created());
        assertFalse(script.transactional());
    }

    @Test
    void checksumIgnoresLineEndingsAndByteOrderMark() {
        String text = "-- Revision: a1\n-- migrate:upgrade\nSELECT 1;\n";
        String crlf = "\uFEFF" + text.replace("\n", "\r\n");
        assertEquals(read(text).checksum(), read(crlf).checksum());
        assertEquals("a1", read(crlf).id());
        assertEquals(64, read(text).checksum().length());
        assertFalse(read(text).checksum().equals(read(text + "SELECT 2;\n").checksum()));
    }

    @Test
    void missingRevisionHeader() {
        InvalidScriptException e = fails("-- Revises: a1\n-- migrate:upgrade\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("no '-- Revision: <id>' header"), e.getMessage());
    }

    @Test
    void sqlBeforeTheUpgradeMarker() {
        InvalidScriptException e = fails("-- Revision: a1\nCREATE TABLE t (id INT);\n-- migrate:upgrade\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("SQL before the '-- migrate:upgrade' line"), e.getMessage());
    }

    @Test
    void noUpgradeMarker() {
        InvalidScriptException e = fails("-- Revision: a1\n");
        assertTrue(e.getMessage().startsWith("no '-- migrate:upgrade' line"), e.getMessage());
    }

    @Test
    void misspelledHeaderIsCaughtButOtherCommentsAreNot() {
        InvalidScriptException e = fails("-- Revision: a1\n-- Revison: b2\n-- migrate:upgrade\n");
        assertEquals(2, e.line());
        assertEquals("unknown header 'Revison'; did you mean 'Revision'?", e.getMessage());
    }

    @Test
    void misspelledSectionMarkerSuggestsTheRightOne() {
        InvalidScriptException e = fails("-- Revision: a1\n-- migrate:up\n");
        assertEquals("unknown section '-- migrate:up'; did you mean '-- migrate:upgrade'?", e.getMessage());
        e = fails("-- Revision: a1\n-- migrate:upgrade\n-- migrate:down\n");
        assertEquals("unknown section '-- migrate:down'; did you mean '-- migrate:downgrade'?", e.getMessage());
    }

    @Test
    void sectionsOutOfOrderOrTwice() {
        assertEquals(
                "'-- migrate:downgrade' comes before '-- migrate:upgrade'",
                fails("-- Revision: a1\n-- migrate:downgrade\n-- migrate:upgrade\n")
                        .getMessage());
        InvalidScriptException twice = fails("-- Revision: a1\n-- migrate:upgrade\n-- migrate:upgrade\n");
        assertEquals(3, twice.line());
        assertEquals("'-- migrate:upgrade' appears twice (first at line 2)", twice.getMessage());
    }

    @Test
    void duplicateHeaderAndBadValues() {
        assertEquals(
                "header 'Revision' appears twice (first at line 1)",
                fails("-- Revision: a1\n-- Revision: b2\n-- migrate:upgrade\n").getMessage());
        assertEquals(
                "revision id 'a-1' may hold only letters, digits and _",
                fails("-- Revision: a-1\n-- migrate:upgrade\n").getMessage());
        assertEquals(
                "'b-2' in the revises header may hold only letters, digits and _",
                fails("-- Revision: a1\n-- Revises: b-2\n-- migrate:upgrade\n").getMessage());
        assertEquals(
                "Transactional must be true or false, not 'maybe'",
                fails("-- Revision: a1\n-- Transactional: maybe\n-- migrate:upgrade\n")
                        .getMessage());
    }
}
