package dev.retort.dialect.postgres;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.ExternalTool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A backup with {@code pg_dump} in its custom format (restore with {@code pg_restore}); the password
 * goes through {@code PGPASSWORD}, never the command line. Stateless.
 */
final class PostgresBackup {
    private PostgresBackup() {}

    static void write(DatabaseUrl url, Path target) throws IOException {
        ExternalTool dump = ExternalTool.find("pg_dump")
                .orElseThrow(() -> new IOException("pg_dump is not installed (it is not on the PATH), so the"
                        + " PostgreSQL database cannot be backed up; install the PostgreSQL client"
                        + " (Debian/Ubuntu: apt-get install postgresql-client)"));
        List<String> arguments = new ArrayList<>(List.of("--format=custom", "--no-password", "--file=" + target));
        url.host().ifPresent(host -> arguments.add("--host=" + host));
        if (url.port() > 0) {
            arguments.add("--port=" + url.port());
        }
        setting(url, url.user(), "user").ifPresent(user -> arguments.add("--username=" + user));
        arguments.add("--dbname=" + url.database());
        Map<String, String> environment = new HashMap<>();
        setting(url, url.password(), "password").ifPresent(password -> environment.put("PGPASSWORD", password));
        dump.run(arguments, environment);
    }

    private static Optional<String> setting(DatabaseUrl url, Optional<String> value, String parameter) {
        return value.or(() -> Optional.ofNullable(url.parameters().get(parameter)));
    }
}
