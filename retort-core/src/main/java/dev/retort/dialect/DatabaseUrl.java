package dev.retort.dialect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL as users write it ({@code postgresql://user:pw@host:5432/db},
 * {@code mysql://...}, {@code sqlite:///relative.db}, {@code sqlite:////abs.db}) or as a JDBC URL,
 * split into its parts. Its {@link #toString()} never shows the password. Immutable.
 *
 * @param original the URL as given
 * @param scheme the scheme, lower case, without {@code jdbc:} or a {@code +driver} suffix
 * @param jdbc whether it was given as a JDBC URL (passed to the driver as is)
 * @param user the user name, if any
 * @param password the password, if any
 * @param host the host, if any
 * @param port the port, or 0 when not given
 * @param database the database name, or for SQLite the file path (absolute) or {@code :memory:}
 * @param parameters query parameters, in order, password parameters included
 */
public record DatabaseUrl(
        String original,
        String scheme,
        boolean jdbc,
        Optional<String> user,
        Optional<String> password,
        Optional<String> host,
        int port,
        String database,
        Map<String, String> parameters) {
    /** The SQLite database that lives in memory only. */
    public static final String MEMORY = ":memory:";

    private static final Pattern NETWORK =
            Pattern.compile("(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?:(?<userinfo>[^@/]*)@)?"
                    + "(?<host>\\[[^]]*]|[^:/?#]*)(?::(?<port>[^/?#]*))?(?:/(?<database>[^?#]*))?(?:\\?(?<query>.*))?");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;](?:password|pwd)=)([^&;]*)");
    private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^:/@]*:)([^@/]*)(@)");

    /** Copies the parameters. */
    public DatabaseUrl {
        Objects.requireNonNull(original, "original");
        parameters = Map.copyOf(parameters);
    }

    /**
     * Parses a URL of the form {@code scheme://user:password@host:port/database?name=value}; a
     * {@code jdbc:} URL is kept as given, with user and password taken from it where it has them.
     *
     * @throws IllegalArgumentException with a message saying what is wrong with the URL
     */
    public static DatabaseUrl parseNetwork(String url) {
        String text = url.strip();
        if (text.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return parseJdbc(text);
        }
        String scheme = scheme(text);
        Matcher matcher = NETWORK.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + redact(text) + "' is not a database URL: expected " + scheme
                    + "://user:password@host:port/database");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userinfo = matcher.group("userinfo");
        if (userinfo != null && !userinfo.isEmpty()) {
            int colon = userinfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userinfo : userinfo.substring(0, colon)));
            if (colon >= 0) {
                password = Optional.of(decode(userinfo.substring(colon + 1)));
            }
        }
        String host = matcher.group("host");
        if (host.startsWith("[") && !host.endsWith("]")) {
            throw new IllegalArgumentException("'" + redact(text) + "' has no ']' after the IPv6 address of its host");
        }
        return new DatabaseUrl(
                text,
                scheme,
                false,
                user,
                password,
                host(host),
                port(matcher.group("port"), text),
                decode(Optional.ofNullable(matcher.group("database")).orElse("")),
                query(matcher.group("query")));
    }

    /**
     * A URL that names a database file: {@code scheme:///relative} (resolved against
     * {@code baseDirectory}), {@code scheme:////absolute}, or {@code scheme://} for memory.
     *
     * @throws IllegalArgumentException when the slashes do not say relative or absolute
     */
    public static DatabaseUrl parseFile(String url, Path baseDirectory) {
        String text = url.strip();
        if (text.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return parseJdbc(text);
        }
        String scheme = scheme(text);
        int slashes = text.indexOf("://");
        if (slashes < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a file database URL: write " + scheme
                    + ":///relative.db or " + scheme + ":////absolute.db");
        }
        String rest = text.substring(slashes + 3);
        int question = rest.indexOf('?');
        Map<String, String> parameters = question < 0 ? Map.of() : query(rest.substring(question + 1));
        String path = question < 0 ? rest : rest.substring(0, question);
        String database;
        if (path.isEmpty() || path.equals("/") || path.equals("/" + MEMORY)) {
            database = MEMORY;
        } else if (!path.startsWith("/")) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a file database URL: put three slashes before a relative path ("
                            + scheme + ":///app.db) and four before an absolute one (" + scheme
                            + ":////var/app.db)");
        } else {
            Path file = Path.of(decode(path.substring(1)));
            database = (file.isAbsolute() ? file : baseDirectory.resolve(file))
                    .toAbsolutePath()
                    .normalize()
                    .toString();
        }
        return new DatabaseUrl(
                text, scheme, false, Optional.empty(), Optional.empty(), Optional.empty(), 0, database, parameters);
    }

    /**
     * This URL naming database {@code name} on the same server, with the same user, password and
     * parameters: how Retort reaches a scratch database it made there.
     *
     * @throws IllegalArgumentException when the URL has no server and database part to change
     */
    public DatabaseUrl withDatabase(String name) {
        String text = original.strip();
        int offset = jdbc ? "jdbc:".length() : 0;
        String local = "jdbc:" + scheme + ":";
        if (jdbc && text.regionMatches(true, 0, local, 0, local.length()) && !text.startsWith("//", local.length())) {
            // jdbc:postgresql:app — the driver's own default host and port
            int query = text.indexOf('?');
            return new DatabaseUrl(
                    local + name + (query < 0 ? "" : text.substring(query)),
                    scheme,
                    jdbc,
                    user,
                    password,
                    host,
                    port,
                    name,
                    parameters);
        }
        Matcher matcher = NETWORK.matcher(text.substring(offset));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + redacted() + "' has no database name that could be changed");
        }
        String changed;
        if (matcher.group("database") != null) {
            changed = text.substring(0, offset + matcher.start("database"))
                    + name
                    + text.substring(offset + matcher.end("database"));
        } else {
            int end = offset + (matcher.group("query") == null ? matcher.end() : matcher.start("query") - 1);
            changed = text.substring(0, end) + "/" + name + text.substring(end);
        }
        return new DatabaseUrl(changed, scheme, jdbc, user, password, host, port, name, parameters);
    }

    /** The URL with its password replaced by {@code ***}. */
    public String redacted() {
        return redact(original);
    }

    /** Replaces the password in any URL-like text by {@code ***}. */
    public static String redact(String text) {
        String result = USERINFO_PASSWORD.matcher(text).replaceAll("$1***$3");
        return PASSWORD_PARAMETER.matcher(result).replaceAll("$1***");
    }

    /** Whether this is an SQLite database that lives in memory only. */
    public boolean isMemory() {
        return database.equals(MEMORY);
    }

    @Override
    public String toString() {
        return redacted();
    }

    private static String scheme(String text) {
        return Dialects.scheme(text)
                .orElseThrow(() -> new IllegalArgumentException("'" + redact(text)
                        + "' is not a database URL: it has no scheme such as " + "scheme://host/database"));
    }

    private static DatabaseUrl parseJdbc(String text) {
        String scheme = scheme(text);
        int question = text.indexOf('?');
        Map<String, String> parameters = question < 0 ? new LinkedHashMap<>() : query(text.substring(question + 1));
        Optional<String> user = Optional.ofNullable(parameters.get("user"));
        Optional<String> password = Optional.ofNullable(parameters.get("password"));
        String database = text.substring(("jdbc:" + scheme + ":").length(), question < 0 ? text.length() : question);
        Optional<String> host = Optional.empty();
        int port = 0;
        Matcher matcher = NETWORK.matcher(text.substring("jdbc:".length()));
        if (matcher.matches()) {
            database = decode(Optional.ofNullable(matcher.group("database")).orElse(""));
            String userinfo = matcher.group("userinfo");
            if (userinfo != null && userinfo.contains(":") && password.isEmpty()) {
                user = Optional.of(decode(userinfo.substring(0, userinfo.indexOf(':'))));
                password = Optional.of(decode(userinfo.substring(userinfo.indexOf(':') + 1)));
            }
            // Only a plain host:port, for messages; the driver alone reads lists of hosts and the like.
            String portText = matcher.group("port");
            String hostText = matcher.group("host");
            if ((portText == null || portText.matches("\\d{1,5}"))
                    && (!hostText.startsWith("[") || hostText.endsWith("]"))) {
                host = host(hostText);
                port = portText == null ? 0 : Integer.parseInt(portText);
            }
        }
        return new DatabaseUrl(text, scheme, true, user, password, host, port, database, parameters);
    }

    private static Optional<String> host(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return bare.isEmpty() ? Optional.empty() : Optional.of(bare);
    }

    private static int port(String port, String text) {
        if (port == null || port.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(port);
            if (value > 0 && value < 65536) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the URL
        }
        throw new IllegalArgumentException(
                "'" + redact(text) + "' has an invalid port '" + port + "': expected a number from 1 to 65535");
    }

    private static Map<String, String> query(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("[&;]")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            parameters.put(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
