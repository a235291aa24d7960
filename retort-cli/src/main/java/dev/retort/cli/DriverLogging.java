package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the JDBC drivers from writing log lines of their own to standard error, where they would
 * repeat the command's one error line in another form: MariaDB Connector/J prints
 * {@code [ WARN] (main) Error: 1045-28000: Access denied ...} when SLF4J is absent, as it is in
 * {@code retort.jar}, and the PostgreSQL driver warns through {@code java.util.logging}. Their
 * messages still reach the user in the error line and, with {@code --verbose}, the stack trace.
 * A logging configuration the user gives ({@code -Djava.util.logging.config.file} or
 * {@code -Dmariadb.logging.fallback}) is left alone.
 */
final class DriverLogging {
    private static final List<String> DRIVER_PACKAGES = List.of("org.mariadb.jdbc", "org.postgresql", "org.sqlite");

    /** java.util.logging holds loggers weakly; these references keep the levels set here. */
    private static final List<Logger> SILENCED = new ArrayList<>();

    private DriverLogging() {}

    /** Routes every driver's logging to java.util.logging and turns it off there; call before connecting. */
    static synchronized void silence() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null
                || !SILENCED.isEmpty()) {
            return;
        }
        // Read once, when Connector/J logs for the first time: its console logger is the default.
        System.getProperties().putIfAbsent("mariadb.logging.fallback", "JDK");
        for (String name : DRIVER_PACKAGES) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.OFF);
            SILENCED.add(logger);
        }
    }
}
