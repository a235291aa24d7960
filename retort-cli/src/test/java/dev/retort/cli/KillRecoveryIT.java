package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.testkit.DatabaseExtension;
import dev.retort.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort upgrade head} killed with SIGKILL: where each revision is one transaction, a kill
 * at any moment leaves a database that a rerun brings to exactly the state a clean run leaves, and
 * the lock dies with its holder. Where DDL commits at once (MariaDB), a revision killed half-way
 * blocks every later run until it is repaired.
 */
class KillRecoveryIT {
    static final int REVISIONS = 12;
    static final int KILL_POINTS = 12;
    /** Kill points run two at a time, on two databases, to use both cores. */
    static final int AT_ONCE = 2;
    /** How many kill points fall before the first revision starts (JVM start, connection, lock, Retort's tables). */
    static final int STARTUP_POINTS = 3;

    static final String RUNNING = "Running upgrade ";
    static final long POLL_MILLIS = 3;

    static final long SEED = 20_261_122L;
    static final Duration LONG = Duration.ofSeconds(60);
    /** Well under the {@code lock_timeout = 10} of the reruns: a lock left behind would show. */
    static final Duration RERUN_LIMIT = Duration.ofSeconds(7);

    @TempDir
    Path root;

    abstract class Sweep {
        abstract DatabaseExtension databases();

        /** A pause of some tens of milliseconds inside a revision, so that kills land there. */
        abstract String pause();

        /**
         * r01 creates table {@code log}; every later revision creates a table, pauses, inserts two
         * rows, pauses, adds a column to {@code log} (every fourth) and logs its id there.
         */
        void writeRevisions(ProjectFolder project) {
            project.revision(id(1), null, "log", List.of("CREATE TABLE log (revision VARCHAR(10) NOT NULL)"));
            for (int i = 2; i <= REVISIONS; i++) {
                List<String> statements = new ArrayList<>(List.of(
                        "CREATE TABLE k" + i + " (id INTEGER PRIMARY KEY, v VARCHAR(20))",
                        pause(),
                        "INSERT INTO k" + i + " (id, v) VALUES (1, 'a')",
                        "INSERT INTO k" + i + " (id, v) VALUES (2, 'b')",
                        pause()));
                if (i % 4 == 0) {
                    statements.add("ALTER TABLE log ADD c" + i + " INTEGER");
                }
                statements.add("INSERT INTO log (revision) VALUES ('" + id(i) + "')");
                project.revision(id(i), id(i - 1), "step " + i, statements);
            }
        }

        @Test
        void aRerunAfterSigkillAnywhereEndsExactlyWhereACleanRunDoes() throws Exception {
            ProjectFolder project = new ProjectFolder(root.resolve("project"));
            writeRevisions(project);
            List<Target> cleanTargets = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                cleanTargets.add(target(project, "clean-" + i));
            }
            Profile profile = cleanRuns(cleanTargets);
            DatabaseState expected = DatabaseState.read(cleanTargets.get(0).database());
            assertEquals(List.of(id(REVISIONS)), expected.versions());
            List<String> history = new ArrayList<>();
            for (int i = 1; i <= REVISIONS; i++) {
                history.add(id(i) + " upgrade applied");
            }
            // One applied row per revision and nothing else: no kill may add a row a clean run lacks.
            assertEquals(history, expected.history());
            for (Target clean : cleanTargets) {
                assertEquals(expected, DatabaseState.read(clean.database()));
            }

