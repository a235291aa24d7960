package dev.retort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a run reported, for tests to look at. */
final class RecordingListener implements MigrationListener {
    final List<String> events = new ArrayList<>();
    /** Every statement run, each revision's preceded by a line {@code start REVISION}. */
    final List<String> statements = new ArrayList<>();

    @Override
    public void lockWaiting(String holder) {
        events.add("waiting " + holder);
    }

    @Override
    public void revisionStarting(MigrationStepInfo step) {
        events.add("start " + step.direction() + " " + step.revision());
        statements.add("start " + step.revision());
    }

    @Override
    public void statement(String sql) {
        statements.add(sql);
    }

    @Override
    public void revisionFinished(MigrationStepInfo step, Duration duration) {
        events.add("done " + step.direction() + " " + step.revision());
    }

    @Override
    public void warning(String message) {
        events.add("warning " + message);
    }

    List<String> warnings() {
        return events.stream().filter(event -> event.startsWith("warning ")).toList();
    }
}
