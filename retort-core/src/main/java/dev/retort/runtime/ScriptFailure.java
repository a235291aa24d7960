package dev.retort.runtime;

/**
 * A Java migration threw something other than a refused statement: an exception of its own, or a
 * request the database or offline mode cannot meet. Carries how many statements had run.
 */
final class ScriptFailure extends RuntimeException {
    private final int statementsRun;

    ScriptFailure(Throwable cause, int statementsRun) {
        super(cause.getMessage(), cause);
        this.statementsRun = statementsRun;
    }

    int statementsRun() {
        return statementsRun;
    }
}
