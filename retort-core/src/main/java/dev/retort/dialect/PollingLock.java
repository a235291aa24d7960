package dev.retort.dialect;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@link MigrationLock} that tries to take its lock without waiting, and tries again every 100
 * to 250 ms (at random, so that many waiters do not knock in step) until it has it or the timeout
 * has passed. Subclasses say how to try, who holds it and how to let go. One thread at a time.
 */
public abstract class PollingLock implements MigrationLock {
    private static final long MIN_PAUSE_MILLIS = 100;
    private static final long MAX_PAUSE_MILLIS = 250;

    private boolean held;

    /** For subclasses. */
    protected PollingLock() {}

    /**
     * Who holds a lock.
     *
     * @param id what tells one holder from the next (a session id, a lease token); a listener
     *     hears again only when it changes
     * @param description the holder for people: {@code pid 4242 on build-7 since 10:15:02Z}
     */
    protected record Holder(String id, String description) {
        /** Both are required. */
        public Holder {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Returns at once if this lock already holds ({@link #isHeld()}). If it fails or times out, what it opened is
     * freed as {@link #close()} would.
     *
     * @throws LockFailedException if the database or the lock file fails, or the thread is
     *     interrupted
     */
    @Override
    public final void acquire(Duration timeout, LockWaitListener listener) {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(listener, "listener");
        if (isHeld()) {
            return;
        }
        // A lease can be lost while this lock still thinks it holds: take it anew.
        held = false;
        try {
            waitFor(timeout, listener);
            held = true;
        } catch (RuntimeException e) {
            freeQuietly(e);
            throw e;
        }
    }

    @Override
    public boolean isHeld() {
        return held;
    }

    @Override
    public final void close() {
        boolean wasHeld = held;
        held = false;
        try {
            release(wasHeld);
        } catch (SQLException | IOException e) {
            throw new LockFailedException("could not release the " + describe(), e);
        }
    }

    /**
     * Takes the lock if it is free, without waiting.
     *
     * @return whether this lock holds it now
     */
    protected abstract boolean tryAcquire() throws SQLException, IOException;

    /** Who holds the lock now; empty if nobody does or the database cannot tell. */
    protected abstract Optional<Holder> holder() throws SQLException, IOException;

    /**
     * Lets go of the lock if {@code held}, and frees what {@link #tryAcquire()} opened. Called by
     * every {@link #close()}, also after a failed {@code acquire}, so it must be safe to repeat.
     */
    protected abstract void release(boolean held) throws SQLException, IOException;

    /** The lock for messages: {@code advisory lock 42 for 'retort_version' in database 'app'}. */
    protected abstract String describe();

    /** {@code instant} as holder descriptions show it: UTC, whole seconds, {@code 2026-01-31T10:15:02Z}. */
    protected static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private void waitFor(Duration timeout, LockWaitListener listener) {
        long deadline = deadline(timeout);
        String toldId = null;
        Optional<Holder> last = Optional.empty();
        while (!attempt()) {
            Optional<Holder> holder = currentHolder();
            if (holder.isPresent()) {
                last = holder;
                if (!holder.get().id().equals(toldId)) {
                    toldId = holder.get().id();
                    listener.waiting(holder.get().description());
                }
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new LockTimeoutException(last.map(Holder::description).orElse("an unknown holder"), timeout);
            }
            pause(Math.min(remaining / 1_000_000 + 1, nextPauseMillis()));
        }
    }

    private static long deadline(Duration timeout) {
        long now = System.nanoTime();
        try {
            return Math.addExact(now, timeout.toNanos());
        } catch (ArithmeticException e) {
            // Longer than anyone waits (about 292 years): wait "forever".
            return now + Long.MAX_VALUE / 2;
        }
    }

    private boolean attempt() {
        try {
            return tryAcquire();
        } catch (SQLException | IOException e) {
            throw new LockFailedException("could not take the " + describe(), e);
        }
    }

    private Optional<Holder> currentHolder() {
        try {
            return holder();
        } catch (SQLException | IOException e) {
            throw new LockFailedException("could not find out who holds the " + describe(), e);
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockFailedException("interrupted while waiting for the " + describe(), e);
        }
    }

    private static long nextPauseMillis() {
        return ThreadLocalRandom.current().nextLong(MIN_PAUSE_MILLIS, MAX_PAUSE_MILLIS + 1);
    }

    private void freeQuietly(RuntimeException failure) {
        try {
            release(false);
        } catch (SQLException | IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
