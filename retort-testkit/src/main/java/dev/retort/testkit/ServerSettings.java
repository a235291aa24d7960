package dev.retort.testkit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to reach one server: its address and the logins to try, in order. Read from {@code
 * RETORT_TEST_<KIND>_URL}, {@code _USER} and {@code _PASSWORD} (KIND is {@code POSTGRES} or
 * {@code MARIADB}); a user in the variables wins over one in the URL's query, and with neither
 * the server's default logins are tried one after the other. Immutable.
 */
record ServerSettings(ServerAddress address, List<Credentials> logins) {
    ServerSettings {
        logins = List.copyOf(logins);
    }

    static ServerSettings fromEnvironment(ServerDialect dialect, Function<String, String> environment) {
        String prefix = variablePrefix(dialect.kind());
        String urlVariable = prefix + "URL";
        String url = nonBlank(environment.apply(urlVariable)).orElse(dialect.defaultUrl());
        ServerAddress address = ServerAddress.parse(dialect.kind(), url, urlVariable, dialect.defaultPort());
        Optional<String> user = nonBlank(environment.apply(prefix + "USER"));
        Optional<String> password = Optional.ofNullable(environment.apply(prefix + "PASSWORD"));
        if (user.isPresent()) {
            return new ServerSettings(address, List.of(new Credentials(user.get(), password.orElse(""))));
        }
        if (address.credentials().isPresent()) {
            Credentials inUrl = address.credentials().get();
            return new ServerSettings(
                    address, List.of(new Credentials(inUrl.user(), password.orElse(inUrl.password()))));
        }
        return new ServerSettings(address, dialect.defaultLogins());
    }

    /** {@code RETORT_TEST_POSTGRES_} or {@code RETORT_TEST_MARIADB_}. */
    static String variablePrefix(DatabaseKind kind) {
        return "RETORT_TEST_" + kind.name() + "_";
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }
}
