package dev.retort.runtime;

import dev.retort.dialect.Capability;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LeaseLock;
import dev.retort.dialect.LockFailedException;
import dev.retort.dialect.LockSettings;
import dev.retort.dialect.LockTimeoutException;
import dev.retort.dialect.MigrationLock;
import dev.retort.graph.Plan;
import dev.retort.graph.RevisionNode;
import dev.retort.graph.StampPlan;
import dev.retort.graph.VersionChange;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Runs migrations on a live database: under the migration lock, with the version and history
 * tables created on first use, one transaction per revision (version row and history row inside
 * it) where the database has transactional DDL, and a refusal to run while an earlier revision is
 * half-applied. One thread at a time; the caller owns the connection.
 */
public final class Migrator {
    /** No history row: the revision runs in a transaction, or its row is yet to be written. */
    private static final long NONE = -1;

    private final ScriptDirectory scripts;
    private final Dialect dialect;
    private final Connection connection;
    private final RuntimeSettings settings;
    private final RuntimeListener listener;
    private final LeaseLock.Connector leaseConnector;
    private final Ledger ledger;
    private final JdbcSink sink;
    private final VersionTableSql versionTable;
    private final HistoryTableSql historyTable;

    /**
     * A migrator for {@code scripts} on the database behind {@code connection};
     * {@code leaseConnector} opens the separate connection a lease lock keeps.
     */
    public Migrator(
            ScriptDirectory scripts,
            Dialect dialect,
            Connection connection,
            RuntimeSettings settings,
            RuntimeListener listener,
            LeaseLock.Connector leaseConnector) {
        this.scripts = scripts;
        this.leaseConnector = leaseConnector;
        this.dialect = dialect;
        this.connection = connection;
        this.settings = settings;
        this.listener = listener;
        this.ledger = new Ledger(dialect, connection, settings);
        this.sink = new JdbcSink(connection, listener);
        this.versionTable = new VersionTableSql(dialect, settings.versionTable());
        this.historyTable = new HistoryTableSql(dialect, settings.historyTable());
    }

    /** The version-table rows, sorted; none before the first migration. Takes no lock, changes nothing. */
    public List<String> heads() throws SQLException {
        return ledger.heads();
    }

    /** Revisions in the order they were last upgraded, newest first, as the history records it. */
    public List<String> appliedNewestFirst() throws SQLException {
        return ledger.appliedNewestFirst();
    }

    /** Whether the version table exists yet. */
    public boolean initialized() throws SQLException {
        return ledger.hasVersionTable();
    }

    /** The history row that blocks migrations (a revision failed half-way), if any. */
    public Optional<HistoryRow> blockingFailure() throws SQLException {
        return ledger.latest().filter(HistoryRow::blocks);
    }

    /**
     * As {@link #blockingFailure()}, for a reader that does not hold the lock: a revision recorded
     * as running is only a block when no one holds the lock (its process is gone), not while a
     * migration is running right now.
     */
    public Optional<HistoryRow> blockingFailureNow() throws SQLException {
        Optional<HistoryRow> blocking = blockingFailure();
        if (blocking.isEmpty() || !blocking.get().status().equals(HistoryRow.RUNNING)) {
            return blocking;
        }
        try (MigrationLock lock = lock()) {
            lock.acquire(Duration.ZERO, holder -> {});
            return blockingFailure();
        } catch (LockTimeoutException running) {
            return Optional.empty();
        }
    }

    /**
     * Applied revisions whose scripts changed since they ran, given the applied revisions. A squash
     * baseline is never one: a database that was at its revision before the squash recorded the
     * checksum of the script it replaced.
     */
    public List<ChecksumMismatch> checksumMismatches(List<RevisionNode> applied) throws SQLException {
        Map<String, String> recorded = ledger.appliedChecksums();
        List<ChecksumMismatch> mismatches = new ArrayList<>();
        for (RevisionNode node : applied) {
            String checksum = recorded.get(node.id());
            Optional<MigrationScript> script = scripts.script(node.id());
            if (checksum != null
                    && script.isPresent()
                    && !script.get().isSquashBaseline()
                    && !checksum.equals(script.get().checksum())) {
                mismatches.add(new ChecksumMismatch(
                        node.id(),
                        checksum,
                        script.get().checksum(),
                        script.get().file()));
            }
        }
        return mismatches;
    }

