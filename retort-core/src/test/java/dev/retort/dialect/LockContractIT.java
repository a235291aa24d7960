package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.MigrationLock.LockWaitListener;
import dev.retort.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every kind of migration lock must do, run for each native lock and for the lease lock on
 * each server: exclude, tell waiters who holds it, time out naming the holder, survive a double
 * close, come free when its holder is killed, keep 16 contenders apart, and block nobody else.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
abstract class LockContractIT {
    static final String NAME = "retort_version";
    static final Duration LONG = Duration.ofSeconds(20);
    static final LockWaitListener QUIET = holder -> {};
    static final int CONTENDERS = 16;

    /**
     * A lock not yet acquired, what its holder's description must contain, and what to close with
     * it (the connection a native lock lives in).
     */
    record Contender(MigrationLock lock, String mark, List<Connection> connections) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            try {
                lock.close();
            } finally {
                for (Connection connection : connections) {
                    connection.close();
                }
            }
        }
    }

    /** A lock on {@code name} in {@code database}. */
    abstract Contender contender(TestDatabase database, String name) throws SQLException;

    /** Another empty database on the same server (or another SQLite file). */
    abstract TestDatabase anotherDatabase();

    /** Arguments of {@link LockHolderProcess} before the mode, to hold this kind of lock. */
    abstract List<String> holderArguments(TestDatabase database, String name);

    /** How soon the lock must be free once its holder was killed. */
    abstract Duration freedAfterKill();

    /** A connection to {@code database} with extra JDBC {@code properties}. */
    static Connection connect(TestDatabase database, Properties properties) throws SQLException {
        if (database.user().isEmpty()) {
            return DriverManager.getConnection(database.jdbcUrl(), properties);
        }
        Properties all = new Properties();
        all.putAll(properties);
        all.setProperty("user", database.user());
        all.setProperty("password", database.password());
        return DriverManager.getConnection(database.jdbcUrl(), all);
    }

    /** The arguments of {@link LockHolderProcess} for {@code kind} up to the mode. */
    static List<String> arguments(String kind, String dialect, TestDatabase database, String name, Duration lease) {
        return List.of(
                kind,
                dialect,
                database.jdbcUrl(),
                database.user(),
                database.password(),
                name,
                Long.toString(lease.toMillis()));
    }

    @Test
    void aWaiterHearsWhoHoldsTheLockAndGetsItOnceReleased(TestDatabase database) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Contender first = contender(database, NAME);
                Contender second = contender(database, NAME)) {
            first.lock().acquire(LONG, QUIET);
            List<String> told = new CopyOnWriteArrayList<>();
            CountDownLatch heard = new CountDownLatch(1);
            Future<?> waiting = thread.submit(() -> second.lock().acquire(LONG, holder -> {
                told.add(holder);
                heard.countDown();
            }));

            assertTrue(heard.await(10, TimeUnit.SECONDS), "the waiter was never told who holds the lock");
            assertFalse(waiting.isDone(), "the waiter got the lock while the first contender held it");
            assertTrue(told.get(0).contains(first.mark()), () -> "'" + told.get(0) + "' does not name " + first.mark());

            first.lock().close();
            assertFalse(first.lock().isHeld());
            waiting.get(10, TimeUnit.SECONDS);
            assertTrue(second.lock().isHeld());
            assertEquals(1, told.size(), () -> "told again although the holder stayed the same: " + told);
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void givesUpAfterTheTimeoutNamingTheHolder(TestDatabase database) throws Exception {
        try (Contender first = contender(database, NAME);
                Contender second = contender(database, NAME)) {
            first.lock().acquire(LONG, QUIET);
            Duration timeout = Duration.ofMillis(800);
            long start = System.nanoTime();

            LockTimeoutException e =
                    assertThrows(LockTimeoutException.class, () -> second.lock().acquire(timeout, QUIET));

            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(waited.compareTo(timeout) >= 0, () -> "gave up after " + waited.toMillis() + " ms");
            assertTrue(
                    waited.compareTo(timeout.plusSeconds(3)) < 0, () -> "gave up after " + waited.toMillis() + " ms");
            assertTrue(e.holder().contains(first.mark()), () -> "'" + e.holder() + "' does not name " + first.mark());
            assertTrue(e.getMessage().contains(e.holder()), e::getMessage);
            assertEquals(timeout, e.waited());
            assertFalse(second.lock().isHeld());
            assertTrue(first.lock().isHeld());
        }
    }

    @Test
    void closingTwiceOrWithoutAcquiringIsSafeAndFreesNobodyElse(TestDatabase database) throws Exception {
        try (Contender first = contender(database, NAME);
                Contender second = contender(database, NAME);
                Contender third = contender(database, NAME)) {
            second.lock().close();
            first.lock().acquire(LONG, QUIET);
            first.lock().close();
            first.lock().close();
            assertFalse(first.lock().isHeld());

            second.lock().acquire(Duration.ofSeconds(5), QUIET);
            first.lock().close();

            assertTrue(second.lock().isHeld());
            assertThrows(LockTimeoutException.class, () -> third.lock().acquire(Duration.ofMillis(300), QUIET));
        }
    }

    @Test
    void aHolderKilledWithSigkillLeavesNoStuckLock(TestDatabase database) throws Exception {
        List<String> arguments = new ArrayList<>(holderArguments(database, NAME));
        arguments.add("hold");
        try (ChildJvm holder = ChildJvm.start(arguments);
                Contender waiter = contender(database, NAME)) {
            holder.awaitHolding(Duration.ofSeconds(30));
            assertThrows(LockTimeoutException.class, () -> waiter.lock().acquire(Duration.ofMillis(300), QUIET));

            holder.kill();
            long start = System.nanoTime();
            waiter.lock().acquire(freedAfterKill(), QUIET);

            assertTrue(waiter.lock().isHeld());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(freedAfterKill()) <= 0, () -> "free only after " + took.toMillis() + " ms");
        }
    }

    @Test
    void sixteenContendersTakeTurnsAndAllGetIt(TestDatabase database) throws Exception {
        List<Contender> contenders = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(CONTENDERS);
        try {
            for (int i = 0; i < CONTENDERS; i++) {
                contenders.add(contender(database, NAME));
            }
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> turns = new ArrayList<>();
            for (Contender contender : contenders) {
                turns.add(threads.submit(() -> {
                    start.await();
                    contender.lock().acquire(Duration.ofSeconds(40), QUIET);
                    try {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(10);
                        inside.decrementAndGet();
                    } finally {
                        contender.lock().close();
                    }
                    return done.incrementAndGet();
                }));
            }
            start.countDown();
            for (Future<?> turn : turns) {
                turn.get(50, TimeUnit.SECONDS);
            }

            assertEquals(1, most.get(), "contenders held the lock at the same time");
            assertEquals(CONTENDERS, done.get());
        } finally {
            threads.shutdownNow();
            for (Contender contender : contenders) {
                contender.close();
            }
        }
    }

    @Test
    void anotherNameIsAnotherLock(TestDatabase database) throws Exception {
        try (Contender first = contender(database, NAME);
                Contender second = contender(database, "other_version")) {
            first.lock().acquire(LONG, QUIET);
            second.lock().acquire(Duration.ofSeconds(1), QUIET);

            assertTrue(first.lock().isHeld());
            assertTrue(second.lock().isHeld());
        }
    }

    @Test
    void anotherDatabaseIsAnotherLock(TestDatabase database) throws Exception {
        try (Contender first = contender(database, NAME);
                Contender second = contender(anotherDatabase(), NAME)) {
            first.lock().acquire(LONG, QUIET);
            second.lock().acquire(Duration.ofSeconds(1), QUIET);

            assertTrue(first.lock().isHeld());
            assertTrue(second.lock().isHeld());
        }
    }
}
