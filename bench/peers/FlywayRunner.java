import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * bench/runtime.sh's Flyway: {@code migrate} of the V{n}__*.sql files of one folder, through
 * Flyway's Java API (what the Flyway command line does after parsing its arguments).
 *
 * <pre>java -cp 'classes:lib/*' FlywayRunner JDBC_URL USER PASSWORD SQL_FOLDER</pre>
 *
 * Prints how many migrations ran; exits 1 on failure.
 */
public final class FlywayRunner {
    private FlywayRunner() {}

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: FlywayRunner JDBC_URL USER PASSWORD SQL_FOLDER");
            System.exit(2);
        }
        MigrateResult result = Flyway.configure()
                .dataSource(args[0], empty(args[1]), empty(args[2]))
                .locations("filesystem:" + args[3])
                .load()
                .migrate();
        System.out.println("flyway: " + result.migrationsExecuted + " migrations applied");
    }

    private static String empty(String value) {
        return value.isEmpty() ? null : value;
    }
}
