package dev.retort.runtime;

import dev.retort.graph.Step;
import dev.retort.ops.Migration;
import dev.retort.script.MigrationScript;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan step made ready to run, so that a broken script is found before anything runs: an SQL
 * script's statements already split, or a Java script's migration already compiled and loaded.
 *
 * @param step the step
 * @param script its script
 * @param statements an SQL script's statements in order; empty for a Java script
 * @param migration a Java script's migration; empty for an SQL script
 */
public record PreparedStep(
        Step step, MigrationScript script, List<SqlStatement> statements, Optional<Migration> migration) {
    /** Copies the list. */
    public PreparedStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(script, "script");
        statements = List.copyOf(statements);
        Objects.requireNonNull(migration, "migration");
    }

    /** "Running upgrade a -> b, message", as Alembic logs it. */
    public String description() {
        return "Running " + step.verb() + " " + String.join(", ", step.fromIds()) + " -> "
                + String.join(", ", step.toIds()) + (script.message().isEmpty() ? "" : ", " + script.message());
    }
}
