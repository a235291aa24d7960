package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort edit REV}: the editor it starts, on which file, and what it says without one. */
class EditCommandTest {
    @TempDir
    Path project;

    private Cli cli;

    @BeforeEach
    void buildProject() {
        cli = new Cli(project);
        assertEquals(
                0, cli.run("init", project.resolve("migrations").toString()).exitCode());
        assertEquals(
                0, cli.run("revision", "-m", "first", "--rev-id", "aaaa1111").exitCode());
    }

    /** An "editor" that appends a line to the file it is given and exits with {@code code}. */
    private Path editor(int code) throws Exception {
        Path script = project.resolve("fake-editor.sh");
        Files.writeString(script, "#!/bin/sh\necho '-- edited' >> \"$1\"\nexit " + code + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void opensTheScriptOfTheRevisionInTheEditorAndPassesOnItsExitCode() throws Exception {
        cli.env("EDITOR", editor(3).toString());

        Cli.Result result = cli.run("edit", "head");

        assertEquals(3, result.exitCode(), result.toString());
        Path script = project.resolve("migrations/versions/aaaa1111_first.sql");
        assertTrue(Files.readString(script).endsWith("-- edited\n"), Files.readString(script));
    }

    @Test
    void visualWinsOverEditor() throws Exception {
        cli.env("EDITOR", "/nonexistent/editor").env("VISUAL", editor(0).toString());

        assertEquals(0, cli.run("edit", "aaaa").exitCode());
    }

    @Test
    void withoutAnEditorItSaysHowToSetOne() {
        Cli.Result result = cli.run("edit", "head");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: no editor is set"), result.err());
        assertTrue(result.err().contains("EDITOR=nano"), result.err());
    }

    @Test
    void anEditorThatCannotStartIsNamed() {
        cli.env("EDITOR", "/nonexistent/editor");

        Cli.Result result = cli.run("edit", "head");

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: cannot start the editor '/nonexistent/editor'"), result.err());
    }

    @Test
    void anUnknownRevisionIsTheUsualError() throws Exception {
        cli.env("EDITOR", editor(0).toString());

        Cli.Result result = cli.run("edit", "zzzz9999");

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: Can't locate revision identified by 'zzzz9999'"), result.err());
    }
}
