package dev.retort.script;

import java.util.Objects;
import java.util.Optional;

/**
 * The class of a Java script. A script file under {@code versions/} carries its source, which
 * Retort compiles on first use; a class compiled into the application carries none.
 *
 * @param className the binary name of the class ({@code Migration_3f2a9c1b7d4e}, or
 *     {@code com.example.migrations.AddUsers} when the script declares a package)
 * @param source the source text (without a byte-order mark); empty for a class found on the class
 *     path
 * @param reversible whether the class declares {@code downgrade}: judged from the source for a
 *     script file (the runtime checks again after loading), by reflection for a compiled class
 */
public record JavaBody(String className, Optional<String> source, boolean reversible) implements ScriptBody {
    /** Checks the parts. */
    public JavaBody {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the class was compiled into the application rather than read from a script file. */
    public boolean isCompiled() {
        return source.isEmpty();
    }
}
