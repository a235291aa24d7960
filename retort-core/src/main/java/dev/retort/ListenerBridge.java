package dev.retort;

import dev.retort.runtime.PreparedStep;
import dev.retort.runtime.RuntimeListener;
import java.time.Duration;

/** Passes the runtime's events on to the caller's {@link MigrationListener}. */
final class ListenerBridge implements RuntimeListener {
    private final MigrationListener listener;

    ListenerBridge(MigrationListener listener) {
        this.listener = listener;
    }

    @Override
    public void lockWaiting(String holder) {
        listener.lockWaiting(holder);
    }

    @Override
    public void stepStarting(PreparedStep step) {
        listener.revisionStarting(StepInfos.of(step));
    }

    @Override
    public void stepFinished(PreparedStep step, long nanos) {
        listener.revisionFinished(StepInfos.of(step), Duration.ofNanos(nanos));
    }

    @Override
    public void warning(String message) {
        listener.warning(message);
    }

    @Override
    public void statement(String sql) {
        listener.statement(sql);
    }
}
