package dev.retort.testkit;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real public schemas of {@code ../shared/datasets/schemas/} (PostgreSQL, MariaDB/MySQL and
 * SQLite DDL from public projects), and loading one into a test database with the corpus's own
 * {@code load.sh} and the database's own client. A user's clone has no {@code ../shared}: {@link
 * #folder()} is then empty and the tests that need the corpus skip, saying why. Stateless.
 */
public final class CorpusSchemas {
    /** Where the corpus is looked for, relative to the working directory and its parents. */
    private static final Path RELATIVE = Path.of("shared", "datasets", "schemas");

    private static final long LOAD_TIMEOUT_MINUTES = 5;

    private CorpusSchemas() {}

    /** The corpus folder, if this checkout has one beside it ({@code ../shared/datasets/schemas}). */
    public static Optional<Path> folder() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve(RELATIVE);
            if (Files.isRegularFile(candidate.resolve("load.sh"))) {
                return Optional.of(candidate);
            }
            directory = directory.getParent();
        }
        return Optional.empty();
    }

    /** The message a test skips with when there is no corpus. */
    public static String missing() {
        return "the schema corpus ../shared/datasets/schemas is not beside this checkout (it is in CI and the"
                + " development machines, not in a user's clone): corpus tests skipped";
    }

    /** The schema names the corpus has for {@code kind}, sorted: {@code chinook}, {@code pagila}... */
    public static List<String> names(DatabaseKind kind) {
        Optional<Path> root = folder();
        if (root.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root.get().resolve(folderOf(kind)))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .map(name -> name.substring(0, name.length() - ".sql".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Loads schema {@code name} into {@code database} with {@code load.sh} (PostgreSQL: creating the
     * roles the file names).
     *
     * @throws IllegalStateException when there is no corpus, or the load fails (with the client's
     *     output)
     */
    public static void load(TestDatabase database, String name) throws IOException, InterruptedException {
        Path root = folder().orElseThrow(() -> new IllegalStateException(missing()));
        List<String> command =
                new ArrayList<>(List.of("bash", root.resolve("load.sh").toString()));
        if (database.kind() == DatabaseKind.POSTGRES) {
            command.add("--create-roles");
        }
        command.add(folderOf(database.kind()));
        command.add(name);
        command.add(target(database));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment(database, builder.environment());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(LOAD_TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("load.sh could not load " + name + " into " + database + ":\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
    }

    private static String folderOf(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRES -> "postgresql";
            case MARIADB -> "mysql";
            case SQLITE -> "sqlite";
        };
    }

    private static String target(TestDatabase database) {
        if (database.kind() == DatabaseKind.SQLITE) {
            return database.jdbcUrl().substring("jdbc:sqlite:".length());
        }
        return database.name();
    }

    private static void environment(TestDatabase database, Map<String, String> environment) {
        if (database.kind() == DatabaseKind.SQLITE) {
            return;
        }
        URI address = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        if (database.kind() == DatabaseKind.POSTGRES) {
            environment.put("PGHOST", address.getHost());
            environment.put("PGPORT", String.valueOf(address.getPort()));
            environment.put("PGUSER", database.user());
            if (!database.password().isEmpty()) {
                environment.put("PGPASSWORD", database.password());
            }
        } else {
            environment.put(
                    "MARIADB_OPTS",
                    "-u" + database.user() + " -h" + address.getHost() + " -P" + address.getPort() + " --protocol=TCP");
            if (!database.password().isEmpty()) {
                environment.put("MYSQL_PWD", database.password());
            }
        }
    }
}