    /**
     * Runs the plan {@code planner} makes from the current version-table rows, under the lock.
     *
     * @throws MigrationBlockedException when an earlier revision is half-applied
     * @throws ChecksumMismatchException when strict checksums are on and an applied script changed
     * @throws StepFailedException when a revision fails; earlier revisions stay applied
     */
    public RunOutcome run(Function<List<String>, Plan> planner) throws SQLException {
        try (MigrationLock lock = lock()) {
            lock.acquire(settings.lockTimeout(), listener::lockWaiting);
            ensureTables();
            Optional<HistoryRow> blocking = blockingFailure();
            if (blocking.isPresent()) {
                throw new MigrationBlockedException(blocking.get());
            }
            List<String> start = ledger.heads();
            Plan plan = planner.apply(start);
            checkChecksums(start);
            List<PreparedStep> prepared =
                    new PlanRunner(scripts, dialect, settings.versionTable(), settings.classLoader()).prepare(plan);
            List<Long> nanos = new ArrayList<>();
            TreeSet<String> heads = new TreeSet<>(start);
            long runningRow = NONE;
            for (int i = 0; i < prepared.size(); i++) {
                PreparedStep step = prepared.get(i);
                if (!lock.isHeld()) {
                    throw new LockFailedException(
                            "the migration lock was lost before revision "
                                    + step.script().id() + "; another process may be migrating now",
                            null);
                }
                listener.stepStarting(step);
                long began = System.nanoTime();
                PreparedStep next = i + 1 < prepared.size() ? prepared.get(i + 1) : null;
                runningRow = runStep(step, heads, next, runningRow);
                nanos.add(System.nanoTime() - began);
                listener.stepFinished(step, nanos.get(nanos.size() - 1));
            }
            return new RunOutcome(start, ledger.heads(), prepared, nanos);
        }
    }

    /** Sets the version table as {@code planner} says, without running scripts, and records it. */
    public StampPlan stamp(Function<List<String>, StampPlan> planner) throws SQLException {
        try (MigrationLock lock = lock()) {
            lock.acquire(settings.lockTimeout(), listener::lockWaiting);
            ensureTables();
            StampPlan plan = planner.apply(ledger.heads());
            String startedAt = Instant.now().toString();
            sink.begin();
            try {
                if (plan.purge()) {
                    sink.execute(SqlStatement.bookkeeping(versionTable.purge()));
                }
                for (VersionChange change : plan.changes()) {
                    sink.execute(SqlStatement.bookkeeping(versionTable.change(change)));
                }
                sink.execute(SqlStatement.bookkeeping(historyTable.insert(entry(
                        String.join(",", plan.endHeads().isEmpty() ? List.of("base") : plan.endHeads()),
                        "stamp",
                        HistoryRow.APPLIED,
                        null,
                        plan.purge() ? "stamp --purge" : "stamp",
                        0,
                        0,
                        null,
                        null,
                        startedAt,
                        0))));
                sink.commit();
            } catch (JdbcSink.SqlFailure failure) {
                sink.rollback();
                throw failure.sqlException();
            }
            return plan;
        }
    }

    /**
     * Marks the half-applied revision that blocks migrations as dealt with, after the user fixed
     * the database by hand. Returns the row it resolved; empty when nothing blocked.
     */
    public Optional<HistoryRow> repair() throws SQLException {
        try (MigrationLock lock = lock()) {
            lock.acquire(settings.lockTimeout(), listener::lockWaiting);
            ensureTables();
            Optional<HistoryRow> blocking = blockingFailure();
            if (blocking.isPresent()) {
                HistoryRow row = blocking.get();
                bookkeeping(historyTable.insert(entry(
                        row.revision(),
                        "repair",
                        HistoryRow.APPLIED,
                        null,
                        "repaired the " + row.status() + " " + row.direction() + " of history row " + row.id(),
                        0,
                        0,
                        null,
                        null,
                        Instant.now().toString(),
                        0)));
            }
            return blocking;
        }
    }

    /** The lock the settings ask for; closing it ends any transaction left open first. */
    private MigrationLock lock() {
        MigrationLock lock = settings.lock().lock(dialect, connection, leaseConnector, settings.versionTable());
        return new MigrationLock() {
            @Override
            public void acquire(Duration timeout, LockWaitListener waiting) {
                lock.acquire(timeout, waiting);
            }

            @Override
            public boolean isHeld() {
                return lock.isHeld();
            }

            @Override
            public void close() {
                sink.rollback();
                lock.close();
            }
        };
    }