            List<KillPoint> points = killPoints(profile);
            List<String> kills = new ArrayList<>();
            for (int first = 0; first < points.size(); first += AT_ONCE) {
                List<KillPoint> batch = points.subList(first, Math.min(points.size(), first + AT_ONCE));
                List<Target> targets = new ArrayList<>();
                for (KillPoint point : batch) {
                    targets.add(target(project, "kill-" + point.number()));
                }
                List<String> where = killAll(batch, targets);
                List<RetortProcess.Result> reruns = upgradeAll(targets);
                for (int i = 0; i < batch.size(); i++) {
                    RetortProcess.Result rerun = reruns.get(i);
                    String killed = batch.get(i) + ", " + where.get(i) + " (" + profile + ", seed " + SEED + ")";
                    kills.add(killed);
                    assertEquals(0, rerun.exitCode(), () -> killed + "; the rerun failed:\n" + rerun);
                    assertTrue(
                            rerun.elapsed().compareTo(RERUN_LIMIT) < 0,
                            () -> killed + "; the rerun took " + rerun.elapsed().toMillis() + " ms:\n" + rerun);
                    assertEquals(
                            expected,
                            DatabaseState.read(targets.get(i).database()),
                            () -> killed + "; the rerun said:\n" + rerun);
                }
            }
            String summary = String.join("\n", kills);
            long partWay = kills.stream()
                    .filter(kill -> kill.contains(" inside revision ") || kill.contains(" between revisions "))
                    .count();
            assertTrue(partWay >= 4, () -> "too few kills landed part-way through the run:\n" + summary);
        }

        private Target target(ProjectFolder project, String name) {
            TestDatabase database = databases().newDatabase();
            return new Target(database, project.config(name, database.url(), "lock_timeout = 10"));
        }

        /**
         * Runs upgrades on {@code targets} at once to the end, watching when each starts its first
         * revision; the profile holds the latest of each.
         */
        private Profile cleanRuns(List<Target> targets) throws InterruptedException {
            List<RetortProcess> processes = new ArrayList<>();
            try {
                for (Target target : targets) {
                    processes.add(RetortProcess.start(root, target.config(), "upgrade", "head"));
                }
                long firstRevision = 0;
                for (RetortProcess process : processes) {
                    process.awaitErr(RUNNING, LONG);
                    firstRevision = Math.max(firstRevision, process.age().toMillis());
                }
                long full = 0;
                for (RetortProcess process : processes) {
                    RetortProcess.Result result = process.await(LONG);
                    assertEquals(0, result.exitCode(), result::toString);
                    full = Math.max(full, result.elapsed().toMillis());
                }
                return new Profile(firstRevision, full);
            } finally {
                processes.forEach(RetortProcess::close);
            }
        }

        /**
         * The kill points: a few at random in slices of the time before the first revision starts,
         * counted from the start of the process, and the rest in slices of the time from there to
         * the end, counted from when the process starts its first revision (so that a busy machine,
         * which slows the start of a JVM most, does not push them all before the migration).
         */
        private List<KillPoint> killPoints(Profile profile) {
            Random random = new Random(SEED);
            List<KillPoint> points = new ArrayList<>();
            double startSlice = Math.max(1, profile.firstRevisionMillis() - 50) / (double) STARTUP_POINTS;
            for (int i = 0; i < STARTUP_POINTS; i++) {
                points.add(new KillPoint(points.size(), false, 50 + (long) ((i + random.nextDouble()) * startSlice)));
            }
            int later = KILL_POINTS - STARTUP_POINTS;
            double runSlice = Math.max(1, profile.fullMillis() - profile.firstRevisionMillis()) / (double) later;
            for (int i = 0; i < later; i++) {
                points.add(new KillPoint(points.size(), true, (long) ((i + random.nextDouble()) * runSlice)));
            }
            return points;
        }

        /**
         * Starts an upgrade on each target at once and kills it at its point, polling every few
         * milliseconds; says where in its run each one was killed.
         */
        private List<String> killAll(List<KillPoint> batch, List<Target> targets) throws InterruptedException {
            List<RetortProcess> victims = new ArrayList<>();
            try {
                for (Target target : targets) {
                    victims.add(RetortProcess.start(root, target.config(), "upgrade", "head"));
                }
                String[] where = new String[batch.size()];
                long[] anchor = new long[batch.size()];
                for (int i = 0; i < batch.size(); i++) {
                    anchor[i] = batch.get(i).afterFirstRevision() ? -1 : 0;
                }
                int left = batch.size();
                while (left > 0) {
                    for (int i = 0; i < batch.size(); i++) {
                        RetortProcess victim = victims.get(i);
                        if (where[i] != null) {
                            continue;
                        }
                        long age = victim.age().toMillis();
                        if (anchor[i] < 0 && victim.err().contains(RUNNING)) {
                            anchor[i] = age;
                        }
                        if (!victim.isAlive()
                                || (anchor[i] >= 0
                                        && age >= anchor[i] + batch.get(i).delayMillis())) {
                            boolean alive = victim.kill();
                            where[i] = "at " + age + " ms " + where(victim.err(), alive);
                            left--;
                        }
                    }
                    Thread.sleep(POLL_MILLIS);
                }
                return List.of(where);
            } finally {
                victims.forEach(RetortProcess::close);
            }
        }

