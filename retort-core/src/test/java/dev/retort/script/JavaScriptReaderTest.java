package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaScriptReaderTest {
    private static final Path FILE = Path.of("versions/a1_create_users.java");

    private static MigrationScript read(String text) {
        return new JavaScriptReader(FILE, "a1_create_users.java").read(text);
    }

    private static JavaBody body(MigrationScript script) {
        return (JavaBody) script.body();
    }

    private static InvalidScriptException fails(String text) {
        InvalidScriptException e = assertThrows(InvalidScriptException.class, () -> read(text));
        assertEquals(FILE, e.file());
        return e;
    }

    @Test
    void readsEveryMemberOfAGeneratedScript() {
        String text = """
                import dev.retort.ops.Migration;
                import dev.retort.ops.Ops;
                import dev.retort.ops.Revision;

                @Revision(
                        id = "3f2a9c1b7d4e",
                        revises = {"1975ea83b712", "9be0417ac3d2"},
                        branchLabels = {"auth"},
                        dependsOn = {"billing"},
                        message = "merge \\"auth\\" and billing",
                        created = "2026-11-22 10:15:02",
                        transactional = false)
                class Migration_3f2a9c1b7d4e implements Migration {
                    @Override
                    public void upgrade(Ops op) {}

                    @Override
                    public void downgrade(Ops op) {}
                }
                """;
        MigrationScript script = read(text);
        assertEquals("3f2a9c1b7d4e", script.id());
        assertEquals(List.of("1975ea83b712", "9be0417ac3d2"), script.revision().parents());
        assertEquals(List.of("auth"), script.revision().branchLabels());
        assertEquals(List.of("billing"), script.revision().dependsOn());
        assertEquals("merge \"auth\" and billing", script.message());
        assertEquals("2026-11-22 10:15:02", script.created());
        assertFalse(script.transactional());
        assertEquals(ScriptFormat.JAVA, script.format());
        assertEquals("a1_create_users.java", script.relativePath());
        assertEquals(Checksums.of(text), script.checksum());
        assertEquals(new JavaBody("Migration_3f2a9c1b7d4e", Optional.of(text), true), script.body());
        assertTrue(script.reversible());
    }

    @Test
    void defaultsAreThoseOfTheAnnotation() {
        MigrationScript script =
                read("@Revision(id = \"a1\") class A implements Migration { public void upgrade(Ops" + " op) {} }");
        assertEquals(List.of(), script.revision().parents());
        assertEquals("", script.message());
        assertEquals("", script.created());
        assertTrue(script.transactional());
        assertFalse(script.reversible());
    }

    @Test
    void aSingleStringStandsForAListOfOneAndDuplicatesCountOnce() {
        MigrationScript script = read("@Revision(id = \"b2\", revises = \"a1\", branchLabels = {}, dependsOn ="
                + " {\"x\", \"x\",}) class B implements Migration {}");
        assertEquals(List.of("a1"), script.revision().parents());
        assertEquals(List.of(), script.revision().branchLabels());
        assertEquals(List.of("x"), script.revision().dependsOn());
    }

    @Test
    void stringEscapesAndTextBlocksAreDecoded() {
        MigrationScript script = read("@Revision(id = \"a\\u0031\", message = \"tab\\there \\\\ \\u00e9\\101\","
                + " created = \"\"\"\n        2026-11-22 \\\n        10:15:02\"\"\") class A implements Migration {}");
        assertEquals("a1", script.id());
        assertEquals("tab\there \\ \u00e9A", script.message());
        assertEquals("2026-11-22 10:15:02", script.created());
    }

    @Test
    void aTextBlockLosesItsIncidentalIndentation() {
        MigrationScript script = read("""
                @Revision(id = "a1", message = \"""
                        two
                          lines\""")
                class A implements Migration {}
                """);
        assertEquals("two\n  lines", script.message());
    }

    @Test
    void packageAndQualifiedAnnotationNameAndModifiers() {
        MigrationScript script = read("""
                // a leading comment
                package com.example.migrations;

                import java.util.List;

                /** Adds users. */
                @SuppressWarnings("unused")
                @dev.retort.ops.Revision(id = "a1")
                public final class AddUsers implements dev.retort.ops.Migration {
                    public void upgrade(dev.retort.ops.Ops op) {}
                }
                """);
        assertEquals("com.example.migrations.AddUsers", body(script).className());
    }

    @Test
    void annotationsInCommentsAndStringsDoNotCount() {
        MigrationScript script = read("""
                /* @Revision(id = "fake1") class Fake {} */
                // @Revision(id = "fake2")
                class Helper {
                    static final String TEXT = "@Revision(id = \\"fake3\\") class X {}";
                    static final String BLOCK = \"""
                        @Revision(id = "fake4")
                        }}}
                        \""";
                    static final char BRACE = '}';
                }

                @Revision(id = "real", message = "has // and /* inside")
                class Real implements Migration {
                    public void upgrade(Ops op) {
                        op.execute("-- void downgrade(");
                    }

                    class Nested {
                        void downgrade() {}
                    }
                }
                """);
        assertEquals("real", script.id());
        assertEquals("has // and /* inside", script.message());
        assertEquals("Real", body(script).className());
        assertFalse(script.reversible(), "only a downgrade method of the class itself counts");
    }

    @Test
    void reversibleWhenTheClassDeclaresDowngrade() {
        MigrationScript script = read("""
                @Revision(id = "a1")
                class A implements Migration {
                    @Override
                    public void upgrade(Ops op) throws Exception {}

                    @Override
                    public void downgrade(Ops op) throws Exception {
                        op.dropTable("users");
                    }
                }
                """);
        assertTrue(script.reversible());
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreFine() {
        String text = "\uFEFFimport dev.retort.ops.Revision;\r\n\r\n@Revision(\r\n    id = \"a1\",\r\n    revises ="
                + " 12)\r\nclass A {}\r\n";
        InvalidScriptException e = fails(text);
        assertEquals(5, e.line());
        MigrationScript script = read(text.replace("12", "\"b2\""));
        assertEquals(List.of("b2"), script.revision().parents());
        assertEquals(
                Optional.of(text.replace("12", "\"b2\"").substring(1)),
                body(script).source());
    }

    @Test
    void valuesMustBeLiterals() {
        assertEquals(
                "@Revision member 'id' must be a string literal, not 'Ids'",
                fails("@Revision(\n  id = Ids.A)\nclass A {}").getMessage());
        InvalidScriptException concatenation = fails("@Revision(\n  id = \"a\"\n    + \"1\")\nclass A {}");
        assertEquals(3, concatenation.line());
        assertEquals(
                "@Revision values must be literals: expected ',' or ')' but found '+'", concatenation.getMessage());
        assertEquals(
                "@Revision member 'revises' must be a string literal or string literals in { }, not 'PARENT'",
                fails("@Revision(id = \"a\", revises = {PARENT}) class A {}").getMessage());
        assertEquals(
                "@Revision member 'transactional' must be true or false, not '\"false\"'",
                fails("@Revision(id = \"a\", transactional = \"false\") class A {}")
                        .getMessage());
        assertEquals(
                "@Revision member 'message' must be a string literal, not '{'",
                fails("@Revision(id = \"a\", message = {\"x\"}) class A {}").getMessage());
    }

    @Test
    void membersAreCheckedWithTheirLines() {
        InvalidScriptException unknown = fails("@Revision(\n  id = \"a\",\n  revise = \"b\")\nclass A {}");
        assertEquals(3, unknown.line());
        assertEquals("unknown @Revision member 'revise'; did you mean 'revises'?", unknown.getMessage());
        InvalidScriptException twice = fails("@Revision(id = \"a\",\n id = \"b\") class A {}");
        assertEquals(2, twice.line());
        assertEquals("@Revision member 'id' appears twice", twice.getMessage());
        InvalidScriptException noId = fails("\n@Revision(message = \"m\") class A {}");
        assertEquals(2, noId.line());
        assertEquals("@Revision has no id: write @Revision(id = \"<revision id>\", ...)", noId.getMessage());
        InvalidScriptException badId = fails("@Revision(\nid = \"a-1\") class A {}");
        assertEquals(2, badId.line());
        assertEquals("revision id 'a-1' may hold only letters, digits and _", badId.getMessage());
        InvalidScriptException badParent = fails("@Revision(id = \"a\",\n\nrevises = {\"b\", \"c d\"}) class A {}");
        assertEquals(3, badParent.line());
        assertEquals("'c d' in revises may hold only letters, digits and _", badParent.getMessage());
        assertEquals(
                "@Revision needs its values: @Revision(id = \"...\", revises = \"...\")",
                fails("@Revision class A {}").getMessage());
    }

    @Test
    void theFileMustHoldExactlyOneAnnotatedClass() {
        InvalidScriptException none = fails("\n\nclass A implements Migration {}");
        assertEquals(3, none.line());
        assertTrue(
                none.getMessage().startsWith("no top-level class carries @Revision(id = \"...\")"), none.getMessage());
        InvalidScriptException two = fails("@Revision(id = \"a\") class A {}\n@Revision(id = \"b\") class B {}");
        assertEquals(2, two.line());
        assertEquals(
                "a second class carries @Revision (the first at line 1); a script holds one revision",
                two.getMessage());
        assertEquals(
                "@Revision is on interface A; it belongs on a class that implements Migration",
                fails("@Revision(id = \"a\") interface A {}").getMessage());
        assertEquals(
                "@Revision appears twice on one class",
                fails("@Revision(id = \"a\") @Revision(id = \"b\") class A {}").getMessage());
        assertEquals(0, fails("// nothing but a comment\n").line());
    }

    @Test
    void brokenSourceIsReportedWhereItBreaks() {
        InvalidScriptException comment = fails("@Revision(id = \"a\")\nclass A {\n/* never closed\n}");
        assertEquals(3, comment.line());
        assertEquals("unterminated comment: '/*' without '*/'", comment.getMessage());
        InvalidScriptException string = fails("@Revision(id = \"a\",\n message = \"open\n\") class A {}");
        assertEquals(2, string.line());
        assertEquals("unterminated string: it needs a closing \" on the same line", string.getMessage());
        InvalidScriptException body = fails("@Revision(id = \"a\")\nclass A {\n  void f() {\n");
        assertEquals(2, body.line());
        assertEquals("A's body has no closing '}'", body.getMessage());
        InvalidScriptException escape = fails("@Revision(id = \"a\", message = \"\\q\") class A {}");
        assertTrue(escape.getMessage().startsWith("bad escape in a string: "), escape.getMessage());
        assertEquals(
                "expected a class declaration, found '42'",
                fails("@Revision(id = \"a\") 42 class A {}").getMessage());
    }

    @Test
    void recordAsANameIsNotADeclaration() {
        MigrationScript script = read("""
                @Revision(id = "a1")
                class A implements Migration {
                    public void upgrade(Ops op) {
                        var record = 1;
                    }
                }
                record Row(int id) {}
                """);
        assertEquals("A", body(script).className());
    }

    @Test
    void aThousandScriptsReadQuickly() {
        String template = """
                import dev.retort.ops.Migration;
                import dev.retort.ops.Ops;
                import dev.retort.ops.Revision;

                /** Script number %1$d, with some body to read past. */
                @Revision(id = "r%1$d", revises = {"r%2$d"}, message = "revision %1$d", created = "2026-11-22 10:15:02")
                class Migration_r%1$d implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        op.execute("UPDATE t SET a = '{' WHERE b = '}'"); // %1$d
                        for (int i = 0; i < 10; i++) {
                            if (i %% 2 == 0) {
                                System.identityHashCode(i);
                            }
                        }
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.execute("UPDATE t SET a = NULL");
                    }
                }
                """;
        List<String> sources = new java.util.ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            sources.add(template.formatted(i, i - 1));
        }
        read(sources.get(0));
        long start = System.nanoTime();
        for (String source : sources) {
            assertTrue(read(source).reversible());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "1,000 scripts took " + millis + " ms");
    }
}
