package dev.retort.cli;

import dev.retort.ConfigException;
import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.RetortConfig;
import dev.retort.SquashRequest;
import dev.retort.cli.toml.TomlException;
import dev.retort.cli.toml.TomlReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A project's {@code retort.toml}: where the scripts live, the database URL (overridden by
 * {@code --url}, then {@code DATABASE_URL}), the table names, and {@code [env.NAME]} sections
 * chosen with {@code --env}. Paths in the file are relative to the file. Immutable.
 *
 * @param file the configuration file
 * @param scriptLocation the migrations folder, absolute
 * @param url the database URL in effect, if any
 * @param urlSource where the URL came from: {@code --url}, {@code DATABASE_URL}, or the file
 * @param dialect the dialect named in the file, if any
 * @param format the format of new scripts
 * @param versionTable the version table
 * @param historyTable the history table
 * @param lockTimeoutSeconds how long to wait for the migration lock, in seconds
 * @param strictChecksums whether an edited applied script stops migrations
 * @param lock the migration lock: native or lease
 * @param scriptPackage the package of Java migrations compiled into the application, if any
 * @param environmentUrls every database the file names, by environment, in file order: the top-level
 *     url as {@link SquashRequest#TOP_LEVEL}, then each {@code [env.NAME]} that sets its own url
 */
record ProjectConfig(
        Path file,
        Path scriptLocation,
        Optional<String> url,
        String urlSource,
        Optional<String> dialect,
        String format,
        String versionTable,
        String historyTable,
        long lockTimeoutSeconds,
        boolean strictChecksums,
        String lock,
        Optional<String> scriptPackage,
        Optional<String> models,
        List<String> includeTables,
        List<String> excludeTables,
        List<String> includeSchemas,
        List<String> excludeSchemas,
        boolean isProtected,
        Map<String, String> environmentUrls) {
    static final String FILE_NAME = "retort.toml";
    static final String DEFAULT_SCRIPT_LOCATION = "migrations";
    static final long DEFAULT_LOCK_TIMEOUT_SECONDS = 300;

    private static final Set<String> TOP_LEVEL = Set.of(
            "script_location",
            "url",
            "format",
            "dialect",
            "version_table",
            "history_table",
            "lock_timeout",
            "strict_checksums",
            "lock",
            "script_package",
            "models",
            "include_tables",
            "exclude_tables",
            "include_schemas",
            "exclude_schemas",
            "env");
    private static final Set<String> PER_ENVIRONMENT =
            Set.of("url", "dialect", "version_table", "history_table", "protected");

    /** The configuration file to use: {@code -c}, else {@code RETORT_CONFIG}, else {@code ./retort.toml}. */
    static Path locate(String option, Map<String, String> environment) {
        String chosen = option != null ? option : environment.get("RETORT_CONFIG");
        return Path.of(chosen != null ? chosen : FILE_NAME).toAbsolutePath().normalize();
    }

    /**
     * Reads and checks the file.
     *
     * @throws ConfigException for a missing or malformed file, an unknown setting, a value of the
     *     wrong type, or an unknown {@code --env}
     */
    static ProjectConfig load(Path file, String envName, String urlOption, Map<String, String> environment) {
        String text = read(file);
        Map<String, Object> values;
        try {
            values = TomlReader.parse(text);
        } catch (TomlException e) {
            throw new ConfigException(
                    display(file) + ":" + e.line() + ":" + e.column() + ": " + e.getMessage(),
                    "fix the TOML syntax; see the README for a sample retort.toml");
        }
        Settings settings = new Settings(file, text);
        settings.checkKeys(values, TOP_LEVEL, "");
        Map<String, Object> section = Map.of();
        if (envName != null) {
            section = settings.environment(values, envName);
            settings.checkKeys(section, PER_ENVIRONMENT, "env." + envName + ".");
        }
        String scriptLocation = settings.string(values, "script_location").orElse(DEFAULT_SCRIPT_LOCATION);
        Path base = file.getParent();
        String urlSource = "--url";
        Optional<String> url = Optional.ofNullable(urlOption);
        if (url.isEmpty() && environment.get("DATABASE_URL") != null) {
            url = Optional.of(environment.get("DATABASE_URL"));
            urlSource = "DATABASE_URL";
        }
        if (url.isEmpty()) {
            url = settings.string(section, "url").or(() -> settings.string(values, "url"));
            urlSource = display(file);
        }
        return new ProjectConfig(
                file,
                base.resolve(scriptLocation).normalize(),
                url,
                urlSource,
                settings.string(section, "dialect").or(() -> settings.string(values, "dialect")),
                settings.string(values, "format").orElse("sql"),
                settings.string(section, "version_table")
                        .or(() -> settings.string(values, "version_table"))
                        .orElse(RetortConfig.DEFAULT_VERSION_TABLE),
                settings.string(section, "history_table")
                        .or(() -> settings.string(values, "history_table"))
                        .orElse(RetortConfig.DEFAULT_HISTORY_TABLE),
                settings.number(values, "lock_timeout").orElse(DEFAULT_LOCK_TIMEOUT_SECONDS),
                settings.flag(values, "strict_checksums").orElse(false),
                settings.string(values, "lock").orElse("native"),
                settings.string(values, "script_package"),
                settings.string(values, "models"),
                settings.strings(values, "include_tables"),
                settings.strings(values, "exclude_tables"),
                settings.strings(values, "include_schemas"),
                settings.strings(values, "exclude_schemas"),
                settings.flag(section, "protected").orElse(false),
                settings.environmentUrls(values));
    }

    /**
     * A {@link Retort} for this project; {@code dialectOption} overrides the file's dialect. A
     * relative SQLite path in a URL from the file is relative to the file; from {@code --url} or
     * {@code DATABASE_URL}, to the working directory.
     */
    Retort retort(String dialectOption, MigrationListener listener) {
        RetortConfig.Builder builder = Retort.configure()
                .scriptLocation(scriptLocation)
                .format(format)
                .versionTable(versionTable)
                .historyTable(historyTable)
                .lockTimeout(Duration.ofSeconds(lockTimeoutSeconds))
                .strictChecksums(strictChecksums)
                .lock(lock)
                .listener(listener)
                .urlBase(urlFromFile() ? file.getParent() : Path.of("").toAbsolutePath());
        url.ifPresent(builder::url);
        scriptPackage.ifPresent(builder::scriptPackage);
        models.ifPresent(builder::models);
        builder.includeTables(includeTables).excludeTables(excludeTables);
        builder.includeSchemas(includeSchemas).excludeSchemas(excludeSchemas);
        Optional.ofNullable(dialectOption).or(() -> dialect).ifPresent(builder::dialect);
        return builder.load();
    }

    private boolean urlFromFile() {
        return !urlSource.equals("--url") && !urlSource.equals("DATABASE_URL");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(
                    "No config file '" + file.getFileName() + "' found in " + display(file.getParent()),
                    "run `retort init` to create one, or pass -c FILE");
        } catch (MalformedInputException e) {
            throw new ConfigException(display(file) + " is not valid UTF-8", "save it as UTF-8");
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot read " + display(file) + ": " + e.getMessage(), "check the file's permissions");
        }
    }

    static String display(Path path) {
        return RevisionText.display(path);
    }

    /** Typed access to the file's values, with errors that name the setting and its line. */
    private record Settings(Path file, String text) {
        Map<String, String> environmentUrls(Map<String, Object> values) {
            Map<String, String> urls = new LinkedHashMap<>();
            string(values, "url").ifPresent(url -> urls.put(SquashRequest.TOP_LEVEL, url));
            if (values.get("env") instanceof Map<?, ?> environments) {
                for (Map.Entry<?, ?> entry : environments.entrySet()) {
                    if (entry.getValue() instanceof Map<?, ?> section && section.get("url") instanceof String url) {
                        urls.put(String.valueOf(entry.getKey()), url);
                    }
                }
            }
            return Collections.unmodifiableMap(urls);
        }

        Map<String, Object> environment(Map<String, Object> values, String name) {
            Object environments = values.get("env");
            if (environments instanceof Map<?, ?> map && map.get(name) instanceof Map<?, ?> section) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) section;
                return typed;
            }
            List<String> known = new ArrayList<>();
            if (environments instanceof Map<?, ?> map) {
                map.keySet().forEach(key -> known.add(String.valueOf(key)));
            }
            throw new ConfigException(
                    "no [env." + name + "] section in " + display(file),
                    known.isEmpty() ? "add one, or leave out --env" : "the sections are: " + String.join(", ", known));
        }

        void checkKeys(Map<String, Object> values, Set<String> allowed, String prefix) {
            for (String key : values.keySet()) {
                if (!allowed.contains(key)) {
                    String suggestion = nearest(key, allowed);
                    throw new ConfigException(
                            where(key) + "unknown setting '" + prefix + key + "'"
                                    + (suggestion == null ? "" : "; did you mean '" + prefix + suggestion + "'?"),
                            "the settings are: "
                                    + String.join(
                                            ", ", allowed.stream().sorted().toList()));
                }
            }
        }

        Optional<Long> number(Map<String, Object> values, String key) {
            Object value = values.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof Long number) || number < 0) {
                throw new ConfigException(
                        where(key) + "'" + key + "' must be a whole number of seconds, 0 or more, not " + value,
                        "for example: " + key + " = 60");
            }
            return Optional.of(number);
        }

        Optional<Boolean> flag(Map<String, Object> values, String key) {
            Object value = values.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof Boolean flag)) {
                throw new ConfigException(
                        where(key) + "'" + key + "' must be true or false, not " + value, "write it without quotes");
            }
            return Optional.of(flag);
        }

        List<String> strings(Map<String, Object> values, String key) {
            Object value = values.get(key);
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                return list.stream().map(String.class::cast).toList();
            }
            throw new ConfigException(
                    where(key) + "'" + key + "' must be a list of strings, not " + value,
                    "for example: " + key + " = [\"audit_*\", \"legacy\"]");
        }

        Optional<String> string(Map<String, Object> values, String key) {
            Object value = values.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof String text)) {
                throw new ConfigException(
                        where(key) + "'" + key + "' must be a string, not " + value, "put the value in double quotes");
            }
            return Optional.of(text);
        }

        private String where(String key) {
            Pattern line = Pattern.compile("^\\s*\"?" + Pattern.quote(key) + "\"?\\s*=", Pattern.MULTILINE);
            var matcher = line.matcher(text);
            if (matcher.find()) {
                int number = 1;
                for (int i = 0; i < matcher.start(); i++) {
                    number += text.charAt(i) == '\n' ? 1 : 0;
                }
                return display(file) + ":" + number + ": ";
            }
            return display(file) + ": ";
        }

        private static String nearest(String key, Set<String> allowed) {
            String best = null;
            int bestDistance = 3;
            for (String candidate : allowed) {
                int distance = distance(key, candidate);
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best;
        }

        private static int distance(String a, String b) {
            int[][] d = new int[a.length() + 1][b.length() + 1];
            for (int i = 0; i <= a.length(); i++) {
                for (int j = 0; j <= b.length(); j++) {
                    if (i == 0 || j == 0) {
                        d[i][j] = i + j;
                    } else {
                        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                    }
                }
            }
            return d[a.length()][b.length()];
        }
    }
}
