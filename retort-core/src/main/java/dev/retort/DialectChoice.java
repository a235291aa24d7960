package dev.retort;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import java.util.List;

/** Picks the dialect: the one named in the configuration, else the one the URL's scheme names. */
final class DialectChoice {
    private DialectChoice() {}

    static Dialect of(RetortConfig config) {
        Dialects dialects = Dialects.installed();
        if (config.dialect().isPresent()) {
            String name = config.dialect().get();
            return dialects.named(name)
                    .orElseThrow(() -> new ConfigException(
                            "unknown dialect '" + name + "'", "choose one of: " + String.join(", ", names(dialects))));
        }
        if (config.url().isPresent()) {
            String url = config.url().get();
            String hint = "write the URL like "
                    + String.join(
                            ", ",
                            dialects.all().stream().map(Dialect::exampleUrl).toList())
                    + " (or as a jdbc: URL)";
            String scheme = Dialects.scheme(url).orElse("");
            if (scheme.isEmpty()) {
                throw new ConfigException("the database URL '" + withoutUserInfo(url) + "' has no scheme", hint);
            }
            return dialects.forUrl(url)
                    .orElseThrow(() -> new ConfigException("unknown database URL scheme '" + scheme + "'", hint));
        }
        throw new UsageException(
                "no database is configured, so the SQL dialect is unknown",
                "pass --dialect " + String.join("|", names(dialects)) + ", or set url in retort.toml");
    }

    /** A URL without a scheme, shown without what may be {@code user:password@}: no pattern finds it there. */
    private static String withoutUserInfo(String url) {
        int at = url.lastIndexOf('@');
        return DatabaseUrl.redact(at < 0 ? url : "***" + url.substring(at));
    }

    private static List<String> names(Dialects dialects) {
        return dialects.all().stream().map(Dialect::name).toList();
    }
}
