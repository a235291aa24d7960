package dev.retort.testkit;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a server listens, parsed from a JDBC URL such as {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. Credentials found in the query are kept
 * apart so that URLs built from the address never carry a password. Immutable.
 */
record ServerAddress(
        DatabaseKind kind,
        String host,
        int port,
        String database,
        String parameters,
        Optional<Credentials> credentials) {

    /**
     * Parses {@code jdbcUrl}; {@code source} names where it came from (an environment variable)
     * for the error message.
     *
     * @throws IllegalArgumentException if it is not a {@code jdbc:<scheme>://host[:port][/db]} URL
     */
    static ServerAddress parse(DatabaseKind kind, String jdbcUrl, String source, int defaultPort) {
        String prefix = "jdbc:" + kind.scheme() + "://";
        if (!jdbcUrl.startsWith(prefix)) {
            throw malformed(kind, jdbcUrl, source, "it does not start with '" + prefix + "'");
        }
        URI uri;
        try {
            uri = new URI(jdbcUrl.substring("jdbc:".length()));
        } catch (URISyntaxException e) {
            throw malformed(kind, jdbcUrl, source, e.getMessage());
        }
        if (uri.getHost() == null) {
            throw malformed(kind, jdbcUrl, source, "it names no host (one host only; no user@ part)");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        int port = uri.getPort() < 0 ? defaultPort : uri.getPort();
        Map<String, String> query = query(uri.getRawQuery());
        Optional<Credentials> credentials = Optional.ofNullable(query.remove("user"))
                .map(user -> new Credentials(user, query.getOrDefault("password", "")));
        query.remove("password");
        return new ServerAddress(kind, uri.getHost(), port, database, join(query), credentials);
    }

    /** The JDBC URL of database {@code name} on this server, without credentials. */
    String jdbcUrl(String name) {
        return "jdbc:" + kind.scheme() + "://" + host + ":" + port + "/" + name
                + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    /** The URL a Retort user would write: {@code postgresql://user[:password]@host:port/name}. */
    String userUrl(Credentials login, String name) {
        String userInfo = encode(login.user()) + (login.password().isEmpty() ? "" : ":" + encode(login.password()));
        return kind.scheme() + "://" + userInfo + "@" + host + ":" + port + "/" + name;
    }

    /** {@code host:port}, as messages show it. */
    String hostAndPort() {
        return host + ":" + port;
    }

    private static IllegalArgumentException malformed(DatabaseKind kind, String url, String source, String why) {
        return new IllegalArgumentException(source + "='" + url + "' is not a " + kind.displayName() + " JDBC URL: "
                + why + "; expected jdbc:" + kind.scheme() + "://host:port/database");
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.put(decode(key), decode(value));
        }
        return query;
    }

    private static String join(Map<String, String> query) {
        List<String> pairs = new ArrayList<>();
        query.forEach((key, value) -> pairs.add(encode(key) + "=" + encode(value)));
        return String.join("&", pairs);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
