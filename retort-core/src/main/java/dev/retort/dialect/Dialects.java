package dev.retort.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The dialects on the class path, found with {@link ServiceLoader}, looked up by name or by the
 * scheme of a database URL. Immutable once loaded; thread-safe.
 */
public final class Dialects {
    private final List<Dialect> dialects;

    private Dialects(List<Dialect> dialects) {
        this.dialects = List.copyOf(dialects);
    }

    /** The dialects visible to this class's class loader. */
    public static Dialects installed() {
        List<Dialect> found = new ArrayList<>();
        ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).forEach(found::add);
        return new Dialects(found);
    }

    /** Every dialect, in service-file order. */
    public List<Dialect> all() {
        return dialects;
    }

    /** The dialect answering to {@code name} (canonical name or alias), ignoring case. */
    public Optional<Dialect> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Dialect dialect : dialects) {
            if (dialect.names().contains(wanted)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }

    /**
     * The dialect for a database URL, judged by its scheme: {@code postgresql://...},
     * {@code postgresql+psycopg2://...} (a driver suffix is ignored), {@code jdbc:mariadb:...}.
     */
    public Optional<Dialect> forUrl(String url) {
        return scheme(url).flatMap(this::named);
    }

    /** The scheme of a URL, without a {@code jdbc:} prefix or a {@code +driver} suffix. */
    public static Optional<String> scheme(String url) {
        String rest = url.strip();
        if (rest.regionMatches(true, 0, "jdbc:", 0, 5)) {
            rest = rest.substring(5);
        }
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String scheme = rest.substring(0, colon);
        int plus = scheme.indexOf('+');
        if (plus > 0) {
            scheme = scheme.substring(0, plus);
        }
        return Optional.of(scheme.toLowerCase(Locale.ROOT));
    }
}
