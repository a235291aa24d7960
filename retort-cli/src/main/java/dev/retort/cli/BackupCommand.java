package dev.retort.cli;

import dev.retort.BackupResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort backup}: a consistent copy of the database, readable by its owner only. */
@Command(
        mixinStandardHelpOptions = true,
        name = "backup",
        description = "Back up the database: SQLite through its online backup, PostgreSQL with pg_dump,"
                + " MariaDB/MySQL with mariadb-dump. The file is readable by its owner only.",
        footerHeading = "%nExamples:%n",
        footer = {"  retort backup", "  retort backup --to /var/backups/app-before-2.0.db"})
final class BackupCommand extends ProjectCommand {
    @Option(
            names = "--to",
            paramLabel = "PATH",
            description =
                    "The file to write (relative to retort.toml). Default: backups/<database>-<time>.<ext> there.")
    Path to;

    @Override
    int run(Console console) {
        report(console, retort().backup(Optional.ofNullable(to)));
        return 0;
    }

    static void report(Console console, BackupResult backup) {
        if (console.json()) {
            Map<String, Object> json = Json.object();
            json.put("database", backup.database());
            json.put("file", backup.file().toString());
            json.put("bytes", backup.bytes());
            json.put("milliseconds", backup.duration().toMillis());
            console.resultJson(json);
            return;
        }
        console.result("Backed up " + backup.database() + " to " + RevisionText.display(backup.file()) + " ("
                + InfoCommand.size(backup.bytes()) + ", " + Durations.format(backup.duration()) + ").");
    }
}
