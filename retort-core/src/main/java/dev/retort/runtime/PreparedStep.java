package dev.retort.runtime;

import dev.retort.graph.Step;
import dev.retort.script.MigrationScript;
import java.util.List;

/**
 * A plan step made ready to run: its script and its statements, already split, so that a broken
 * script is found before anything runs.
 *
 * @param step the step
 * @param script its script
 * @param statements its statements in order
 */
public record PreparedStep(Step step, MigrationScript script, List<SqlStatement> statements) {
    /** Copies the list. */
    public PreparedStep {
        statements = List.copyOf(statements);
    }

    /** "Running upgrade a -> b, message", as Alembic logs it. */
    public String description() {
        return "Running " + step.verb() + " " + String.join(", ", step.fromIds()) + " -> "
                + String.join(", ", step.toIds()) + (script.message().isEmpty() ? "" : ", " + script.message());
    }
}
