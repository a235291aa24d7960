package dev.retort.script;

import java.util.List;
import java.util.Objects;

/**
 * What autogenerate writes into a new script's upgrade and downgrade sections: the text that
 * replaces the template's {@code ${upgrades}} and {@code ${downgrades}} placeholders, and for Java
 * scripts the import lines that replace {@code ${imports}}. Immutable.
 *
 * @param upgrades the upgrade section's text (SQL statements, or Java statements already indented)
 * @param downgrades the downgrade section's text
 * @param imports the import lines the Java statements need, such as {@code import dev.retort.schema.Index;}
 */
public record GeneratedBodies(String upgrades, String downgrades, List<String> imports) {
    /** Nothing generated: the template's sections stay empty, as for {@code retort revision}. */
    public static final GeneratedBodies NONE = new GeneratedBodies("", "", List.of());

    /** Checks and copies. */
    public GeneratedBodies {
        Objects.requireNonNull(upgrades, "upgrades");
        Objects.requireNonNull(downgrades, "downgrades");
        imports = List.copyOf(imports);
    }

    /** Whether there is anything to write. */
    public boolean isEmpty() {
        return upgrades.isEmpty() && downgrades.isEmpty() && imports.isEmpty();
    }
}
