package dev.retort.dialect.mariadb;

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
 * A backup with {@code mariadb-dump} (or {@code mysqldump}) as SQL, in one consistent snapshot
 * ({@code --single-transaction}); the password goes through {@code MYSQL_PWD}, never the command
 * line. Stateless.
 */
final class MariaDbBackup {
    private MariaDbBackup() {}

    static void write(DatabaseUrl url, Path target) throws IOException {
        ExternalTool dump = ExternalTool.find("mariadb-dump", "mysqldump")
                .orElseThrow(() -> new IOException("neither mariadb-dump nor mysqldump is installed (on the PATH), so"
                        + " the database cannot be backed up; install the client (Debian/Ubuntu: apt-get install"
                        + " mariadb-client)"));
        List<String> arguments =
                new ArrayList<>(List.of("--single-transaction", "--routines", "--triggers", "--result-file=" + target));
        url.host().ifPresent(host -> {
            arguments.add("--host=" + host);
            arguments.add("--protocol=TCP");
        });
        if (url.port() > 0) {
            arguments.add("--port=" + url.port());
        }
        setting(url, url.user(), "user").ifPresent(user -> arguments.add("--user=" + user));
        arguments.add(url.database());
        Map<String, String> environment = new HashMap<>();
        setting(url, url.password(), "password").ifPresent(password -> environment.put("MYSQL_PWD", password));
        dump.run(arguments, environment);
    }

    private static Optional<String> setting(DatabaseUrl url, Optional<String> value, String parameter) {
        return value.or(() -> Optional.ofNullable(url.parameters().get(parameter)));
    }
}
