package dev.retort.script.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.ops.Migration;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 1,000 Java scripts: the first run compiles them in one javac run, the next reads them all back. */
class ThousandJavaScriptsTest {
    private static final int COUNT = 1000;

    @TempDir
    Path root;

    @Test
    void theSecondRunHitsTheCacheForEveryScript() throws IOException {
        Path location = root.resolve("migrations");
        ScriptDirectory.init(location);
        for (int i = 1; i <= COUNT; i++) {
            String id = "r%04d".formatted(i);
            String parent = i == 1 ? null : "r%04d".formatted(i - 1);
            Files.writeString(
                    location.resolve("versions").resolve(id + "_step.java"), JavaMigrationsTest.script(id, parent, id));
        }

        ScriptDirectory directory = ScriptDirectory.load(location);
        JavaMigrations first = JavaMigrations.of(directory);
        assertEquals(COUNT, loadAll(directory, first).size());
        assertEquals(1, first.compilerRuns(), "every script in one javac run");

        ScriptDirectory again = ScriptDirectory.load(location);
        JavaMigrations second = JavaMigrations.of(again);
        List<Migration> loaded = loadAll(again, second);
        assertEquals(COUNT, loaded.size());
        assertEquals("Migration_r1000", loaded.get(COUNT - 1).getClass().getName());
        assertEquals(0, second.compilerRuns(), "javac is not run when nothing changed");
    }

    private static List<Migration> loadAll(ScriptDirectory directory, JavaMigrations migrations) {
        List<Migration> loaded = new ArrayList<>();
        for (MigrationScript script : directory.scripts()) {
            loaded.add(migrations.load(script));
        }
        return loaded;
    }
}