    /**
     * Runs one revision. All but the last of a run (no {@code next}) may commit without waiting for
     * the disk where the dialect allows it: the last one's commit makes them durable together.
     *
     * <p>A revision outside a transaction has a {@code running} history row, committed before its
     * first statement, so that a crash half-way leaves a trace. Where the lock cannot be lost between
     * revisions (the database's own), the row of a {@code next} revision outside a transaction is
     * written in this revision's last commit rather than in a commit of its own: {@code carried} is
     * that row's id, or {@link #NONE}, and the return value the one written for {@code next}.
     */
    private long runStep(PreparedStep step, TreeSet<String> heads, PreparedStep next, long carried)
            throws SQLException {
        MigrationScript script = step.script();
        boolean transactional = isTransactional(step);
        List<VersionChange> changes = step.step().versionChanges();
        if (!transactional || changes.stream().anyMatch(change -> change.kind() == VersionChange.Kind.INSERT)) {
            // Checked before anything runs: statements outside a transaction cannot be taken back,
            // and a new row's conflict is not visible in a row count. Other steps check the counts.
            try {
                checkHeadsUnchanged(heads);
            } catch (VersionTableChangedException changed) {
                abandon(carried, step, changed);
                throw changed;
            }
        }
        String startedAt = Instant.now().toString();
        long began = System.nanoTime();
        long runningRow = NONE;
        if (!transactional) {
            runningRow = carried != NONE ? carried : insertRunningRow(step, startedAt);
        }
        long nextRunningRow = NONE;
        StepExecution execution = new StepExecution(step);
        try {
            if (transactional) {
                sink.begin();
            }
            execution.run(sink, dialect, Optional.of(connection), dialect.tableLookup(connection));
            if (!sink.inTransaction()) {
                sink.begin();
            }
            long millis = (System.nanoTime() - began) / 1_000_000;
            HistoryEntry done =
                    entry(step, HistoryRow.APPLIED, execution.statementsRun(), null, null, startedAt, millis);
            List<SqlStatement> bookkeeping = new ArrayList<>();
            for (VersionChange change : changes) {
                bookkeeping.add(SqlStatement.bookkeeping(versionTable.change(change)));
            }
            bookkeeping.add(SqlStatement.bookkeeping(
                    transactional ? historyTable.insert(done) : historyTable.finish(runningRow, done)));
            if (transactional && next != null) {
                dialect.deferredDurability().map(SqlStatement::bookkeeping).ifPresent(bookkeeping::add);
            }
            int[] rowCounts = sink.executeTogether(bookkeeping);
            if (!eachChangedOneRow(changes, rowCounts)) {
                sink.rollback();
                throw new VersionTableChangedException(List.copyOf(heads), ledger.heads());
            }
            if (next != null && !isTransactional(next) && settings.lock().kind() == LockSettings.Kind.NATIVE) {
                // a failure here goes where a failure of the bookkeeping above goes: this revision fails
                nextRunningRow = writeRunningRow(next, Instant.now().toString());
            }
            sink.commit();
            apply(heads, changes);
            return nextRunningRow;
        } catch (JdbcSink.SqlFailure failure) {
            throw failed(
                    step,
                    transactional,
                    runningRow,
                    execution,
                    Optional.of(failure.statement()),
                    failure.sqlException(),
                    startedAt,
                    began);
        } catch (ScriptFailure failure) {
            throw failed(
                    step, transactional, runningRow, execution, Optional.empty(), failure.getCause(), startedAt, began);
        }
    }

    private boolean isTransactional(PreparedStep step) {
        return step.script().transactional() && dialect.supports(Capability.TRANSACTIONAL_DDL);
    }

    /** Marks {@code runningRow}, written for {@code step} before it could start, as never run. */
    private void abandon(long runningRow, PreparedStep step, VersionTableChangedException reason) {
        if (runningRow == NONE) {
            return;
        }
        HistoryEntry entry = entry(
                step,
                HistoryRow.ROLLED_BACK,
                0,
                null,
                reason.getMessage(),
                Instant.now().toString(),
                0);
        try {
            sink.execute(SqlStatement.bookkeeping(historyTable.finish(runningRow, entry)));
        } catch (JdbcSink.SqlFailure recording) {
            listener.warning("could not record in " + settings.historyTable() + " that revision "
                    + step.script().id() + " did not run: " + recording.getMessage());
        }
    }

    /** Records that {@code step} is running, committed before it starts; returns the row's id. */
    private long insertRunningRow(PreparedStep step, String startedAt) throws SQLException {
        try {
            return writeRunningRow(step, startedAt);
        } catch (JdbcSink.SqlFailure failure) {
            throw failure.sqlException();
        }
    }

    /** Writes {@code step}'s running row in the connection's current transaction, if any; returns its id. */
    private long writeRunningRow(PreparedStep step, String startedAt) {
        SqlStatement insert = SqlStatement.bookkeeping(
                historyTable.insert(entry(step, HistoryRow.RUNNING, 0, null, null, startedAt, -1)));
        OptionalLong id = sink.insertReturningKey(insert);
        if (id.isPresent()) {
            return id.getAsLong();
        }
        try {
            return ledger.lastHistoryId();
        } catch (SQLException e) {
            throw new JdbcSink.SqlFailure(insert, e);
        }
    }