        private List<RetortProcess.Result> upgradeAll(List<Target> targets) throws InterruptedException {
            List<RetortProcess> processes = new ArrayList<>();
            try {
                for (Target target : targets) {
                    processes.add(RetortProcess.start(root, target.config(), "upgrade", "head"));
                }
                List<RetortProcess.Result> results = new ArrayList<>();
                for (RetortProcess process : processes) {
                    results.add(process.await(LONG));
                }
                return results;
            } finally {
                processes.forEach(RetortProcess::close);
            }
        }
    }

    /**
     * A fresh database and the configuration file for it.
     *
     * @param database the database
     * @param config its {@code retort.toml}
     */
    record Target(TestDatabase database, Path config) {}

    /**
     * How a clean run went.
     *
     * @param firstRevisionMillis when it started its first revision, from the start of the process
     * @param fullMillis when it ended
     */
    record Profile(long firstRevisionMillis, long fullMillis) {
        @Override
        public String toString() {
            return "clean runs started their first revision at " + firstRevisionMillis + " ms and ended at "
                    + fullMillis + " ms";
        }
    }

    /**
     * When to kill an upgrade.
     *
     * @param number the point's number, for messages
     * @param afterFirstRevision whether the delay counts from when the process starts its first
     *     revision rather than from the start of the process
     * @param delayMillis the delay
     */
    record KillPoint(int number, boolean afterFirstRevision, long delayMillis) {
        @Override
        public String toString() {
            return "point " + number + ": killed " + delayMillis + " ms after "
                    + (afterFirstRevision ? "it started its first revision" : "the process started");
        }
    }

    static String id(int number) {
        return String.format("r%02d", number);
    }

    /**
     * Where in its run a process was killed, from the progress lines it had printed: a revision's
     * line is printed when it starts and finished with its time when it is done.
     */
    static String where(String err, boolean alive) {
        if (!alive) {
            return "after it had ended";
        }
        List<String> lines = List.of(err.split("\n", -1));
        String last = lines.get(lines.size() - 1);
        long done = lines.stream()
                .limit(lines.size() - 1L)
                .filter(line -> line.startsWith(RUNNING))
                .count();
        if (last.startsWith(RUNNING)) {
            return "inside revision " + id((int) done + 1);
        }
        if (done == 0) {
            return "before the first revision";
        }
        return done == REVISIONS ? "after the last revision" : "between revisions " + id((int) done) + " and the next";
    }

    /**
     * MariaDB commits each DDL statement at once, so a killed revision cannot be rolled back and
     * the sweep above does not apply. Instead the revision's {@code running} history row outlives
     * its process, and blocks every later run until someone puts the database right and repairs it.
     */
    @Nested
    class MariaDb {
        @RegisterExtension
        static final DatabaseExtension MARIADB = DatabaseExtension.mariadb();

        @Test
        void aRevisionKilledHalfWayBlocksUntilRepaired() throws Exception {
            TestDatabase database = MARIADB.newDatabase();
            ProjectFolder project = new ProjectFolder(root.resolve("project"));
            project.revision(id(1), null, "base", List.of("CREATE TABLE base (id INTEGER PRIMARY KEY)"));
            project.revision(
                    id(2),
                    id(1),
                    "three tables",
                    List.of(
                            "CREATE TABLE p1 (id INTEGER PRIMARY KEY)",
                            SlowStatements.mariadb(0.5),
                            "CREATE TABLE p2 (id INTEGER PRIMARY KEY)",
                            SlowStatements.mariadb(0.5),
                            "CREATE TABLE p3 (id INTEGER PRIMARY KEY)"));
            Path config = project.config("retort", database.url(), "lock_timeout = 10");

            try (RetortProcess victim = RetortProcess.start(root, config, "upgrade", "head")) {
                victim.awaitErr("Running upgrade r01 -> r02, three tables ...", LONG);
                awaitTable(database, "p1", victim);
                assertTrue(victim.kill(), "the upgrade ended before it could be killed:\n" + victim.err());
            }
            DatabaseState killed = DatabaseState.read(database);
            assertEquals(List.of("r01 upgrade applied", "r02 upgrade running"), killed.history());
            assertEquals(List.of(id(1)), killed.versions());

            RetortProcess.Result refused = run(config, "upgrade", "head");
            assertEquals(1, refused.exitCode(), refused::toString);
            assertEquals("", refused.out(), refused::toString);
            // MariaDB lets go of the killed connection's lock once its running statement ends: the
            // rerun may wait a moment for it first, and says so.
            List<String> lines = refused.err()
                    .lines()
                    .filter(line -> !line.startsWith("Waiting for the migration lock"))
                    .toList();
            assertEquals(2, lines.size(), refused::toString);
            assertTrue(
                    lines.get(0)
                            .startsWith("error: the upgrade of revision r02 was interrupted (its process stopped)"
                                    + " while it ran outside a transaction (started "),
                    refused::toString);
            assertTrue(lines.get(0).endsWith("; nothing runs until that is resolved"), refused::toString);
            assertTrue(lines.get(1).startsWith("hint: "), refused::toString);
            assertTrue(lines.get(1).contains("`retort repair`"), refused::toString);
            assertEquals(killed, DatabaseState.read(database), "the refused upgrade changed the database");

            try (Connection connection = database.open();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS p1, p2, p3");
            }
            RetortProcess.Result repaired = run(config, "repair");
            assertEquals(0, repaired.exitCode(), repaired::toString);
            assertEquals(
                    "Marked the failure of revision r02 as resolved; `retort upgrade` will run it again.\n",
                    repaired.out());
            RetortProcess.Result upgraded = run(config, "upgrade", "head");
            assertEquals(0, upgraded.exitCode(), upgraded::toString);

            DatabaseState state = DatabaseState.read(database);
            assertEquals(List.of(id(2)), state.versions());
            assertEquals(
                    List.of("r01 upgrade applied", "r02 upgrade running", "r02 repair applied", "r02 upgrade applied"),
                    state.history());
            assertEquals(
                    List.of("base", "p1", "p2", "p3", DatabaseState.HISTORY_TABLE, DatabaseState.VERSION_TABLE),
                    List.copyOf(state.columns().keySet()));
        }

        private RetortProcess.Result run(Path config, String... arguments) throws InterruptedException {
            try (RetortProcess process = RetortProcess.start(root, config, arguments)) {
                return process.await(LONG);
            }
        }

        /** Waits until {@code table} exists, while {@code process} runs. */
        private void awaitTable(TestDatabase database, String table, RetortProcess process)
                throws SQLException, InterruptedException {
            long deadline = System.nanoTime() + LONG.toNanos();
            String query = "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_name = '" + table + "'";
            while (DatabaseState.strings(database, query).isEmpty()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    fail("table " + table + " did not appear while the upgrade ran:\n" + process.err());
                }
                Thread.sleep(10);
            }
        }
    }

    @Nested
    class Postgres extends Sweep {
        @RegisterExtension
        static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();

        @Override
        DatabaseExtension databases() {
            return POSTGRES;
        }

        @Override
        String pause() {
            return SlowStatements.postgres(0.04);
        }
    }

    @Nested
    class Sqlite extends Sweep {
        @RegisterExtension
        static final DatabaseExtension SQLITE = DatabaseExtension.sqlite();

        @Override
        DatabaseExtension databases() {
            return SQLITE;
        }

        @Override
        String pause() {
            return SlowStatements.sqlite(100_000);
        }
    }
}
