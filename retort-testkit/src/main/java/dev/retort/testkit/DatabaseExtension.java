package dev.retort.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class a fresh database of one kind, made before its first test on the run's one
 * server and dropped after its last, and fails the class if a connection to it is left open.
 * Register it on a static field; {@link TestDatabase} parameters of tests, constructors and
 * lifecycle methods are filled in, or call {@link #database()}. {@code @Nested} classes share the
 * outer class's database.
 *
 * <pre>{@code
 * class PostgresDialectIT {
 *     @RegisterExtension
 *     static final DatabaseExtension POSTGRES = DatabaseExtension.postgres();
 *
 *     @Test
 *     void createsTable(TestDatabase database) throws SQLException {
 *         try (Connection connection = database.open()) { ... }
 *     }
 * }
 * }</pre>
 *
 * <p>When the server does not answer, the class is skipped with the reason (and the run ends with
 * one summary line per kind on standard error), or, with {@code CI=true}, fails at once with the
 * reason and the command that starts the server. Servers are found through {@code
 * RETORT_TEST_POSTGRES_URL} / {@code RETORT_TEST_MARIADB_URL} (JDBC URLs; default {@code
 * jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres}, then {@code root}, and {@code
 * jdbc:mariadb://127.0.0.1:3306/test} as {@code root} without password, then {@code
 * retort}/{@code retort}) and {@code RETORT_TEST_<KIND>_USER} / {@code _PASSWORD}, which win over
 * {@code user=} / {@code password=} in the URL. One test class at a time per instance: its tests
 * must not run concurrently.
 */
public final class DatabaseExtension
        implements ExecutionCondition,
                BeforeAllCallback,
                BeforeEachCallback,
                AfterEachCallback,
                AfterAllCallback,
                ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(DatabaseExtension.class);

    private final DatabaseKind kind;
    private final Function<String, String> environment;
    private Provisioner provisioner;
    private String owner;
    private int depth;
    private TestDatabase database;
    private boolean inTest;
    private final List<TestDatabase> classDatabases = new ArrayList<>();
    private final List<TestDatabase> testDatabases = new ArrayList<>();

    private DatabaseExtension(DatabaseKind kind, Function<String, String> environment) {
        this.kind = kind;
        this.environment = environment;
    }

    /** A database on the PostgreSQL server ({@code RETORT_TEST_POSTGRES_URL}). */
    public static DatabaseExtension postgres() {
        return of(DatabaseKind.POSTGRES, System::getenv);
    }

    /** A database on the MariaDB server ({@code RETORT_TEST_MARIADB_URL}). */
    public static DatabaseExtension mariadb() {
        return of(DatabaseKind.MARIADB, System::getenv);
    }

    /** A SQLite file in a temporary folder; never skipped. */
    public static DatabaseExtension sqlite() {
        return of(DatabaseKind.SQLITE, System::getenv);
    }

    /** A database of {@code kind}, configured from {@code environment} instead of the process's. */
    static DatabaseExtension of(DatabaseKind kind, Function<String, String> environment) {
        return new DatabaseExtension(
                Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(environment, "environment"));
    }

    /**
     * The test class's database.
     *
     * @throws IllegalStateException outside the class's lifecycle, or if not registered statically
     */
    public TestDatabase database() {
        if (database == null) {
            throw new IllegalStateException("no " + kind.displayName() + " database here: register"
                    + " DatabaseExtension on a static @RegisterExtension field and ask from a test or"
                    + " a lifecycle method");
        }
        return database;
    }

    /**
     * Another empty database, made now. Asked from a test, it is dropped after that test; asked
     * from {@code @BeforeAll}, after the class. Both are leak-checked like the class's database.
     */
    public TestDatabase newDatabase() {
        database();
        TestDatabase another = provisioner.create(owner);
        (inTest ? testDatabases : classDatabases).add(another);
        return another;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        Reachability reachability = provisioner(context).reachability();
        if (reachability.isReachable()) {
            return ConditionEvaluationResult.enabled(kind.displayName() + " is reachable");
        }
        if (UnreachablePolicy.from(environment) == UnreachablePolicy.FAIL) {
            return ConditionEvaluationResult.enabled("CI=true: the class fails instead of skipping");
        }
        return ConditionEvaluationResult.disabled(SkipReason.format(kind, reachability));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (depth++ > 0) {
            return;
        }
        provisioner = provisioner(context);
        Reachability reachability = provisioner.reachability();
        if (!reachability.isReachable()) {
            throw new ServerUnreachableException(kind, reachability);
        }
        owner = context.getRequiredTestClass().getSimpleName();
        database = provisioner.create(owner);
        classDatabases.add(database);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        database();
        inTest = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        inTest = false;
        release(testDatabases, owner + "." + context.getRequiredTestMethod().getName());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--depth > 0) {
            return;
        }
        try {
            release(classDatabases, owner);
        } finally {
            database = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return database();
    }

    /** The run's provisioner of this kind, shared by every class through the root store. */
    private Provisioner provisioner(ExtensionContext context) {
        Object key = kind == DatabaseKind.SQLITE ? kind : settings();
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(key, this::newProvisioner, Provisioner.class);
    }

    private Object settings() {
        return ServerSettings.fromEnvironment(ServerDialect.of(kind), environment);
    }

    private Provisioner newProvisioner(Object key) {
        if (key instanceof ServerSettings) {
            return new ServerProvisioner(ServerDialect.of(kind), (ServerSettings) key);
        }
        return new SqliteProvisioner();
    }

    /** Leak-checks, then drops, every database in {@code databases}; drops them even on a leak. */
    private void release(List<TestDatabase> databases, String user) {
        List<TestDatabase> released = List.copyOf(databases);
        databases.clear();
        List<String> leaks = new ArrayList<>();
        for (TestDatabase each : released) {
            try {
                LeakCheck.assertNoOpenConnections(provisioner, each, user, LeakCheck.GRACE);
            } catch (AssertionError leak) {
                leaks.add(leak.getMessage());
            } finally {
                provisioner.drop(each);
            }
        }
        if (!leaks.isEmpty()) {
            throw new AssertionError(String.join("\n", leaks));
        }
    }
}
