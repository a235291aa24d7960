import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * bench/runtime.sh's Liquibase: the {@code update} command of one changelog, through Liquibase's
 * command API (what the Liquibase command line runs after parsing its arguments).
 *
 * <pre>java -cp 'classes:lib/*' LiquibaseRunner JDBC_URL USER PASSWORD CHANGELOG_FILE</pre>
 *
 * Exits 1 on failure.
 */
public final class LiquibaseRunner {
    private LiquibaseRunner() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LiquibaseRunner JDBC_URL USER PASSWORD CHANGELOG_FILE");
            System.exit(2);
        }
        // No usage reporting over the network while timed.
        System.setProperty("liquibase.analytics.enabled", "false");
        // As the Liquibase command line by default: its log stays quiet, its UI lines print.
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
        Path changelog = Path.of(args[3]).toAbsolutePath();
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(changelog.getParent()));
        Scope.child(scope, () -> {
            CommandScope update = new CommandScope("update")
                    .addArgumentValue("changelogFile", changelog.getFileName().toString())
                    .addArgumentValue("url", args[0]);
            if (!args[1].isEmpty()) {
                update.addArgumentValue("username", args[1]);
            }
            if (!args[2].isEmpty()) {
                update.addArgumentValue("password", args[2]);
            }
            update.execute();
        });
    }
}
