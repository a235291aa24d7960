package dev.retort.runtime;

import dev.retort.script.MigrationScript;

/** A downgrade needs a revision whose script has no {@code -- migrate:downgrade} section. */
public final class IrreversibleRevisionException extends RuntimeException {
    private final transient MigrationScript script;

    /** {@code script} cannot be undone. */
    public IrreversibleRevisionException(MigrationScript script) {
        super("revision " + script.id() + " has no '-- migrate:downgrade' section, so it cannot be undone");
        this.script = script;
    }

    /** The script without a downgrade section. */
    public MigrationScript script() {
        return script;
    }
}
