package dev.retort;

import dev.retort.autogen.SchemaFilter;
import dev.retort.dialect.LockSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a {@link Retort} is set up: where the scripts live, which database, which tables. Immutable;
 * made by {@link Retort#configure()} and checked once in {@link Builder#load()}.
 *
 * @param scriptLocation the folder holding {@code versions/} and the script templates
 * @param url the database URL as users write it or as a JDBC URL; may be absent for offline work
 * @param dialect the dialect name to use when there is no URL (offline SQL); may be absent
 * @param versionTable the table holding the applied heads. Default: {@code retort_version}
 * @param historyTable the append-only log of what ran. Default: {@code retort_history}
 * @param format the format of new scripts: {@code sql} or {@code java}. Default: {@code sql}
 * @param clock the clock that dates new revisions. Default: the system clock in UTC
 * @param urlBase the folder a relative SQLite path in the URL is relative to. Default: the working
 *     directory
 * @param lockTimeout how long to wait for the migration lock. Default: 5 minutes
 * @param strictChecksums refuse to migrate when an applied script was edited. Default: false (warn)
 * @param listener hears progress while migrations run. Default: hears nothing
 * @param lock which migration lock to take: the database's native lock (default) or a lease row
 * @param scriptPackage a package holding Java migrations compiled into the application, found on
 *     {@code classLoader} and joined with the scripts of {@code versions/}. Default: none
 * @param classLoader the class loader that finds {@code scriptPackage} and that compiled Java
 *     scripts see. Default: the thread's context class loader when {@link Builder#load()} runs, or
 *     the one that loaded Retort
 * @param models where autogenerate finds the wanted schema: {@code sql:FILE}, {@code java:CLASS} or
 *     {@code url:URL}. Default: none
 * @param includeTables the tables autogenerate compares, as names or {@code *} patterns. Default:
 *     all
 * @param excludeTables tables autogenerate leaves alone, as names or {@code *} patterns. Default:
 *     none. The version and history tables are never compared
 * @param includeSchemas the schemas besides the current one that autogenerate compares, as names or
 *     {@code *} patterns (where the database has schemas); their objects are named {@code
 *     schema.name}. Default: none, only the current schema
 * @param excludeSchemas schemas autogenerate leaves alone even where {@code includeSchemas} matches
 *     them. Default: none
 */
public record RetortConfig(
        Path scriptLocation,
        Optional<String> url,
        Optional<String> dialect,
        String versionTable,
        String historyTable,
        String format,
        Clock clock,
        Path urlBase,
        Duration lockTimeout,
        boolean strictChecksums,
        MigrationListener listener,
        LockSettings lock,
        Optional<String> scriptPackage,
        ClassLoader classLoader,
        Optional<String> models,
        List<String> includeTables,
        List<String> excludeTables,
        List<String> includeSchemas,
        List<String> excludeSchemas) {
    /** Which schemas besides the current one autogenerate compares: {@code includeSchemas} less {@code excludeSchemas}. */
    public SchemaFilter schemaFilter() {
        return new SchemaFilter(includeSchemas, excludeSchemas);
    }

    /** The version table Retort creates unless told otherwise. */
    public static final String DEFAULT_VERSION_TABLE = "retort_version";

    /** The history table Retort creates unless told otherwise. */
    public static final String DEFAULT_HISTORY_TABLE = "retort_history";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final Pattern PACKAGE_NAME =
            Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    /** Checks the required parts. */
    public RetortConfig {
        Objects.requireNonNull(scriptLocation, "scriptLocation");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(historyTable, "historyTable");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(urlBase, "urlBase");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(scriptPackage, "scriptPackage");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(models, "models");
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
        includeSchemas = List.copyOf(includeSchemas);
        excludeSchemas = List.copyOf(excludeSchemas);
    }

    /** Builds a {@link Retort}; every setting but the script location has a default. */
    public static final class Builder {
        private Path scriptLocation;
        private String url;
        private String dialect;
        private String versionTable = DEFAULT_VERSION_TABLE;
        private String historyTable = DEFAULT_HISTORY_TABLE;
        private String format = "sql";
        private Clock clock = Clock.systemUTC();
        private Path urlBase = Path.of("").toAbsolutePath();
        private Duration lockTimeout = Duration.ofMinutes(5);
        private boolean strictChecksums;
        private MigrationListener listener = new MigrationListener() {};
        private String lockKind = LockSettings.Kind.NATIVE.configName();
        private String scriptPackage;
        private ClassLoader classLoader;
        private String models;
        private List<String> includeTables = List.of();
        private List<String> excludeTables = List.of();
        private List<String> includeSchemas = List.of();
        private List<String> excludeSchemas = List.of();

        Builder() {}

        /** Where autogenerate finds the wanted schema: {@code sql:FILE}, {@code java:CLASS} or {@code url:URL}. */
        public Builder models(String models) {
            this.models = Objects.requireNonNull(models, "models");
            return this;
        }

        /** The tables autogenerate compares, as names or {@code *} patterns. Default: all. */
        public Builder includeTables(List<String> patterns) {
            this.includeTables = List.copyOf(patterns);
            return this;
        }

        /** Tables autogenerate leaves alone, as names or {@code *} patterns. Default: none. */
        public Builder excludeTables(List<String> patterns) {
            this.excludeTables = List.copyOf(patterns);
            return this;
        }

        /** The schemas besides the current one that autogenerate compares, as names or {@code *} patterns. */
        public Builder includeSchemas(List<String> patterns) {
            this.includeSchemas = List.copyOf(patterns);
            return this;
        }

        /** Schemas autogenerate leaves alone, as names or {@code *} patterns. */
        public Builder excludeSchemas(List<String> patterns) {
            this.excludeSchemas = List.copyOf(patterns);
            return this;
        }

        /** The folder holding {@code versions/}. Required. */
        public Builder scriptLocation(Path scriptLocation) {
            this.scriptLocation = Objects.requireNonNull(scriptLocation, "scriptLocation");
            return this;
        }

        /** The database URL. */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** The dialect for offline SQL when there is no URL: {@code sqlite}, {@code postgresql}, {@code mariadb}. */
        public Builder dialect(String dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** The version table's name. */
        public Builder versionTable(String versionTable) {
            this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
            return this;
        }

        /** The history table's name. */
        public Builder historyTable(String historyTable) {
            this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
            return this;
        }

        /** The format of new scripts: {@code sql} (the default) or {@code java}. */
        public Builder format(String format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** The clock that dates new revisions (for reproducible tests). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The folder a relative SQLite path in the URL is relative to. */
        public Builder urlBase(Path urlBase) {
            this.urlBase = Objects.requireNonNull(urlBase, "urlBase").toAbsolutePath();
            return this;
        }

        /** How long to wait for the migration lock. */
        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
            return this;
        }

        /** Whether an edited applied script stops migrations (true) or only warns (false). */
        public Builder strictChecksums(boolean strictChecksums) {
            this.strictChecksums = strictChecksums;
            return this;
        }

        /** Who hears progress while migrations run. */
        public Builder listener(MigrationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The migration lock: {@code native} (the database's own lock; the default) or
         * {@code lease} (a lease row, for clusters such as MariaDB Galera where the native lock is
         * per node).
         */
        public Builder lock(String kind) {
            this.lockKind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * A package of Java migrations compiled into the application, such as
         * {@code com.example.migrations}: its classes (and those of its sub-packages) that implement
         * {@code dev.retort.ops.Migration} and carry {@code @Revision} join the scripts of
         * {@code versions/}. With it, a missing {@code versions/} folder counts as empty.
         */
        public Builder scriptPackage(String scriptPackage) {
            this.scriptPackage = Objects.requireNonNull(scriptPackage, "scriptPackage");
            return this;
        }

        /** The class loader that finds {@link #scriptPackage} and that compiled Java scripts see. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Checks the settings and makes the {@link Retort}.
         *
         * @throws ConfigException naming the first wrong setting
         */
        public Retort load() {
            if (scriptLocation == null) {
                throw new ConfigException(
                        "no script location is set", "set script_location in retort.toml, or run `retort init`");
            }
            checkTableName("version_table", versionTable);
            checkTableName("history_table", historyTable);
            if (versionTable.equals(historyTable)) {
                throw new ConfigException(
                        "version_table and history_table are both '" + versionTable + "'", "give them different names");
            }
            String normalizedFormat = format.toLowerCase(Locale.ROOT);
            if (!normalizedFormat.equals("sql") && !normalizedFormat.equals("java")) {
                throw new ConfigException(
                        "unknown format '" + format + "'; expected 'sql' or 'java'",
                        "write format = \"sql\" or \"java\"");
            }
            if (scriptPackage != null && !PACKAGE_NAME.matcher(scriptPackage).matches()) {
                throw new ConfigException(
                        "script_package '" + scriptPackage + "' is not a Java package name",
                        "write it as in a package declaration, e.g. script_package = \"com.example.migrations\"");
            }
            if (lockTimeout.isNegative()) {
                throw new ConfigException(
                        "lock_timeout is negative (" + lockTimeout.toSeconds() + " s)",
                        "give a number of seconds, 0 or more");
            }
            LockSettings lock;
            try {
                lock = LockSettings.of(
                        LockSettings.kindNamed(lockKind),
                        LockSettings.defaults().leaseDuration());
            } catch (IllegalArgumentException e) {
                throw new ConfigException("lock " + e.getMessage(), "use lock = \"native\" or lock = \"lease\"");
            }
            RetortConfig config = new RetortConfig(
                    scriptLocation,
                    Optional.ofNullable(url),
                    Optional.ofNullable(dialect),
                    versionTable,
                    historyTable,
                    normalizedFormat,
                    clock,
                    urlBase,
                    lockTimeout,
                    strictChecksums,
                    listener,
                    lock,
                    Optional.ofNullable(scriptPackage),
                    classLoader != null ? classLoader : defaultClassLoader(),
                    Optional.ofNullable(models),
                    includeTables,
                    excludeTables,
                    includeSchemas,
                    excludeSchemas);
            return new Retort(config);
        }

        private static ClassLoader defaultClassLoader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : Retort.class.getClassLoader();
        }

        private static void checkTableName(String setting, String name) {
            if (!TABLE_NAME.matcher(name).matches()) {
                throw new ConfigException(
                        setting + " '" + name + "' is not a plain table name",
                        "use letters, digits and underscores, starting with a letter or underscore");
            }
        }
    }
}
