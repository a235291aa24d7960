package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a database's dump tool on the PATH and running it with secrets in the environment. */
class ExternalToolTest {
    @TempDir
    Path folder;

    private Path tool(String name, String body) throws IOException {
        Path script = folder.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void findsTheFirstNameThatIsOnThePath() throws IOException {
        Path dump = tool("mysqldump", "exit 0");
        String path = "/nonexistent" + File.pathSeparator + folder;

        assertEquals(Optional.of(new ExternalTool(dump)), ExternalTool.findIn(path, "mariadb-dump", "mysqldump"));
        assertEquals(Optional.empty(), ExternalTool.findIn("/nonexistent", "mariadb-dump", "mysqldump"));
    }

    @Test
    void passesTheEnvironmentNotTheCommandLineForSecrets() throws IOException {
        Path out = folder.resolve("seen");
        ExternalTool tool = new ExternalTool(tool("dump", "echo \"$SECRET $1\" > " + out));

        tool.run(List.of("--file=x"), Map.of("SECRET", "s3cret"));

        assertEquals("s3cret --file=x\n", Files.readString(out));
    }

    @Test
    void aFailingToolIsReportedWithItsExitCodeAndErrorOutput() throws IOException {
        ExternalTool tool = new ExternalTool(tool("dump", "echo 'server version mismatch' >&2; exit 3"));

        IOException failure = assertThrows(IOException.class, () -> tool.run(List.of(), Map.of()));

        assertEquals("dump failed (exit 3): server version mismatch", failure.getMessage());
        assertTrue(Files.exists(folder.resolve("dump")));
    }
}
