package dev.retort.runtime;

import dev.retort.dialect.Capability;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.TableLookup;
import dev.retort.graph.Plan;
import dev.retort.graph.Step;
import dev.retort.graph.VersionChange;
import dev.retort.ops.Migration;
import dev.retort.script.InvalidScriptException;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.SqlBody;
import dev.retort.script.SqlSection;
import dev.retort.script.java.JavaMigrations;
import dev.retort.script.sql.Statement;
import dev.retort.script.sql.StatementSplitException;
import dev.retort.script.sql.StatementSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a plan through a sink: for each revision, in one transaction where the database has
 * transactional DDL, its statements and then the version-table change. Every step is prepared
 * (script found, SQL split) before the first statement goes out.
 */
public final class PlanRunner {
    private final ScriptDirectory scripts;
    private final Dialect dialect;
    private final VersionTableSql versionTable;
    private final StatementSplitter splitter;
    private final JavaMigrations javaMigrations;

    /**
     * A runner for scripts of {@code scripts} on {@code dialect}, keeping {@code versionTable};
     * Java scripts are compiled and loaded with {@code classLoader} as their parent.
     */
    public PlanRunner(ScriptDirectory scripts, Dialect dialect, String versionTable, ClassLoader classLoader) {
        this.scripts = scripts;
        this.dialect = dialect;
        this.versionTable = new VersionTableSql(dialect, versionTable);
        this.splitter = new StatementSplitter(dialect.splitterSyntax());
        this.javaMigrations = JavaMigrations.of(scripts, classLoader);
    }

    /**
     * Finds each step's script, splits its SQL or compiles and loads its Java class.
     *
     * @throws IrreversibleRevisionException when a downgrade meets a script that cannot be undone
     * @throws InvalidScriptException when a script's SQL cannot be split or its Java does not compile
     */
    public List<PreparedStep> prepare(Plan plan) {
        List<PreparedStep> prepared = new ArrayList<>(plan.steps().size());
        for (Step step : plan.steps()) {
            MigrationScript script = scripts.script(step.revision().id()).orElseThrow();
            if (script.body() instanceof SqlBody body) {
                SqlSection section = step.upgrade()
                        ? body.upgrade()
                        : body.downgrade().orElseThrow(() -> new IrreversibleRevisionException(script));
                prepared.add(new PreparedStep(step, script, statements(script, section), Optional.empty()));
            } else {
                Migration migration = javaMigrations.load(script);
                if (!step.upgrade() && !JavaMigrations.declaresDowngrade(migration.getClass())) {
                    throw new IrreversibleRevisionException(script);
                }
                prepared.add(new PreparedStep(step, script, List.of(), Optional.of(migration)));
            }
        }
        return prepared;
    }

    /**
     * Emits the prepared steps. With {@code createVersionTable} the version table is created in
     * the first step; with {@code dropVersionTable} it is dropped after the last (an offline
     * downgrade to base, as Alembic does).
     */
    public void run(List<PreparedStep> steps, SqlSink sink, boolean createVersionTable, boolean dropVersionTable) {
        for (int i = 0; i < steps.size(); i++) {
            PreparedStep prepared = steps.get(i);
            boolean transactional = prepared.script().transactional() && dialect.supports(Capability.TRANSACTIONAL_DDL);
            if (transactional) {
                sink.begin();
            }
            if (i == 0 && createVersionTable) {
                sink.execute(SqlStatement.bookkeeping(versionTable.create()));
            }
            sink.comment(prepared.description());
            try {
                new StepExecution(prepared).run(sink, dialect, Optional.empty(), TableLookup.NONE);
            } catch (ScriptFailure failure) {
                throw new StepFailedException(prepared, Optional.empty(), 0, true, failure.getCause());
            }
            boolean separateBookkeeping = !transactional && dialect.supports(Capability.TRANSACTIONAL_DDL);
            if (separateBookkeeping) {
                sink.begin();
            }
            for (VersionChange change : prepared.step().versionChanges()) {
                sink.execute(SqlStatement.bookkeeping(versionTable.change(change)));
            }
            if (i == steps.size() - 1 && dropVersionTable) {
                sink.execute(SqlStatement.bookkeeping(versionTable.drop()));
            }
            if (transactional || separateBookkeeping) {
                sink.commit();
            }
        }
    }

    private List<SqlStatement> statements(MigrationScript script, SqlSection section) {
        try {
            List<SqlStatement> statements = new ArrayList<>();
            for (Statement statement : splitter.split(section.text(), section.firstLine())) {
                statements.add(new SqlStatement(
                        statement.text(), Optional.of(script.id()), Optional.of(script.file()), statement.line()));
            }
            return statements;
        } catch (StatementSplitException e) {
            throw new InvalidScriptException(script.file(), e.line(), e.getMessage(), e);
        }
    }
}
