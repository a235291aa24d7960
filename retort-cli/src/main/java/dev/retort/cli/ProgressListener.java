package dev.retort.cli;

import dev.retort.MigrationListener;
import dev.retort.MigrationStepInfo;
import java.time.Duration;
import java.util.List;

/**
 * Shows a run as it happens, one line per revision with its time:
 * {@code Running upgrade 1975ea83b712 -> 3f2a9c1b7d4e, add user full name ... 12 ms}; the lock
 * wait with its holder; warnings; and with {@code --verbose} every statement.
 */
final class ProgressListener implements MigrationListener {
    private final Console console;

    ProgressListener(Console console) {
        this.console = console;
    }

    @Override
    public void lockWaiting(String holder) {
        console.progress("Waiting for the migration lock, held by " + holder + " ...");
    }

    @Override
    public void revisionStarting(MigrationStepInfo step) {
        String line = "Running " + step.direction() + " " + String.join(", ", step.from()) + " -> "
                + String.join(", ", step.to()) + (step.message().isEmpty() ? "" : ", " + step.message()) + " ...";
        if (console.verbose()) {
            console.progress(line);
        } else {
            console.progressStart(line);
        }
    }

    @Override
    public void revisionFinished(MigrationStepInfo step, Duration duration) {
        console.progressEnd(" " + Durations.format(duration));
    }

    @Override
    public void tablesDropped(List<String> tables) {
        console.progress("Dropped " + tables.size() + " table" + (tables.size() == 1 ? "" : "s")
                + (tables.isEmpty() ? "." : ": " + String.join(", ", tables) + "."));
    }

    @Override
    public void objectsDropped(List<String> objects) {
        if (!objects.isEmpty()) {
            console.progress("Dropped " + objects.size() + " other object" + (objects.size() == 1 ? "" : "s") + ": "
                    + String.join(", ", objects) + ".");
        }
    }

    @Override
    public void warning(String message) {
        console.warning(message);
    }

    @Override
    public void statement(String sql) {
        if (console.verbose()) {
            console.progress("    " + sql.replace("\n", "\n    "));
        }
    }
}