    /** Rolls back what can be, records the failure, and says what happened. */
    private StepFailedException failed(
            PreparedStep step,
            boolean transactional,
            long runningRow,
            StepExecution execution,
            Optional<SqlStatement> statement,
            Throwable cause,
            String startedAt,
            long began) {
        sink.rollback();
        int run = execution.statementsRun();
        boolean nothingRemains = transactional || run == 0;
        long millis = (System.nanoTime() - began) / 1_000_000;
        String error = cause instanceof SQLException ? cause.getMessage() : cause.toString();
        HistoryEntry entry = entry(
                step,
                nothingRemains ? HistoryRow.ROLLED_BACK : HistoryRow.FAILED,
                nothingRemains ? 0 : run,
                statement.map(SqlStatement::sql).orElse(null),
                error,
                startedAt,
                millis);
        try {
            sink.execute(SqlStatement.bookkeeping(
                    runningRow == NONE ? historyTable.insert(entry) : historyTable.finish(runningRow, entry)));
        } catch (JdbcSink.SqlFailure recording) {
            listener.warning(
                    "could not record the failure in " + settings.historyTable() + ": " + recording.getMessage());
        }
        return new StepFailedException(step, statement, nothingRemains ? 0 : run, nothingRemains, cause);
    }

    /** Another tool (or a process without the lock) changed the version table under us: stop. */
    private void checkHeadsUnchanged(TreeSet<String> expected) throws SQLException {
        List<String> actual = ledger.heads();
        if (!new TreeSet<>(actual).equals(expected)) {
            throw new VersionTableChangedException(List.copyOf(expected), actual);
        }
    }

    /**
     * Whether every version-row update or delete found its row: one that found none means another
     * tool changed the version table under the lock. Counts the driver does not know pass.
     */
    private static boolean eachChangedOneRow(List<VersionChange> changes, int[] rowCounts) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).kind() != VersionChange.Kind.INSERT
                    && rowCounts[i] != 1
                    && rowCounts[i] != Statement.SUCCESS_NO_INFO) {
                return false;
            }
        }
        return true;
    }

    private static void apply(TreeSet<String> heads, List<VersionChange> changes) {
        for (VersionChange change : changes) {
            if (change.from() != null) {
                heads.remove(change.from());
            }
            if (change.to() != null) {
                heads.add(change.to());
            }
        }
    }

    private void checkChecksums(List<String> heads) throws SQLException {
        List<ChecksumMismatch> mismatches = checksumMismatches(scripts.graph().appliedWith(heads));
        if (mismatches.isEmpty()) {
            return;
        }
        if (settings.strictChecksums()) {
            throw new ChecksumMismatchException(mismatches);
        }
        for (ChecksumMismatch mismatch : mismatches) {
            listener.warning(
                    "revision " + mismatch.revision() + " (" + mismatch.file() + ") was edited after it was applied");
        }
    }

    private void ensureTables() throws SQLException {
        if (!ledger.hasVersionTable()) {
            bookkeeping(versionTable.create());
        }
        if (!ledger.hasHistoryTable()) {
            bookkeeping(historyTable.create());
        }
    }

    /**
     * Runs one of Retort's own statements outside a revision. A refusal (a read-only database, no
     * CREATE privilege) is the driver's {@link SQLException}, which the caller diagnoses; the
     * sink's wrapper is only for failures inside a revision.
     */
    private void bookkeeping(String sql) throws SQLException {
        try {
            sink.execute(SqlStatement.bookkeeping(sql));
        } catch (JdbcSink.SqlFailure failure) {
            throw failure.sqlException();
        }
    }

    private HistoryEntry entry(
            PreparedStep step, String status, int run, String failed, String error, String startedAt, long millis) {
        MigrationScript script = step.script();
        return entry(
                script.id(),
                step.step().verb(),
                status,
                script.checksum(),
                script.message(),
                run,
                step.migration().isPresent() ? run : step.statements().size(),
                failed,
                error,
                startedAt,
                millis);
    }

    private HistoryEntry entry(
            String revision,
            String direction,
            String status,
            String checksum,
            String message,
            int run,
            int total,
            String failed,
            String error,
            String startedAt,
            long millis) {
        return new HistoryEntry(
                revision,
                direction,
                status,
                checksum,
                message,
                run,
                total,
                failed,
                error,
                startedAt,
                millis < 0 ? null : Instant.now().toString(),
                millis,
                settings.operator(),
                settings.host(),
                settings.toolVersion());
    }
}
