package dev.retort;

import dev.retort.runtime.IrreversibleRevisionException;
import dev.retort.script.ScriptFormat;
import java.util.List;

/** The message for a downgrade through a revision that has no downgrade section. */
final class Irreversible {
    private Irreversible() {}

    static RetortException of(IrreversibleRevisionException e) {
        boolean java = e.script().format() == ScriptFormat.JAVA;
        return new RevisionGraphException(
                "Revision " + e.script().id() + " ("
                        + DisplayPaths.of(e.script().file())
                        + ") has no '-- migrate:downgrade' section, so it cannot be undone",
                "add a '-- migrate:downgrade' section (an empty one undoes nothing), or downgrade to a revision above"
                        + " it",
                List.of(e.script().id()),
                e);
    }
}
